// The HTTP face of the central simulator: startCentralSim() seeds or loads the state, serves the
// Exchange API under /exchange-api with CORS, and applies the injected faults (latency, 5xx, dropped
// sockets, held requests, truncated JSON). Uses node:http only, so it bundles into Electron main.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { failReply, MSG } from './envelope';
import type { Reply } from './envelope';
import { loadState, StateWriter } from './persist';
import { dispatch } from './router';
import { seedState } from './seed';
import { Simulator } from './state';
import type { Faults, SimState } from './types';

export type { Faults } from './types';
export type { Simulator } from './state';

export const BASE_PATH = '/exchange-api';
const MAX_BODY_BYTES = 40 * 1024 * 1024;
const TIMEOUT_HOLD_MS = 65_000;

export interface CentralSimOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  dataFile: string;
  /** Where to keep the state between runs; null/absent = in memory only. */
  statePath?: string | null;
  keepDates?: boolean;
  now?: () => number;
  /** Credits per account per Bangkok calendar month; null or -1 = unlimited. Default 1000. */
  quotaPerMonth?: number | null;
  tokenTtlSeconds?: number;
  faults?: Partial<Faults>;
}

export interface CentralSimHandle {
  /** e.g. http://127.0.0.1:8787/exchange-api */
  url: string;
  port: number;
  close(): Promise<void>;
  sim: Simulator;
  /** How the state was obtained: freshly seeded from the CSV, or loaded from statePath. */
  origin: 'seeded' | 'loaded';
}

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  'Access-Control-Expose-Headers': 'Content-Disposition, X-Credit-Balance',
};

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  res.writeHead(reply.httpStatus, { ...CORS_HEADERS, 'Content-Type': reply.contentType, ...reply.headers });
  res.end(reply.body);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function initialState(opts: CentralSimOptions, now: number): { state: SimState; origin: 'seeded' | 'loaded' } {
  if (opts.statePath) {
    const loaded = loadState(opts.statePath, opts.dataFile, now);
    if (loaded.kind === 'loaded') return { state: loaded.state, origin: 'loaded' };
  }
  return { state: seedState({ dataFile: opts.dataFile, keepDates: opts.keepDates ?? false, now }), origin: 'seeded' };
}

export async function startCentralSim(opts: CentralSimOptions): Promise<CentralSimHandle> {
  const now = opts.now ?? Date.now;
  const { state, origin } = initialState(opts, now());
  const statePath = opts.statePath ?? null;
  const quota = opts.quotaPerMonth === undefined ? 1000 : opts.quotaPerMonth === null || opts.quotaPerMonth < 0 ? null : opts.quotaPerMonth;
  const writer = statePath ? new StateWriter(statePath, state) : null;
  const sim = new Simulator(state, {
    now,
    quotaPerMonth: quota,
    tokenTtlSeconds: opts.tokenTtlSeconds ?? 3600,
    faults: opts.faults ?? {},
    onChange: (_s, urgent) => (urgent ? writer?.now() : writer?.soon()),
  });
  // Save a fresh seed at once, so a restart keeps the same date shift and generated ids.
  if (origin === 'seeded') writer?.now();

  const held = new Set<NodeJS.Timeout>();
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${BASE_PATH}/`)) return send(res, failReply(MSG.noEndpoint, null, started, 404));
    const path = url.pathname.slice(BASE_PATH.length + 1);
    const body = await readBody(req);
    if (body === null) return send(res, failReply('Request body too large | ข้อมูลใหญ่เกินไป', null, started, 413));
    const isPhoto = path.startsWith('sim-photo/');
    const fault = isPhoto ? 'none' : sim.faultDraws.draw();
    const latency = sim.faults.latencyMs;
    if (latency > 0 && !isPhoto) await sleep(latency);
    if (fault === 'error5xx') {
      // A gateway error: the request never reached the service, so nothing is applied.
      return send(res, {
        httpStatus: 502,
        contentType: 'text/html',
        body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
        isJson: false,
      });
    }
    const reply = dispatch(
      sim,
      { method: req.method ?? 'GET', path, query: url.searchParams, body, authorization: req.headers.authorization },
      started,
    );
    // Drop, hold and truncate happen after the request was applied: the client cannot tell.
    // The status line goes out first: a browser network stack (Chromium, so Electron too) silently
    // re-sends a request whose reused keep-alive socket closed before ANY reply byte, which would
    // apply it twice before the client even sees an error. A cut mid-reply is not re-sent.
    if (fault === 'drop') {
      req.socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n', () => req.socket.destroy());
      return;
    }
    if (fault === 'timeout') {
      const timer = setTimeout(() => {
        held.delete(timer);
        send(res, reply);
      }, TIMEOUT_HOLD_MS);
      held.add(timer);
      return;
    }
    if (fault === 'malformed' && reply.isJson) {
      const text = String(reply.body);
      return send(res, { ...reply, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) });
    }
    send(res, reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      send(res, failReply(`Internal error: ${message} | เกิดข้อผิดพลาดภายใน`, null, performance.now(), 500));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = opts.host && opts.host !== '0.0.0.0' && opts.host !== '::' ? opts.host : '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${urlHost}:${address.port}${BASE_PATH}`;
  sim.photoBaseUrl = baseUrl;

  return {
    url: baseUrl,
    port: address.port,
    sim,
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of held) clearTimeout(timer);
        held.clear();
        writer?.flush();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
