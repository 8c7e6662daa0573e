// The preload (sandboxed, bundled to one CJS file): exposes window.desktop and nothing else.
// Must never: expose ipcRenderer, a generic send/invoke, or any node/electron object to the page.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './api';

contextBridge.exposeInMainWorld(
  'desktop',
  createDesktopApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
