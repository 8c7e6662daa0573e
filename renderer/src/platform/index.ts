// The only module that knows whether the app runs inside Electron (preload's `window.desktop`) or in
// a plain browser (our own implementation of the same contract).
import type { DesktopApi } from '#contract/ipc-contract';
import { createBrowserDesktop } from './browserDesktop';

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}

export const desktop: DesktopApi = window.desktop ?? createBrowserDesktop();
export const isElectron: boolean = window.desktop != null;
