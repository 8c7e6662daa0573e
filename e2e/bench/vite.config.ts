// One production build of both the app (renderer/index.html) and the bench page (e2e/bench/index.html),
// so that the bench server can serve them from ONE origin: the bench page fills the app's IndexedDB
// and the app page then starts on it. Used by scripts/bench.mjs; BENCH_OUT_DIR overrides the output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { aliases } from '../../aliases.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [react()],
  resolve: { alias: aliases },
  worker: { format: 'es' },
  logLevel: 'warn',
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? 'node_modules/.bench-dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('../../renderer/index.html', import.meta.url)),
        bench: fileURLToPath(new URL('./index.html', import.meta.url)),
      },
    },
  },
});
