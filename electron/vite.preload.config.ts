// Builds the preload into one CommonJS file, dist/electron/preload/index.cjs: a sandboxed preload cannot
// require anything but 'electron', so everything else (the contract) is bundled in.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { aliases } from '../aliases';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  resolve: { alias: aliases },
  ssr: { target: 'node', noExternal: true, external: ['electron'] },
  build: {
    ssr: 'electron/preload/index.ts',
    outDir: 'dist/electron/preload',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: ['electron'],
      // The contract's zod schemas are top-level calls; marking z.* pure lets the unused ones (all of them) go.
      treeshake: { manualPureFunctions: ['z'] },
      output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
    },
  },
});
