// The main process's log: one line per event on stderr/stdout.
// Owns: the Log interface the modules receive. Must never: be handed a password, a token or a request body.
export interface Log {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

export const consoleLog: Log = {
  info: (message) => console.info(`[khet-desk] ${message}`),
  warn: (message) => console.warn(`[khet-desk] ${message}`),
  error: (message) => console.error(`[khet-desk] ${message}`),
};

export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
