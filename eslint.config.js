// Lint rules, including the layer boundaries of DESIGN.md §2:
// domain → nothing but pure helpers; data → domain + Dexie; sync/query → domain + data;
// features/ui → everything above but never Dexie tables directly; electron never imports renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const ban = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', '.central-state/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Async functions that happen to have no await are common behind Promise-returning interfaces.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We don't use the React Compiler; TanStack Virtual's returned functions are fine to call.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-member-access': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  zone(['renderer/src/domain/**'], [
    ban(['dexie', 'react', 'react-dom', '@mantine/*', '#data/*', '#sync/*', '#query/*', '#io/*', '#features/*', '#ui/*', '#platform/*'], 'domain/ is pure: no I/O, no UI.'),
  ]),
  zone(['renderer/src/data/**'], [ban(['react', '@mantine/*', '#sync/*', '#query/*', '#features/*', '#ui/*', '#platform/*'], 'data/ may use only domain/ and Dexie.')]),
  zone(['renderer/src/sync/**', 'renderer/src/query/**'], [ban(['react', '@mantine/*', '#features/*', '#ui/*'], 'sync/ and query/ hold no UI.')]),
  zone(['renderer/src/features/**', 'renderer/src/ui/**'], [ban(['dexie'], 'UI goes through repositories in data/, never Dexie tables directly.')]),
  zone(['electron/**'], [ban(['**/renderer/**', '#domain/*', '#data/*', '#sync/*', '#features/*', '#ui/*', '#platform/*'], 'electron/ never imports from renderer/.')]),
  zone(['electron/shared/**'], [ban(['electron', 'node:*', 'fs', 'path'], 'electron/shared is the contract: no electron, node or DOM APIs.')]),
);
