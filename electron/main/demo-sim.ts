// The embedded central simulator behind "use demo data": a real HTTP server on 127.0.0.1, in-process.
// Owns: starting it once (single flight), its URL, stopping it. Must never: listen on anything but loopback,
// or start twice.
import { fail, ok, type Result } from '#contract/result';

export interface RunningSim {
  url: string;
  port: number;
  close(): Promise<void>;
}
export type StartSim = (options: {
  port?: number;
  host?: string;
  dataFile: string;
  statePath?: string | null;
  keepDates?: boolean;
}) => Promise<RunningSim>;

export interface DemoSim {
  /** Starts the simulator if needed and gives its base URL (…/exchange-api). */
  ensure(): Promise<Result<string>>;
  stop(): Promise<void>;
}

export interface DemoSimDeps {
  start: StartSim;
  dataFile: string;
  statePath: string;
  fileExists: (file: string) => Promise<boolean>;
}

export function createDemoSim(deps: DemoSimDeps): DemoSim {
  let running: Promise<Result<RunningSim>> | null = null;

  async function boot(): Promise<Result<RunningSim>> {
    if (!(await deps.fileExists(deps.dataFile))) return fail('internal', `demo: seed data not found at ${deps.dataFile}`);
    try {
      const sim = await deps.start({ host: '127.0.0.1', port: 0, dataFile: deps.dataFile, statePath: deps.statePath });
      return ok(sim);
    } catch (error) {
      return fail('internal', `demo: the simulator did not start (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  return {
    async ensure() {
      if (!running) running = boot();
      const result = await running;
      if (!result.ok) running = null; // let a later attempt try again
      return result.ok ? ok(result.value.url) : result;
    },
    async stop() {
      const current = running;
      running = null;
      if (!current) return;
      const result = await current;
      if (result.ok) await result.value.close().catch(() => undefined);
    },
  };
}
