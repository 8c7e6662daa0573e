// The value every IPC call and every central-service call returns: never a thrown error across a boundary.

export type ErrorCode =
  | 'invalid-input'
  | 'forbidden'
  | 'not-configured'
  | 'auth-failed'
  | 'network'
  | 'timeout'
  | 'quota-exhausted'
  | 'central-error'
  | 'bad-response'
  | 'cancelled'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** Technical detail for logs and the "details" disclosure; the UI shows a translated text per code. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
