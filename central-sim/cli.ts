// Command line for the central simulator (`npm run central`): parses flags, starts the server, prints
// one line with the URL and accounts, exits 2 on a bad seed CSV, and closes on SIGINT/SIGTERM.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SeedCsvError } from './csv';
import { startCentralSim } from './server';
import type { Faults } from './types';

const USAGE = `Usage: tsx central-sim/cli.ts [options]
  --port N            port (default $CENTRAL_PORT or 8787; 0 = random)
  --host H            host (default 127.0.0.1)
  --data FILE         seed CSV (default $KHET_SEED_CSV or central-sim/seed/traffy-sample.csv, a copy of the real open-data sample)
  --state FILE        state file (default .central-state/sim-state.json)
  --no-state          keep the state in memory only
  --fresh             ignore the saved state and reseed
  --keep-dates        do not shift the seed's dates to "now"
  --quota N           credits per account per month (default 1000; -1 = unlimited)
  --token-ttl S       token lifetime in seconds (default 3600)
  --latency MS        added latency per request
  --fail-rate R       share of requests answered 502 (0..1)
  --drop-rate R       share of requests whose socket is destroyed after applying
  --timeout-rate R    share of requests held 65 s after applying
  --malformed-rate R  share of JSON replies truncated
  --stale             serve get-issue(s) from a snapshot up to 600 s old
  --expire-tokens N   tokens stop working after N uses
  --duplicate-new     new-issue answers "Duplicate of post #…" near an existing ticket
  --seed N            PRNG seed for the fault rates (default 1)`;

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`--${name} expects a number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      state: { type: 'string' },
      'no-state': { type: 'boolean' },
      fresh: { type: 'boolean' },
      'keep-dates': { type: 'boolean' },
      quota: { type: 'string' },
      'token-ttl': { type: 'string' },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      'timeout-rate': { type: 'string' },
      'malformed-rate': { type: 'string' },
      stale: { type: 'boolean' },
      'expire-tokens': { type: 'string' },
      'duplicate-new': { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const cwd = process.cwd();
  const dataFile = resolve(cwd, values.data ?? process.env.KHET_SEED_CSV ?? 'central-sim/seed/traffy-sample.csv');
  const statePath = values['no-state'] ? null : resolve(cwd, values.state ?? '.central-state/sim-state.json');
  const faults: Partial<Faults> = {};
  const set = <K extends keyof Faults>(key: K, value: Faults[K] | undefined): void => {
    if (value !== undefined) faults[key] = value;
  };
  set('latencyMs', numberFlag(values.latency, 'latency'));
  set('errorRate5xx', numberFlag(values['fail-rate'], 'fail-rate'));
  set('dropRate', numberFlag(values['drop-rate'], 'drop-rate'));
  set('timeoutRate', numberFlag(values['timeout-rate'], 'timeout-rate'));
  set('malformedRate', numberFlag(values['malformed-rate'], 'malformed-rate'));
  set('expireTokens', numberFlag(values['expire-tokens'], 'expire-tokens'));
  set('seed', numberFlag(values.seed, 'seed'));
  if (values.stale) faults.staleReads = true;
  if (values['duplicate-new']) faults.duplicateNewIssue = true;

  if (values.fresh && statePath) rmSync(statePath, { force: true });
  const quota = numberFlag(values.quota, 'quota');
  const handle = await startCentralSim({
    port: numberFlag(values.port, 'port') ?? numberFlag(process.env.CENTRAL_PORT, 'CENTRAL_PORT') ?? 8787,
    host: values.host ?? '127.0.0.1',
    dataFile,
    statePath,
    keepDates: values['keep-dates'] ?? false,
    quotaPerMonth: quota === undefined ? 1000 : quota < 0 ? null : quota,
    tokenTtlSeconds: numberFlag(values['token-ttl'], 'token-ttl') ?? 3600,
    faults,
  });
  const count = handle.sim.tickets().length;
  console.log(`Central simulator: ${handle.url} (seed: ${dataFile}, ${count} tickets, accounts khet1001..khet1050 / demo)`);

  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    handle.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof SeedCsvError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
