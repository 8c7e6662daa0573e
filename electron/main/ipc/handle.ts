// The one way an IPC channel is served: sender check, zod parse, Result out.
// Owns: `handle(ipcMain, channel, schema, fn)`. Must never: let an exception or a non-Result cross IPC,
// run `fn` for a frame outside app://khet-desk, or echo payload values (they may hold a password) in errors.
import { z } from 'zod';
import { fail, type Result } from '#contract/result';
import { isAppUrl } from '../protocol';
import { describeError, type Log } from '../log';

/** What a handler needs of Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<Result<unknown>>): void;
}

/** For channels that take no argument. */
export const noPayload = z.undefined();

export function isTrustedSender(event: InvokeEvent): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isAppUrl(url);
}

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.code}`)
    .join('; ');

export function handle<E extends InvokeEvent, S extends z.ZodType, T>(
  ipcMain: IpcMainLike<E>,
  channel: string,
  schema: S,
  fn: (input: z.output<S>, event: E) => Promise<Result<T>>,
  log: Log,
): void {
  ipcMain.handle(channel, async (event, ...args) => {
    try {
      if (!isTrustedSender(event)) {
        log.warn(`ipc ${channel}: refused a call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return fail('forbidden', `${channel}: the caller is not the app`);
      }
      if (args.length > 1) return fail('invalid-input', `${channel}: expected at most one argument`);
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) return fail('invalid-input', `${channel}: ${describeIssues(parsed.error)}`);
      return await fn(parsed.data, event);
    } catch (error) {
      log.error(`ipc ${channel}: ${describeError(error)}`);
      return fail('internal', `${channel}: unexpected error`);
    }
  });
}
