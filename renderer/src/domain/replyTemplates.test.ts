import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, fillTemplate, templatesFor } from './replyTemplates';

describe('reply templates', () => {
  it('offers templates of the status and channel, channel-specific ones only for that channel', () => {
    expect(templatesFor(DEFAULT_TEMPLATES, 'inprogress', undefined, 'th').map((t) => t.id)).toEqual(['received', 'site']);
    expect(templatesFor(DEFAULT_TEMPLATES, 'inprogress', 'letter', 'th').map((t) => t.id)).toEqual(['received', 'site', 'letter-reply']);
  });
  it('fills every placeholder, with a generic unit when none is routed', () => {
    expect(
      fillTemplate('{units}ซ่อม {ticket} เมื่อ {date}', { ticket: '2026-ABC', units: ['ฝ่ายโยธา'], date: '4 ธันวาคม 2569', status: '' }),
    ).toBe('ฝ่ายโยธาซ่อม 2026-ABC เมื่อ 4 ธันวาคม 2569');
    expect(fillTemplate('{units}', { ticket: '', units: [], date: '', status: '' })).toBe('ฝ่ายที่เกี่ยวข้อง');
  });
});
