// Update checks through electron-updater's generic provider (a URL the district or BMA hosts).
// Owns: whether and where to check. Must never: disturb work (every error is logged and swallowed), check
// when no URL is configured or the app is not packaged, or fetch updates over plain http off-loopback.
import type { Log } from './log';

export interface UpdaterLike {
  logger: { info(message?: unknown): void; warn(message?: unknown): void; error(message?: unknown): void } | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdaterDeps {
  /** Lazy: electron-updater is only touched when updates are configured. */
  updater: () => UpdaterLike;
  /** KHET_UPDATE_URL */
  feedUrl: string | undefined;
  isPackaged: boolean;
  log: Log;
}

export type UpdaterState = 'disabled' | 'not-packaged' | 'bad-url' | 'checking' | 'failed';

export function isAcceptableFeedUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

export function startUpdater(deps: UpdaterDeps): UpdaterState {
  const feedUrl = deps.feedUrl?.trim();
  if (!feedUrl) return 'disabled';
  if (!deps.isPackaged) return 'not-packaged';
  if (!isAcceptableFeedUrl(feedUrl)) {
    deps.log.warn('updater: KHET_UPDATE_URL must be an https URL; update checks are off');
    return 'bad-url';
  }
  try {
    const updater = deps.updater();
    updater.logger = {
      info: (message) => deps.log.info(`updater: ${String(message)}`),
      warn: (message) => deps.log.warn(`updater: ${String(message)}`),
      error: (message) => deps.log.warn(`updater: ${String(message)}`),
    };
    updater.on('error', (error) => deps.log.warn(`updater: ${error.message}`));
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    updater.checkForUpdatesAndNotify().catch((error: unknown) => deps.log.warn(`updater: check failed: ${String(error)}`));
    return 'checking';
  } catch (error) {
    deps.log.warn(`updater: not started: ${String(error)}`);
    return 'failed';
  }
}
