// Types shared by the router and the endpoint handlers.
import type { Simulator } from './state';
import type { Account } from './types';

export interface HandlerContext {
  sim: Simulator;
  account: Account;
  query: URLSearchParams;
  /** Parsed JSON body for POST/PATCH (undefined for GET). */
  body: unknown;
}

export type HandlerResult =
  | { kind: 'fail'; message: string }
  /** Endpoint fields added to the envelope; `prefix` is raw text before the JSON (PHP warnings). */
  | { kind: 'json'; fields: Record<string, unknown>; message?: string; prefix?: string; sessionKey?: string }
  | { kind: 'csv'; body: string; filename: string };

export type Handler = (ctx: HandlerContext) => HandlerResult;
