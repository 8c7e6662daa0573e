import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ok } from '#contract/result';
import { APP_PAGE, fakeIpcMain, memoryLog } from '../test/fakes';
import { handle, isTrustedSender, noPayload } from './handle';

const schema = z.object({ name: z.string().min(1), password: z.string().max(5) });

function setup() {
  const ipc = fakeIpcMain();
  const log = memoryLog();
  const fn = vi.fn((input: z.output<typeof schema>) => Promise.resolve(ok(`hello ${input.name}`)));
  handle(ipc, 'test:greet', schema, fn, log);
  return { ipc, log, fn };
}

describe('handle()', () => {
  it('runs the function for the app page and returns its Result', async () => {
    const { ipc, fn } = setup();
    expect(await ipc.invoke('test:greet', APP_PAGE, { name: 'Somchai', password: 'x' })).toEqual({ ok: true, value: 'hello Somchai' });
    expect(fn).toHaveBeenCalledOnce();
  });

  it('refuses a foreign or destroyed sender frame without running the function', async () => {
    const { ipc, fn, log } = setup();
    for (const url of ['https://evil.example/', 'app://khet-desk.evil.example/x', 'file:///C:/x.html', 'app://other/', '', null]) {
      expect(await ipc.invoke('test:greet', url, { name: 'a', password: 'b' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fn).not.toHaveBeenCalled();
    expect(log.lines.some((l) => l.includes('evil.example'))).toBe(true);
  });

  it('refuses a payload that does not parse, without echoing its values', async () => {
    const { ipc, fn } = setup();
    const result = await ipc.invoke('test:greet', APP_PAGE, { name: '', password: 'TOO-LONG-SECRET' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.stringify(result)).not.toContain('TOO-LONG-SECRET');
    expect(await ipc.invoke('test:greet', APP_PAGE, 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await ipc.invoke('test:greet', APP_PAGE, { name: 'a', password: 'b' }, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('turns a thrown error into an internal Result and logs it', async () => {
    const ipc = fakeIpcMain();
    const log = memoryLog();
    handle(ipc, 'test:boom', noPayload, () => Promise.reject(new Error('disk on fire')), log);
    const result = await ipc.invoke('test:boom', APP_PAGE);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'test:boom: unexpected error' } });
    expect(log.lines.join('\n')).toContain('disk on fire');
    expect(await ipc.invoke('test:boom', APP_PAGE, { unexpected: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('trusts only app://khet-desk/ pages', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://khet-desk/index.html#/queue' } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://khet-desk' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
