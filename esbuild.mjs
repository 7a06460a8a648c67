// Bundles the entry points. `node esbuild.mjs [--production] [--watch]`.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { POCPLAN_VERSION: JSON.stringify(pkg.version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // Required by client.js after activation (see client/src/extension.ts).
  { entryPoints: ['client/src/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // `pocplan import panos` validates a large configuration's XML on this worker thread (node/xml-parallel.ts).
  { entryPoints: ['server/src/node/xml-validate-worker.ts'], outfile: 'dist/xml-validate-worker.js' },
];

if (watch) {
  for (const e of entries) (await esbuild.context({ ...common, ...e })).watch();
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
