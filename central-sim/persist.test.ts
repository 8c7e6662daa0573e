// State persistence: a restart with the same state path keeps pushes, credits and the date shift;
// another seed CSV or a corrupt state file means a fresh seed.
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCentralSim } from './server';
import { call, fakeClock, login, row, tempDir, writeCsv } from './test-support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('state persistence', () => {
  it('a restart keeps what was pushed', async () => {
    const clock = fakeClock();
    const dataFile = writeCsv(tmp.dir, [row({ ticket_id: '2023-PER001' })]);
    const statePath = join(tmp.dir, 'state', 'sim-state.json');
    const first = await startCentralSim({ port: 0, dataFile, statePath, now: clock.now });
    expect(first.origin).toBe('seeded');
    const token = await login(first.url);
    await call(first.url, token, 'update-issue/v1', {
      method: 'PATCH',
      body: { ticket_id: '2023-PER001', note: 'คงอยู่', issue_status_id: 4 },
    });
    const created = await call(first.url, token, 'new-issue/v1', {
      method: 'POST',
      body: { latitude: 13.8, longitude: 100.5, description: 'ใหม่' },
    });
    const newId = String((created.json.results as Record<string, unknown>).ticket_id);
    await call(first.url, token, 'get-issues/v2'); // credit-only change: written lazily, flushed on close
    const shift = first.sim.state.shiftMs;
    await first.close();
    expect(existsSync(statePath)).toBe(true);
    expect(readdirSync(join(tmp.dir, 'state')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    clock.advance(7 * 24 * 3600_000); // a week later: no reseed, no new shift
    const second = await startCentralSim({ port: 0, dataFile, statePath, now: clock.now });
    try {
      expect(second.origin).toBe('loaded');
      expect(second.sim.state.shiftMs).toBe(shift);
      expect(second.sim.getIssue('2023-PER001')?.status_id).toBe(4);
      expect(second.sim.timeline('2023-PER001').at(-1)?.note).toBe('คงอยู่');
      expect(second.sim.getIssue(newId)).toBeDefined();
      expect(second.sim.created).toEqual([newId]);
      expect(second.sim.creditBalance('khet1030')).toBe(997);
      // Old tokens die with the process (per-process secret).
      expect((await call(second.url, token, 'get-issues/v2')).status).toBe(401);
    } finally {
      await second.close();
    }
  });

  it('keeps the state when the same CSV moved (an app update) or is gone', async () => {
    const a = writeCsv(tmp.dir, [row({ ticket_id: '2023-MOV001' })], 'a.csv');
    const statePath = join(tmp.dir, 'sim-state.json');
    const first = await startCentralSim({ port: 0, dataFile: a, statePath });
    await call(first.url, await login(first.url), 'star/v1', { method: 'POST', body: { ticket_id: '2023-MOV001', star: 5 } });
    await first.close();
    const moved = join(tmp.dir, 'moved.csv');
    copyFileSync(a, moved);
    rmSync(a);
    for (const dataFile of [moved, a]) {
      const again = await startCentralSim({ port: 0, dataFile, statePath });
      expect(again.origin).toBe('loaded');
      expect(again.sim.getIssue('2023-MOV001')?.star).toBe(5);
      await again.close();
    }
  });

  it('reseeds when the state came from another CSV or is corrupt', async () => {
    const a = writeCsv(tmp.dir, [row({ ticket_id: '2023-AAA001' })], 'a.csv');
    const b = writeCsv(tmp.dir, [row({ ticket_id: '2023-BBB001' })], 'b.csv');
    const statePath = join(tmp.dir, 'sim-state.json');
    await (await startCentralSim({ port: 0, dataFile: a, statePath })).close();
    const other = await startCentralSim({ port: 0, dataFile: b, statePath });
    expect(other.origin).toBe('seeded');
    expect(other.sim.getIssue('2023-BBB001')).toBeDefined();
    await other.close();
    writeFileSync(statePath, '{"version":1,"tick');
    const afterCorrupt = await startCentralSim({ port: 0, dataFile: b, statePath });
    expect(afterCorrupt.origin).toBe('seeded');
    expect(readdirSync(tmp.dir).some((f) => f.startsWith('sim-state.json.corrupt-'))).toBe(true);
    await afterCorrupt.close();
  });
});
