import { describe, expect, it, vi } from 'vitest';
import { memoryLog } from './test/fakes';
import { startUpdater, type UpdaterLike } from './updater';

function fakeUpdater(check: () => Promise<unknown> = () => Promise.resolve(null)) {
  const listeners: ((error: Error) => void)[] = [];
  const updater: UpdaterLike & { feeds: unknown[]; emitError(error: Error): void } = {
    logger: null,
    feeds: [],
    setFeedURL: (options) => void updater.feeds.push(options),
    checkForUpdatesAndNotify: check,
    on: (_event, listener) => listeners.push(listener),
    emitError: (error) => listeners.forEach((l) => l(error)),
  };
  return updater;
}

describe('updater', () => {
  it('does nothing without KHET_UPDATE_URL, outside a packaged build, or with a plain-http URL', () => {
    const get = vi.fn(() => fakeUpdater());
    expect(startUpdater({ updater: get, feedUrl: undefined, isPackaged: true, log: memoryLog() })).toBe('disabled');
    expect(startUpdater({ updater: get, feedUrl: '  ', isPackaged: true, log: memoryLog() })).toBe('disabled');
    expect(startUpdater({ updater: get, feedUrl: 'https://updates.example/khet', isPackaged: false, log: memoryLog() })).toBe(
      'not-packaged',
    );
    expect(startUpdater({ updater: get, feedUrl: 'http://updates.example/khet', isPackaged: true, log: memoryLog() })).toBe('bad-url');
    expect(get).not.toHaveBeenCalled();
  });

  it('checks the generic feed once and swallows every failure', async () => {
    const log = memoryLog();
    const check = vi.fn(() => Promise.reject(new Error('ENOTFOUND updates.example')));
    const updater = fakeUpdater(check);
    expect(startUpdater({ updater: () => updater, feedUrl: 'https://updates.example/khet', isPackaged: true, log })).toBe('checking');
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.example/khet' }]);
    expect(check).toHaveBeenCalledOnce();
    updater.emitError(new Error('sha512 mismatch'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.lines.join('\n')).toContain('ENOTFOUND');
    expect(log.lines.join('\n')).toContain('sha512 mismatch');
    const broken = () => {
      throw new Error('no app-update.yml');
    };
    expect(startUpdater({ updater: broken, feedUrl: 'https://updates.example/khet', isPackaged: true, log })).toBe('failed');
  });
});
