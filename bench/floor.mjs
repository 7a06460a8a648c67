#!/usr/bin/env node
// The floor: how long does it take just to READ the YAML, in-process, with the `yaml` package?
//
//   cst            new Parser().parse(text), generator fully iterated (CST tokens only)
//   lexer          new Lexer().lex(text), fully iterated (raw lexemes; below the CST)
//   parseDocument  yaml.parseDocument(text) (CST + AST composition, errors, ranges) - reference
//   ours           our service's check (parse + schema + rules, CSV lists read from disk) of a
//                  fresh document, from the tsc output in out/ (skipped when it is missing): the
//                  in-process counterpart of an LSP open, for the "ours / CST floor" ratio
//
// Any language server has to do at least `cst` (or equivalent) per full reparse, so an
// open->diagnostics time close to it means almost no overhead beyond parsing. Numbers are
// the median of `runs` timed runs after `warmup` untimed ones (JIT settled).
//
//   node bench/floor.mjs [--sizes 1k,10k,100k] [--runs 9] [--warmup 3] [--no-ours] [--json]

import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexer, Parser, parseDocument } from 'yaml';
import { stats, formatTable, fmtMs } from './measure.mjs';
import { planFile } from './ylsp.mjs';

// The same plain copy of the environment our server and CLI make (server/src/main.ts): the yaml
// parser reads process.env.LOG_TOKENS once per token, and a floor should not pay for that.
process.env = { ...process.env };

export function cstParse(text) {
  let n = 0;
  for (const tok of new Parser().parse(text)) if (tok) n++;
  return n;
}

export function lex(text) {
  let n = 0;
  for (const lexeme of new Lexer().lex(text)) if (lexeme !== undefined) n++;
  return n;
}

export function fullParse(text) {
  const doc = parseDocument(text);
  return doc.errors.length;
}

/**
 * Our check of `file` as a function of its text, or null when out/ is not built. The document is
 * forgotten after each check, so every call is an open, not an edit that could reuse the parse.
 */
export function oursCheck(file) {
  const lib = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'server', 'src');
  if (!existsSync(join(lib, 'service', 'index.js'))) return null;
  const require = createRequire(import.meta.url);
  const { createPlanService, mergeSettings } = require(join(lib, 'service', 'index.js'));
  const { createNodeHost, pathToUri } = require(join(lib, 'node', 'host.js'));
  const folder = pathToUri(dirname(resolve(file)));
  const uri = pathToUri(resolve(file));
  const service = createPlanService({ host: { ...createNodeHost({ folders: () => [] }), workspaceFolder: () => folder } });
  const settings = mergeSettings({});
  return (text) => {
    const n = service.check(uri, text, settings).diagnostics.length;
    service.forget(uri);
    return n;
  };
}

function time(fn, text, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) fn(text);
  const samples = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = fn(text);
    samples.push(performance.now() - t);
  }
  return { ...stats(samples), result: out };
}

/**
 * @returns {{ lines, bytes, cst: stats, lexer: stats, parseDocument: stats, cstTokens, parseErrors }}
 */
export function measureFloor(text, { runs = 9, warmup = 3, ours = null } = {}) {
  // fewer repetitions on big inputs keep the run short; the variance there is small anyway
  const big = text.length > 1e6;
  const opt = { runs: big ? Math.min(runs, 5) : runs, warmup: big ? Math.min(warmup, 2) : warmup };
  const cst = time(cstParse, text, opt);
  const lexer = time(lex, text, opt);
  const pd = time(fullParse, text, opt);
  // a 100k check takes seconds: three timed runs are plenty
  const own = ours ? time(ours, text, big ? { runs: Math.min(opt.runs, 3), warmup: 1 } : opt) : null;
  const r = (s) => ({ median: s.median, p95: s.p95, min: s.min, n: s.n });
  return {
    lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    bytes: Buffer.byteLength(text),
    cst: r(cst),
    lexer: r(lexer),
    parseDocument: r(pd),
    ...(own ? { ours: { ...r(own), diagnostics: own.result } } : {}),
    cstTokens: cst.result,
    parseErrors: pd.result,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : d);
  const rows = [['file', 'lines', 'KiB', 'lexer ms', 'cst ms', 'parseDocument ms', 'ours check ms', 'cst tokens']];
  const json = {};
  for (const size of opt('sizes', '1k,10k,100k').split(',')) {
    const file = planFile(size);
    if (!existsSync(file)) {
      console.error(`missing ${file}: run node bench/generate.mjs first`);
      process.exit(2);
    }
    const f = measureFloor(readFileSync(file, 'utf8'), { runs: Number(opt('runs', '9')), warmup: Number(opt('warmup', '3')), ours: args.includes('--no-ours') ? null : oursCheck(file) });
    json[size] = f;
    rows.push([`plan-${size}`, `${f.lines}`, `${Math.round(f.bytes / 1024)}`, fmtMs(f.lexer.median), fmtMs(f.cst.median), fmtMs(f.parseDocument.median), fmtMs(f.ours?.median), `${f.cstTokens}`]);
  }
  // --json: machine-readable (run.mjs runs the floor in its own process so the big heaps of the
  // floor runs do not slow the LSP client down)
  console.log(args.includes('--json') ? JSON.stringify(json) : formatTable(rows));
}
