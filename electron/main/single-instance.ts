// The single-instance lock: one Khet Desk per user session, so two windows never write one register at once.
// Owns: claiming the lock and routing a second launch to the first window.
// Must never: let a second instance start its own window or services.
import type { App } from 'electron';

export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, focusFirst: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusFirst());
  return true;
}
