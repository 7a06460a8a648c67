// Lint: a few rules that pay for themselves, and the boundary that keeps the language service
// pure (no vscode, no LSP connection, no file system, no network) so the CLI and tests can use it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const IO_MODULES = ['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'worker_threads'];
const serviceBoundary = {
  paths: IO_MODULES.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'The language service is pure: file and network access come through ServiceHost.' })),
  patterns: [
    { group: ['vscode', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-languageserver', 'vscode-languageserver/*'], message: 'The language service is pure: no editor or LSP connection imports (server/src/lsp adapts).' },
    { group: ['**/node/*', '**/lsp/*', '**/cli/*', '../server', '../main'], message: 'The language service must not depend on its hosts.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'bench/.data/**', 'test-results/**', '.vscode-test/**', '**/*.d.ts', 'test/hostile/**', 'test/fixtures/**', 'server/src/service/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', serviceBoundary], 'no-console': 'error' },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
);
