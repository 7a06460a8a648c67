#!/usr/bin/env node
// yaml-language-server baseline: open -> diagnostics and one-char edit -> diagnostics on the
// generated plans, validated against our JSON schema (or a stand-in when it does not exist).
//
//   node bench/ylsp.mjs [--schema schemas/pocplan.schema.json] [--sizes 1k,10k,100k]
//                       [--edits 30] [--repeat 1] [--limit-ms 60000] [--faults] [--json out.json]
//
// How yaml-language-server 1.25.0 behaves (read from its source and checked on the wire):
// - It never puts `version` in publishDiagnostics, so "the next publish after the send" is the
//   answer for that send. Validation is debounced: every didOpen/didChange (re)starts a fixed
//   200 ms timer (SettingsState.validationDelayMs, not configurable); when it fires the server
//   asks the client `workspace/configuration` for `[yaml]` (scopeUri = the document), validates,
//   and publishes ONE list (possibly empty). So open/edit latencies include 200 ms of idle wait
//   plus one client round trip; `computeMs` columns subtract the 200 ms.
// - With the configuration settled before didOpen we see exactly one publish per open/edit.
//   An extra publish can happen when settings change while a document is open (updateConfiguration
//   revalidates every open document) or on didClose (an empty list). setup() therefore waits for
//   both configuration pulls (after `initialized` and after didChangeConfiguration) to be answered
//   plus a request round trip before opening anything.
// - schemaStore is on by default and would fetch the catalogue from the network at startup; we
//   turn it off (`schemaStore.enable: false`) – offline, and not part of the work being compared.
// - fileMatch globs are prefixed with `**/` and matched with picomatch WITHOUT dot:true, so
//   `*.pocplan.yaml` does not match files below a dot-directory such as bench/.data/. We add
//   `.data/**/*.pocplan.yaml`; verify() asks `yaml/get/jsonSchema` and fails if no schema applies.

import { writeFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from './lsp-client.mjs';
import { measureLspRepeated, formatTable, fmtMs } from './measure.mjs';
import { REPO_ROOT, resolveSchema } from './standin-schema.mjs';

export const YLS_BIN = join(REPO_ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
export const YLS_VALIDATION_DELAY_MS = 200;
export const DATA_DIR = join(REPO_ROOT, 'bench', '.data');

export function ylspSettings(schemaPath) {
  return {
    yaml: {
      schemas: { [fileUri(schemaPath)]: ['*.pocplan.yaml', '.data/**/*.pocplan.yaml'] },
      validate: true,
      hover: true,
      completion: true,
      schemaStore: { enable: false },
      kubernetesCRDStore: { enable: false },
    },
    http: { proxy: '', proxyStrictSSL: false },
  };
}

/** Everything measureLsp() needs to drive yaml-language-server. */
export function ylspServerSpec({ schema } = {}) {
  const s = resolveSchema(schema);
  const settings = ylspSettings(s.path);
  return {
    name: 'yaml-language-server',
    cmd: process.execPath,
    args: [YLS_BIN, '--stdio'],
    languageId: 'yaml',
    settings,
    versioned: false,
    debounceMs: YLS_VALIDATION_DELAY_MS,
    schema: s,
    async setup(client) {
      client.didChangeConfiguration(settings);
      // 1 pull after `initialized`, 1 after didChangeConfiguration
      await client.waitForServerRequests('workspace/configuration', 2);
      await client.roundTrip();
    },
    async verify(client, uri) {
      const schemas = await client.request('yaml/get/jsonSchema', uri);
      if (!Array.isArray(schemas) || schemas.length === 0) {
        throw new Error(`yaml-language-server associated no schema with ${uri} (check fileMatch)`);
      }
      return { schemas: schemas.map((x) => x.uri) };
    },
  };
}

export async function measureYlsp(file, opts = {}) {
  const spec = ylspServerSpec({ schema: opts.schema });
  const { schema, debounceMs, ...lspSpec } = spec;
  const r = await measureLspRepeated({ ...lspSpec, file, ...opts }, opts.repeat ?? 1);
  r.schema = schema;
  r.debounceMs = debounceMs;
  return r;
}

export function planFile(size, faults = false) {
  return join(DATA_DIR, `plan-${size}${faults ? '-faults' : ''}.pocplan.yaml`);
}

export function summaryRow(r, debounceMs = 0) {
  const sub = (x) => (x == null ? null : Math.max(0, x - debounceMs));
  if (r.status !== 'ok') {
    return [r.server, `${r.lines}`, `${r.status}${r.error?.limitMs ? ` (>${r.error.limitMs / 1000} s, ${r.error.phase})` : ` (${r.error?.phase})`}`, null, null, null, null, null, null, r.memory?.peakMiB, null];
  }
  return [
    r.server,
    `${r.lines}`,
    fmtMs(r.open.ms),
    fmtMs(r.edits.median),
    fmtMs(r.edits.p95),
    debounceMs ? `${fmtMs(sub(r.open.ms))} / ${fmtMs(sub(r.edits.median))}` : null,
    r.reopen ? fmtMs(r.reopen.ms) : null,
    fmtMs(r.open.cpuMs),
    fmtMs(r.edits.cpuMsPerEdit),
    r.memory?.peakMiB,
    `${r.open.diagnostics}/${r.edits.n}`,
  ];
}

export const SUMMARY_HEADER = ['server', 'lines', 'open ms', 'edit p50', 'edit p95', 'minus debounce (open/edit)', 'reopen ms', 'open cpu', 'edit cpu', 'peak MiB', 'diags/edits'];

// ---------------------------------------------------------------------------------------------
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const sizes = opt('sizes', '1k,10k,100k').split(',');
  const edits = Number(opt('edits', '30'));
  const limit = Number(opt('limit-ms', '60000'));
  const repeat = Number(opt('repeat', '1'));
  const results = [];
  for (const size of sizes) {
    for (const faults of args.includes('--faults') ? [false, true] : [false]) {
      const file = planFile(size, faults);
      if (!existsSync(file)) {
        console.error(`missing ${file}: run node bench/generate.mjs first`);
        process.exit(2);
      }
      const r = await measureYlsp(file, {
        schema: opt('schema'),
        edits,
        openTimeoutMs: limit,
        editTimeoutMs: limit,
        editBudgetMs: limit,
        repeat: statSync(file).size > 1e6 ? 1 : repeat,
        log: (m) => console.error(m),
      });
      r.size = size + (faults ? '-faults' : '');
      results.push(r);
      console.error(`  ${r.status} open=${r.open?.ms} edits p50=${r.edits?.median} p95=${r.edits?.p95} n=${r.edits?.n} peak=${r.memory?.peakMiB} MiB`);
    }
  }
  console.log(`schema: ${results[0]?.schema?.path}${results[0]?.schema?.standin ? ' (STAND-IN)' : ''}; debounce ${YLS_VALIDATION_DELAY_MS} ms included in raw columns`);
  console.log(formatTable([SUMMARY_HEADER, ...results.map((r) => summaryRow({ ...r, server: r.size }, YLS_VALIDATION_DELAY_MS))]));
  const out = opt('json');
  if (out) writeFileSync(out, JSON.stringify(results.map((r) => ({ ...r, openDiagnostics: undefined })), null, 2) + '\n');
}
