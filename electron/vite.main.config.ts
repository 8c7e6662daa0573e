// Builds the main process (electron/main/index.ts) into one CommonJS file: dist/electron/main/index.cjs.
// zod, the contract and the central simulator are bundled; electron, node built-ins and electron-updater
// stay external (electron-updater ships as a runtime dependency).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { aliases } from '../aliases';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['electron', 'electron-updater', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  root,
  publicDir: false,
  resolve: { alias: aliases },
  ssr: { target: 'node', noExternal: true, external: ['electron', 'electron-updater'] },
  build: {
    ssr: 'electron/main/index.ts',
    outDir: 'dist/electron/main',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rolldownOptions: {
      external,
      output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
    },
  },
});
