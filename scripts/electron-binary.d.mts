// Types for electron-binary.mjs (shared by npm start and the Electron e2e project).
export declare function findElectron(options?: { download?: boolean }): { path: string } | { missing: string };
