/**
 * The hostile corpus: inputs a plan file can hold that no plan should — made here, at test time,
 * so no 11 MB file is committed. `writeCorpus(dir)` writes them as files (test/hostile/ by
 * default; that folder only keeps its README and .gitignore), and each case says which codes must
 * appear. Deterministic: the random bytes come from a seeded generator.
 *
 *   node out/test/hostile-corpus.js [dir]      # writes the corpus and prints its index
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN, CLEAN_FILES } from './fixtures';

export interface HostileCase {
  /** File name stem (`<name>.pocplan.yaml`). */
  name: string;
  what: string;
  /**
   * The bytes on disk. The editor's text is these bytes decoded as UTF-8 with U+FFFD for invalid
   * sequences — exactly `Buffer#toString('utf8')`, which is what VS Code does too.
   */
  bytes(): Buffer;
  /** The text as an editor holds it, when it cannot come from a UTF-8 file (lone surrogates). */
  text?(): string;
  /** Every one of these codes must be reported. */
  expect: string[];
  /** No diagnostic of severity error or warning is allowed (the BOM case: a BOM is fine). */
  clean?: boolean;
  /** A CSV device list written next to the plan (which names it in `identity.csv`). */
  csv?: { name: string; bytes(): Buffer; expect?: string[] };
}

/** The clean plan, with its second CSV list replaced by `name`. */
const withCsv = (name: string): Buffer => Buffer.from(CLEAN.replace('csv: meters.csv', `csv: ${name}`), 'utf8');

/** mulberry32: a tiny seeded PRNG, so "random" junk is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOT = path.resolve(__dirname, '..', '..');
const CLEAN_PLAN = CLEAN;
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Billion laughs: 9 levels of 9 aliases each, 9^9 nodes when expanded. */
function aliasBomb(): string {
  const lines = ['pocplan: 1', 'x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) lines.push(`x-${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  lines.push('title: *i', '');
  return lines.join('\n');
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'alias-bomb', what: 'billion laughs: nine levels of nine aliases', bytes: () => utf8(aliasBomb()), expect: ['yaml.alias-limit'] },
  { name: 'flow-nesting-10000', what: '10,000-deep flow nesting [[[[…]]]]', bytes: () => utf8(`pocplan: 1\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), expect: ['yaml.nesting-limit'] },
  { name: 'flow-nesting-unclosed', what: '10,000 unclosed [ and nothing else', bytes: () => utf8('['.repeat(10_000)), expect: ['yaml.nesting-limit'] },
  {
    name: 'block-nesting-3000', what: '3,000-deep block mappings, one more space per level',
    bytes: () => utf8('pocplan: 1\nnotes:\n' + Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n') + ' x\n'),
    expect: ['yaml.nesting-limit'],
  },
  {
    name: 'block-seq-nesting-3000', what: '3,000 nested block sequences on one line (- - - - …)',
    bytes: () => utf8('pocplan: 1\nnotes:\n  ' + '- '.repeat(3000) + 'x\n'), expect: ['yaml.nesting-limit'],
  },
  {
    name: 'too-large-11mb', what: 'an 11 MB file (the clean plan plus 11 MB of comments)',
    bytes: () => utf8(CLEAN_PLAN + `# ${'x'.repeat(97)}\n`.repeat(115_000)), expect: ['yaml.too-large'],
  },
  {
    name: 'binary-junk', what: '64 KB of random bytes, invalid UTF-8 included',
    bytes: () => { const r = prng(7); return Buffer.from(Array.from({ length: 65_536 }, () => Math.floor(r() * 256))); },
    expect: ['yaml.invalid-character'],
  },
  {
    name: 'lone-surrogates-nul', what: 'lone surrogates, NUL and C0/C1 controls in keys and values (as an editor buffer holds them)',
    bytes: () => utf8('pocplan: 1\ntitle: "\uFFFD \uFFFD"\n'), // on disk, a lone surrogate can only be U+FFFD
    text: () => 'pocplan: 1\ntitle: "a\uD800b \uDC00c \u0000 d"\ncustomer: x\u0000y\u001b[31m\u0085\u009b\n"\uDBFF\u0000": 1\n',
    expect: ['yaml.invalid-character'],
  },
  { name: 'single-line-5mb', what: 'a 5 MB single line (one title)', bytes: () => utf8(`pocplan: 1\ntitle: ${'x'.repeat(5 * 1024 * 1024)}`), expect: ['schema.range'] },
  {
    name: 'single-line-flow-5mb', what: 'a 5 MB single-line flow mapping: 480,000 values, past MAX_PLAN_NODES',
    bytes: () => { const parts: string[] = []; let n = 0; for (let i = 0; n < 5 * 1024 * 1024; i++) { const p = `k${i}: v`; parts.push(p); n += p.length + 2; } return utf8(`{pocplan: 1, ${parts.join(', ')}}`); },
    expect: ['yaml.too-large'],
  },
  {
    name: 'tabs-crlf', what: 'tab indentation and CRLF line ends',
    bytes: () => utf8(CLEAN_PLAN.replace(/\n/g, '\r\n').replace(/\r\n {4}model:/g, '\r\n\t\tmodel:')), expect: ['yaml.syntax'],
  },
  { name: 'crlf-only', what: 'the clean plan with CRLF line ends', bytes: () => utf8(CLEAN_PLAN.replace(/\n/g, '\r\n')), expect: [], clean: true },
  { name: 'cr-only', what: 'the clean plan with old-Mac CR line ends', bytes: () => utf8(CLEAN_PLAN.replace(/\n/g, '\r')), expect: [], clean: true },
  { name: 'multi-document', what: 'two plans in one file', bytes: () => utf8(`${CLEAN_PLAN}---\n${CLEAN_PLAN}---\n...\n`), expect: ['yaml.multi-document'] },
  {
    name: 'custom-tags', what: 'tags that run code in unsafe loaders (!!python/object/apply, !custom, !!binary)',
    bytes: () => utf8([
      'pocplan: 1',
      'title: !!python/object/apply:os.system ["touch /tmp/pocplan-pwned"]',
      'customer: !custom Example',
      'x-blob: !!binary aGVsbG8=',
      'x-obj: !!python/object:__main__.Exploit { cmd: rm -rf / }',
      '',
    ].join('\n')),
    expect: ['yaml.custom-tag'],
  },
  {
    name: 'merge-keys', what: 'YAML 1.1 merge keys (<<: *base)',
    bytes: () => utf8(CLEAN_PLAN.replace('firewalls:\n  - id: fw-osaka\n', 'x-base: &base { id: fw-osaka }\nfirewalls:\n  - <<: *base\n    id: fw-osaka\n')),
    expect: ['yaml.merge-key'],
  },
  { name: 'duplicate-keys', what: 'duplicate keys at the top and in a firewall', bytes: () => utf8(CLEAN_PLAN.replace('title:', 'title: first\ntitle:').replace('    type: prod\n', '    type: prod\n    type: lab\n')), expect: ['yaml.duplicate-key'] },
  {
    name: 'many-keys-20000', what: '20,000 distinct keys in one mapping and one duplicate (the library\'s unique-key check is quadratic)',
    bytes: () => utf8(`pocplan: 1\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n')}\nk7: again\n`),
    expect: ['yaml.duplicate-key', 'yaml.problem-limit'],
  },
  { name: 'empty', what: 'an empty file', bytes: () => Buffer.alloc(0), expect: ['schema.required'] },
  { name: 'whitespace-only', what: 'blank lines and spaces only', bytes: () => utf8('  \n\n   \n'), expect: ['schema.required'] },
  { name: 'document-start-only', what: '--- and nothing else', bytes: () => utf8('---\n'), expect: ['schema.type'] },
  { name: 'document-end-only', what: '... and nothing else', bytes: () => utf8('...\n'), expect: ['schema.type'] },
  { name: 'bom', what: 'the clean plan with a UTF-8 byte order mark', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(CLEAN_PLAN)]), expect: [], clean: true },
  { name: 'long-key-1mb', what: 'a 1 MB key', bytes: () => utf8(`pocplan: 1\n${'k'.repeat(1024 * 1024)}: 1\n`), expect: ['schema.unknown-key'] },
  {
    name: 'flow-seq-100000', what: 'a 100,000-item flow sequence where the firewalls go',
    bytes: () => utf8(`pocplan: 1\nfirewalls: [${Array.from({ length: 100_000 }, (_, i) => i).join(', ')}]\n`),
    expect: ['schema.type', 'yaml.problem-limit'],
  },
  {
    name: 'merge-conflict', what: 'git merge-conflict markers in the clean plan',
    bytes: () => utf8(CLEAN_PLAN.replace('title: Osaka plant IoT Security PoC\n', '<<<<<<< HEAD\ntitle: Osaka plant IoT Security PoC\n=======\ntitle: Osaka plant PoC\n>>>>>>> feature\n')),
    expect: ['yaml.syntax'],
  },
  { name: 'undefined-alias', what: 'an alias to an anchor that does not exist, and a self-reference', bytes: () => utf8('pocplan: 1\ntitle: *nowhere\nx-self: &self [*self]\n'), expect: ['yaml.syntax'] },
  { name: 'unterminated-quote', what: 'a double-quoted string that never ends', bytes: () => utf8(`pocplan: 1\ntitle: "${'a'.repeat(100_000)}\ncustomer: x\n`), expect: ['yaml.syntax'] },
  {
    name: 'prototype-keys', what: '__proto__, constructor and prototype keys (prototype pollution attempts)',
    bytes: () => utf8('pocplan: 1\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\nfirewalls:\n  - __proto__: { isAdmin: true }\n    id: fw-a\n'),
    expect: ['schema.unknown-key'],
  },
  {
    name: 'csv-200k-bad-rows', what: 'a CSV device list of 200,000 rows without a valid IP (read up to 100,000)',
    bytes: () => withCsv('bad-rows.csv'), csv: { name: 'bad-rows.csv', bytes: () => utf8(`ip,mac\n${'not-an-ip,zz\n'.repeat(200_000)}`), expect: ['csv.invalid-ip', 'csv.parse-error'] },
    expect: ['csv.invalid-ip'],
  },
  {
    name: 'csv-binary', what: 'a CSV device list of random bytes',
    bytes: () => withCsv('binary.csv'), csv: { name: 'binary.csv', bytes: () => { const r = prng(11); return Buffer.from(Array.from({ length: 65_536 }, () => Math.floor(r() * 256))); } },
    expect: ['csv.parse-error'],
  },
  {
    name: 'csv-unterminated-quote', what: 'a CSV device list whose quote never closes (1 MB)',
    bytes: () => withCsv('quote.csv'), csv: { name: 'quote.csv', bytes: () => utf8(`ip,mac\n"10.1.40.21${'a'.repeat(1024 * 1024)}`) },
    expect: ['csv.parse-error'],
  },
];

/** The case's text as the editor would hold it. */
export function caseText(c: HostileCase): string {
  return c.text ? c.text() : c.bytes().toString('utf8');
}

/** Writes every case as `<dir>/<name>.pocplan.yaml`, and the clean plan's CSVs; returns the plans' paths. */
export function writeCorpus(dir: string): Map<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, name), text);
  const out = new Map<string, string>();
  for (const c of HOSTILE_CASES) {
    const file = path.join(dir, `${c.name}.pocplan.yaml`);
    fs.writeFileSync(file, c.bytes());
    if (c.csv) fs.writeFileSync(path.join(dir, c.csv.name), c.csv.bytes());
    out.set(c.name, file);
  }
  return out;
}

export const CORPUS_DIR = path.join(ROOT, 'test', 'hostile');

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? CORPUS_DIR);
  const files = writeCorpus(dir);
  for (const c of HOSTILE_CASES) process.stdout.write(`${path.relative(process.cwd(), files.get(c.name)!)}  ${c.what}  -> ${c.expect.join(', ') || '(clean)'}\n`);
}
