import { describe, expect, it } from 'vitest';
import { detectColumns, normalizeHeader, uniqueHeaders } from './columns';

const h = (line: string) => line.split(',');

describe('detectColumns', () => {
  it('recognises the open-dataset form in any column order, BOM included', () => {
    const r = detectColumns(h('\uFEFFticket_id,type,organization,comment,coords,photo,photo_after,address,subdistrict,district,province,timestamp,state,star,count_reopen,last_activity'));
    expect(r).toMatchObject({ ok: true, format: 'open-dataset', ignored: [] });
    if (r.ok) expect(r.columns).toMatchObject({ ticketId: 'ticket_id', description: 'comment', coords: 'coords', lastActivity: 'last_activity' });
    const shuffled = detectColumns(h('state,last_activity,coords,comment,ticket_id,timestamp,type'));
    expect(shuffled).toMatchObject({ ok: true, format: 'open-dataset' });
  });

  it('recognises the download-issues form (separate lat/lon, status instead of state)', () => {
    const r = detectColumns(h('ticket_id,type,organization,description,latitude,longitude,timestamp,timestamp_inprogress,timestamp_finished,org_finished,confirmed,status'));
    expect(r).toMatchObject({ ok: true, format: 'download-issues' });
    if (r.ok) expect(r.columns).toMatchObject({ description: 'description', latitude: 'latitude', longitude: 'longitude', state: 'status', inprogressAt: 'timestamp_inprogress' });
  });

  it('recognises CityData officer-web and analysis exports, ignoring extra columns', () => {
    expect(detectColumns(h('ticket_id,type,organization,comment,org_response,hashtag,coords,timestamp,state'))).toMatchObject({ ok: true, format: 'citydata' });
    const a = detectColumns(h('ticket_id,type,organization,comment,coords,timestamp,state,last_activity,duration_minutes_inprogress,duration_minutes_total,view_count'));
    expect(a).toMatchObject({ ok: true, format: 'analysis-export', ignored: ['duration_minutes_inprogress', 'duration_minutes_total', 'view_count'] });
  });

  it('refuses headers that are not a Traffy export and says what is missing', () => {
    const r = detectColumns(h('name,phone,amount'));
    expect(r).toEqual({ ok: false, error: { code: 'not-traffy', missing: ['state', 'createdAt', 'ticketId', 'description'], headers: ['name', 'phone', 'amount'] } });
    expect(detectColumns(h('ticket_id,comment,timestamp'))).toMatchObject({ ok: false, error: { missing: ['state'] } });
  });

  it('normalises and de-duplicates header names', () => {
    expect(normalizeHeader(' Ticket ID ')).toBe('ticket_id');
    expect(uniqueHeaders(['a', 'a', ' ', 'b'])).toEqual(['a', 'a_2', 'column_3', 'b']);
  });
});
