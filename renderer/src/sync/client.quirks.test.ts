// The client's defences against the real service's quirks (DOMAIN.md §4), with a fake transport that
// replays canned replies and records what was sent. The simulator round trip is in client.test.ts.
import { describe, expect, it } from 'vitest';
import type { CentralRequest } from '#contract/ipc-contract';
import { ok } from '#contract/result';
import { createCentralClient, type Transport } from './client';
import type { Envelope } from './envelope';

type Canned = { httpStatus?: number; body: string } | ((req: CentralRequest) => { httpStatus?: number; body: string });

function fake(...replies: Canned[]) {
  const sent: CentralRequest[] = [];
  const envelopes: Envelope[] = [];
  const transport: Transport = (req) => {
    sent.push(req);
    const next = replies.shift();
    if (!next) throw new Error(`unexpected call to ${req.endpoint}`);
    const reply = typeof next === 'function' ? next(req) : next;
    return Promise.resolve(ok({ httpStatus: reply.httpStatus ?? 200, body: reply.body }));
  };
  return { client: createCentralClient(transport, (e) => envelopes.push(e)), sent, envelopes };
}

const json = (o: Record<string, unknown>, httpStatus = 200) => ({ httpStatus, body: JSON.stringify(o) });
const detail = (orgs: unknown[], timeline: unknown[] = [], extra: Record<string, unknown> = {}) =>
  json({ status: 'success', credit_balance: 10, source: 'db', results: { ticket_id: '2023-AAAAAA', orgs, timeline, ...extra } });
const PHP = '<br />\n<b>Warning</b>:  Undefined array key "org_id" in <b>/var/www/html/api/get-org-list.php</b> on line <b>12</b><br />\n';

describe('envelope quirks', () => {
  it('reads a reply after a PHP warning and records its credits', async () => {
    const { client, envelopes } = fake({
      body: `${PHP}${JSON.stringify({ status: 'success', credit_balance: '42', results: [{ org_id: 103000, name: 'สำนักงานเขตจตุจักร' }] })}`,
    });
    expect(await client.getOrgList()).toEqual({ ok: true, value: [{ org_id: '103000', name: 'สำนักงานเขตจตุจักร', name_en: '' }] });
    expect(envelopes.map((e) => e.credits)).toEqual([42]);
  });

  it.each([200, 'OK', '200'])('accepts status %j as success', async (status) => {
    const { client } = fake(json({ status, results: [{ issue_category_id: '3', type: 'ถนน' }] }));
    expect(await client.getTypeList()).toEqual({ ok: true, value: [{ id: 3, name: 'ถนน', nameEn: '', orgCategoryId: null }] });
  });

  it('treats a fail inside HTTP 200 as an error, and "Running out of API usage quota" as quota-exhausted', async () => {
    const { client, envelopes } = fake(
      json({ status: 'fail', message: 'Permission denied | ไม่มีสิทธิ์', credit_balance: 5 }),
      json({ status: 'fail', message: 'Running out of API usage quota | โควต้าหมด', credit_balance: 0 }),
    );
    expect(await client.comment({ ticketId: '2023-AAAAAA', text: 'x', type: 'chat', notifyReporter: false })).toEqual({
      ok: false,
      error: { code: 'central-error', message: 'Permission denied | ไม่มีสิทธิ์' },
    });
    expect(await client.star('2023-AAAAAA', 3)).toMatchObject({ ok: false, error: { code: 'quota-exhausted' } });
    expect(envelopes.map((e) => e.credits)).toEqual([5, 0]);
  });

  it('a warning ("Almost running out") still succeeds', async () => {
    const { client, envelopes } = fake(
      json({ status: 'warning', message: 'Almost running out of API usage quota', credit_balance: 2, results: [] }),
    );
    expect(await client.searchOrg('เขตจตุจักร')).toEqual({ ok: true, value: [] });
    expect(envelopes[0]?.status).toBe('warning');
  });

  it.each([[-1], [null], ['-1']])('credit_balance %j is unlimited', async (credit_balance) => {
    const { client, envelopes } = fake(json({ status: 'success', credit_balance, results: [] }));
    await client.getOrgList();
    expect(envelopes[0]?.credits).toBe(Infinity);
  });

  it('a truncated reply is bad-response, naming the endpoint', async () => {
    const { client } = fake({ body: '{"status":"success","results":[{"org_id":' });
    expect(await client.getStatusList()).toMatchObject({
      ok: false,
      error: { code: 'bad-response', message: expect.stringContaining('get-status-list/v2') },
    });
  });
});

describe('get-issue', () => {
  it('falls back to v1 on HTTP 404 (HTML) and maps v1 `org` to `name`', async () => {
    const { client, sent } = fake(
      { httpStatus: 404, body: '<html>404 Not Found</html>' },
      detail([{ org_id: '103006', org: 'ฝ่ายโยธา', status: 'รับเรื่อง', status_type: 'inprogress', org_statuses_id: '101' }]),
    );
    const r = await client.getIssue('2023-AAAAAA');
    expect(r.ok && r.value.orgs[0]).toMatchObject({ org_id: 103006, name: 'ฝ่ายโยธา', org_status_id: 101 });
    expect(sent.map((s) => s.endpoint)).toEqual(['get-issue/v2', 'get-issue/v1']);
  });

  it('falls back on a "no such endpoint" fail inside HTTP 200, but not on "Ticket not found"', async () => {
    const a = fake(json({ status: 'fail', message: 'No such endpoint' }), detail([]));
    expect((await a.client.getIssue('2023-AAAAAA')).ok).toBe(true);
    expect(a.sent.map((s) => s.endpoint)).toEqual(['get-issue/v2', 'get-issue/v1']);
    const b = fake(json({ status: 'fail', message: 'Ticket not found | ไม่พบเรื่อง' }, 404));
    expect(await b.client.getIssue('2023-AAAAAA')).toMatchObject({ ok: false, error: { code: 'central-error' } });
    expect(b.sent).toHaveLength(1);
  });

  it('takes photo as a string or an array, drops empty-bucket URLs, reads numbers sent as strings', async () => {
    const bucket = 'https://storage.googleapis.com/traffy_public_bucket/';
    const { client } = fake(
      detail(
        [{ org_id: '103000', name: 'สำนักงานเขต', status: 'รอรับเรื่อง', status_type: 'waiting', issue_status_id: '1', org_status_id: 'null' }],
        [
          { timestamp: '2023-05-11 04:00:00+00', status: 'a', note: 'n1', photo: 'https://x/1.jpg' },
          { timestamp: '2023-05-11 05:00:00+00', status: 'b', note: 'n2', photo: [bucket, 'https://x/2.jpg'] },
          { timestamp: '2023-05-11 06:00:00+00', status: 'c', note: 'n3', photo: null, org: null },
        ],
        { photo: 'https://x/before.jpg', photo_after: [bucket, 'https://x/after.jpg'], star: '4' },
      ),
    );
    const r = await client.getIssue('2023-AAAAAA');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.timeline.map((t) => t.photo)).toEqual(['https://x/1.jpg', 'https://x/2.jpg', null]);
    expect(r.value).toMatchObject({ photo: ['https://x/before.jpg'], photo_after: ['https://x/after.jpg'], star: 4 });
    expect(r.value.orgs[0]).toMatchObject({ org_id: 103000, issue_status_id: 1, org_status_id: null });
  });

  it('refuses a detail for another ticket, or a non-numeric org id', async () => {
    const { client } = fake(detail([]), detail([{ org_id: 'abc', status: '', status_type: '' }]));
    expect(await client.getIssue('2023-BBBBBB')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    expect(await client.getIssue('2023-AAAAAA')).toMatchObject({
      ok: false,
      error: { code: 'bad-response', message: expect.stringContaining('org_id') },
    });
  });
});

describe('download-issues', () => {
  it('strips the BOM; a JSON quota envelope is quota-exhausted with its credits reported', async () => {
    const { client, envelopes } = fake(
      { body: '\ufeffticket_id,type\r\n2023-AAAAAA,ถนน\r\n' },
      json({ status: 'fail', message: 'Running out of API usage quota | โควต้าหมด', credit_balance: 0, results: [] }),
      { httpStatus: 502, body: '<html>Bad Gateway</html>' },
    );
    expect(await client.downloadIssues(['103000'], 'all')).toEqual({ ok: true, value: 'ticket_id,type\r\n2023-AAAAAA,ถนน\r\n' });
    expect(await client.downloadIssues(['103000'], 'all')).toMatchObject({ ok: false, error: { code: 'quota-exhausted' } });
    expect(envelopes.map((e) => e.credits)).toEqual([0]);
    expect(await client.downloadIssues([], 'today')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});

describe('writes', () => {
  it('always sends noti_reporter explicitly and noti_staff true; destination ids as integers', async () => {
    const okReply = json({ status: 'success', results: [] });
    const { client, sent } = fake(okReply, okReply, okReply, okReply);
    await client.updateIssue({ ticketId: 'T-1', issueStatusId: 2, note: 'n', notifyReporter: false });
    await client.comment({ ticketId: 'T-1', text: 'c', type: 'comment', notifyReporter: true });
    await client.joinForward({ ticketId: 'T-1', scenario: 2, destinationOrgIds: ['103006', ' 103007'], note: 'f', notifyReporter: false });
    await client.star('T-1', 5);
    expect(sent.map((s) => [s.method, s.endpoint])).toEqual([
      ['PATCH', 'update-issue/v1'],
      ['POST', 'comment/v1'],
      ['POST', 'join-forward/v1'],
      ['POST', 'star/v1'],
    ]);
    expect(sent[0]?.body).toEqual({ ticket_id: 'T-1', issue_status_id: 2, note: 'n', noti_reporter: false, noti_staff: true });
    expect(sent[1]?.body).toMatchObject({ comment: 'c', comment_type: 'comment', noti_reporter: true, noti_staff: true });
    expect(sent[2]?.body).toMatchObject({ scenario: 2, destination_group: [103006, 103007], noti_reporter: false, noti_staff: true });
    expect(sent[3]?.body).toMatchObject({ star: 5, noti_reporter: false, noti_staff: true });
  });

  it('checks input before spending a credit', async () => {
    const { client, sent } = fake();
    const photo = 'AAAA';
    expect(
      await client.updateIssue({
        ticketId: 'T-1',
        issueStatusId: 2,
        note: 'n',
        notifyReporter: false,
        photosBase64: [photo, photo, photo, photo],
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await client.updateIssue({ ticketId: 'T-1', issueStatusId: 2, note: '  ', notifyReporter: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await client.updateIssue({ ticketId: 'T-1', issueStatusId: 2, note: 'n', notifyReporter: false, photosBase64: ['not base64!'] }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(
      await client.joinForward({ ticketId: 'T-1', scenario: 1, destinationOrgIds: [], note: '', notifyReporter: false }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await client.getTypeList('12a')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await client.searchOrg(' ab ')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(sent).toEqual([]);
  });

  it('strips a data: prefix from photos and sends them as photo_base64', async () => {
    const { client, sent } = fake(json({ status: 'success', results: {} }));
    await client.updateIssue({
      ticketId: 'T-1',
      issueStatusId: 4,
      note: 'done',
      notifyReporter: true,
      photosBase64: ['data:image/jpeg;base64,/9j/AA=='],
    });
    expect(sent[0]?.body).toMatchObject({ photo_base64: ['/9j/AA=='], noti_reporter: true });
  });
});

describe('new-issue', () => {
  const input = { clientTicketId: 'KHET-1', lat: 13.8, lon: 100.5, description: 'd', address: 'a', photosBase64: [] };

  it('maps the request fields and reads the new ticket id', async () => {
    const { client, sent } = fake(
      json({
        status: 'success',
        api_log_session: 'x',
        results: { ticket_id: '2024-NEW001', client_ticket_id: 'KHET-1', password: '123456' },
      }),
    );
    expect(await client.newIssue({ ...input, categoryName: 'ถนน', orgId: '103006', reporterPhone: '0812345678' })).toEqual({
      ok: true,
      value: { ticketId: '2024-NEW001', duplicate: false },
    });
    expect(sent[0]?.body).toEqual({
      latitude: 13.8,
      longitude: 100.5,
      description: 'd',
      address: 'a',
      client_ticket_id: 'KHET-1',
      category_name_th: 'ถนน',
      org_id: '103006',
      reporter_phone: '0812345678',
    });
  });

  it('"Duplicate of post #<id>" is an answer, whether status success or fail', async () => {
    const { client } = fake(
      json({ status: 'success', message: 'Duplicate of post #2023-OLD001', results: {} }),
      json({ status: 'fail', message: 'Duplicate of post #2023-OLD002' }),
    );
    expect(await client.newIssue(input)).toEqual({ ok: true, value: { ticketId: '2023-OLD001', duplicate: true } });
    expect(await client.newIssue(input)).toEqual({ ok: true, value: { ticketId: '2023-OLD002', duplicate: true } });
  });

  it('refuses a reply without a usable ticket id or echoing another client ticket id', async () => {
    const { client } = fake(
      json({ status: 'success', results: { ticket_id: '' } }),
      json({ status: 'success', results: { ticket_id: '2024-NEW002', client_ticket_id: 'OTHER' } }),
    );
    expect(await client.newIssue(input)).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    expect(await client.newIssue(input)).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });
});
