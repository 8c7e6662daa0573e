import { describe, expect, it } from 'vitest';
import { envelopeError, parseEnvelope } from './envelope';

describe('parseEnvelope', () => {
  it('reads JSON after a PHP warning', () => {
    const body = '<br />\n<b>Warning</b>: Undefined array key "org_id" in <b>x.php</b><br />\n{"status":"success","message":"ok","credit_balance":12,"results":[]}';
    const r = parseEnvelope(200, body);
    expect(r.ok && r.value).toMatchObject({ status: 'success', credits: 12 });
  });

  it.each([
    [200, 'success'],
    ['OK', 'success'],
    ['warning', 'warning'],
    ['fail', 'fail'],
  ])('maps status %j to %s', (raw, expected) => {
    const r = parseEnvelope(200, JSON.stringify({ status: raw }));
    expect(r.ok && r.value.status).toBe(expected);
  });

  it('treats null and -1 credits as unlimited and a missing balance as unknown', () => {
    expect(parseEnvelope(200, '{"status":"success","credit_balance":null}')).toMatchObject({ ok: true, value: { credits: Infinity } });
    expect(parseEnvelope(200, '{"status":"success","credit_balance":-1}')).toMatchObject({ ok: true, value: { credits: Infinity } });
    expect(parseEnvelope(200, '{"status":"success"}')).toMatchObject({ ok: true, value: { credits: null } });
  });

  it('rejects truncated or non-JSON bodies as bad-response', () => {
    expect(parseEnvelope(200, '{"status":"succ')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    expect(parseEnvelope(502, '<html>502 Bad Gateway</html>')).toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('tells an exhausted quota from an almost-exhausted one', () => {
    const out = parseEnvelope(200, '{"status":"fail","message":"Running out of API usage quota | โควต้าหมด"}');
    expect(out.ok && envelopeError(out.value)).toMatchObject({ ok: false, error: { code: 'quota-exhausted' } });
    const other = parseEnvelope(200, '{"status":"fail","message":"Ticket not found | ไม่พบเรื่อง"}');
    expect(other.ok && envelopeError(other.value)).toMatchObject({ ok: false, error: { code: 'central-error' } });
  });
});
