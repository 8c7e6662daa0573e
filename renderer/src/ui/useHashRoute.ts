// A tiny hash router: #/queue (home), #/register, #/case/<id>, #/new-case, #/sync. Hash routes work the same under app:// in
// Electron and http:// in the browser, and the back button just works.
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'queue' }
  | { name: 'register' }
  | { name: 'case'; id: string }
  | { name: 'new-case' }
  | { name: 'sync' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'case' && parts[1]) return { name: 'case', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'sync') return { name: 'sync' };
  if (parts[0] === 'meetings') return { name: 'meetings' };
  if (parts[0] === 'meeting' && parts[1]) return { name: 'meeting', id: decodeURIComponent(parts[1]) };
  if (parts[0] === 'register') return { name: 'register' };
  if (parts[0] === 'new-case') return { name: 'new-case' };
  if (parts[0] === 'settings') return { name: 'settings' };
  return { name: 'queue' };
}

export function hrefOf(route: Route): string {
  if (route.name === 'case' || route.name === 'meeting') return `#/${route.name}/${encodeURIComponent(route.id)}`;
  return `#/${route.name}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
