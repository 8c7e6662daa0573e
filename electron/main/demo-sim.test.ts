import { describe, expect, it, vi } from 'vitest';
import { createDemoSim, type StartSim } from './demo-sim';

const running = (close = vi.fn(() => Promise.resolve(undefined))) => ({ url: 'http://127.0.0.1:5555/exchange-api', port: 5555, close });

describe('demo simulator', () => {
  it('starts once on loopback, even when asked twice at the same time', async () => {
    const start = vi.fn<StartSim>(() => Promise.resolve(running()));
    const demo = createDemoSim({
      start,
      dataFile: '/seed.csv',
      statePath: '/ud/central-sim-state.json',
      fileExists: () => Promise.resolve(true),
    });
    const [a, b] = await Promise.all([demo.ensure(), demo.ensure()]);
    expect(a).toEqual({ ok: true, value: 'http://127.0.0.1:5555/exchange-api' });
    expect(b).toEqual(a);
    expect(start).toHaveBeenCalledOnce();
    expect(start).toHaveBeenCalledWith({ host: '127.0.0.1', port: 0, dataFile: '/seed.csv', statePath: '/ud/central-sim-state.json' });
  });

  it('reports a missing seed file and a failed start, and can try again', async () => {
    const missing = createDemoSim({
      start: vi.fn<StartSim>(),
      dataFile: '/nope.csv',
      statePath: '/s',
      fileExists: () => Promise.resolve(false),
    });
    expect(await missing.ensure()).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('/nope.csv') } });

    const start = vi.fn<StartSim>().mockRejectedValueOnce(new Error('EADDRINUSE')).mockResolvedValueOnce(running());
    const flaky = createDemoSim({ start, dataFile: '/seed.csv', statePath: '/s', fileExists: () => Promise.resolve(true) });
    expect(await flaky.ensure()).toMatchObject({ ok: false, error: { message: expect.stringContaining('EADDRINUSE') } });
    expect((await flaky.ensure()).ok).toBe(true);
  });

  it('stops the server, and starts a fresh one afterwards', async () => {
    const close = vi.fn(() => Promise.resolve(undefined));
    const start = vi.fn<StartSim>(() => Promise.resolve(running(close)));
    const demo = createDemoSim({ start, dataFile: '/seed.csv', statePath: '/s', fileExists: () => Promise.resolve(true) });
    await demo.stop();
    await demo.ensure();
    await demo.stop();
    expect(close).toHaveBeenCalledOnce();
    await demo.ensure();
    expect(start).toHaveBeenCalledTimes(2);
  });
});
