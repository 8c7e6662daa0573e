// The one path every Exchange API reply takes inside the client: transport → envelope parsing
// (envelope.ts: PHP warning prefix, status 200/"OK", errors inside HTTP 200, unlimited credits) →
// the onEnvelope callback (credits are recorded from it) → fail envelopes as Result errors → zod.
// Owns nothing else: no endpoint knowledge beyond "is this endpoint missing?".
import type { CentralRequest, CentralResponse } from '#contract/ipc-contract';
import { fail, ok, type Result } from '#contract/result';
import type { z } from 'zod';
import { envelopeError, parseEnvelope, type Envelope } from './envelope';

export type Transport = (req: CentralRequest) => Promise<Result<CentralResponse>>;
export type EnvelopeListener = (env: Envelope) => void;

export interface Caller {
  /** The raw reply: for CSV endpoints and replies that need a look before judging. */
  raw: (req: CentralRequest) => Promise<Result<CentralResponse>>;
  /** Parse a reply, report its envelope to onEnvelope, and turn a fail envelope into an error. */
  judge: (reply: CentralResponse, label: string) => Result<Envelope>;
  /** raw + judge. */
  call: (req: CentralRequest) => Promise<Result<Envelope>>;
}

export function createCaller(sessionTransport: Transport, onEnvelope: EnvelopeListener): Caller {
  // A transport failure is never the service's verdict on this request. The session's only
  // central-error is its token step answering HTTP 5xx: the request itself was not sent, so report
  // "could not reach the service" (retried later), not a refusal (push gives up on central-error).
  // Found by the chaos test: a 502 during re-authentication failed queued updates for good.
  const transport: Transport = async (req) => {
    const r = await sessionTransport(req);
    return !r.ok && r.error.code === 'central-error' ? fail('network', r.error.message) : r;
  };
  const judge = (reply: CentralResponse, label: string): Result<Envelope> => {
    const env = parseEnvelope(reply.httpStatus, reply.body);
    if (!env.ok) return fail(env.error.code, `${label}: ${env.error.message}`);
    onEnvelope(env.value);
    return env.value.status === 'fail' ? envelopeError(env.value) : env;
  };
  return {
    raw: transport,
    judge,
    async call(req) {
      const reply = await transport(req);
      return reply.ok ? judge(reply.value, req.endpoint) : reply;
    },
  };
}

/** Validate `value` with `schema`, naming the endpoint in the error. */
export function validated<S extends z.ZodType>(schema: S, value: unknown, label: string): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('bad-response', `${label}: ${issue ? `${issue.path.join('.') || 'reply'} ${issue.message}` : 'invalid reply'}`);
}

const NO_SUCH_ENDPOINT = /no such endpoint|endpoint not found|unknown endpoint|not implemented|ไม่พบ api/i;

/**
 * Whether a reply says the endpoint itself does not exist (an older relay without get-issue/v2):
 * HTTP 404 (unless the body talks about the ticket) or a "no such endpoint" message in any reply.
 */
export function endpointMissing(reply: CentralResponse): boolean {
  const env = parseEnvelope(reply.httpStatus, reply.body);
  const message = env.ok ? env.value.message : reply.body.slice(0, 2000);
  if (NO_SUCH_ENDPOINT.test(message)) return true;
  return reply.httpStatus === 404 && !/ticket|เรื่อง/i.test(message);
}
