/**
 * The Japanese terminology checks: every Japanese string the product shows, gathered from where it
 * lives (catalogs, schema, VS Code strings, rule pages, license matrix), matched against the
 * glossary's replaced variants (server/src/service/l10n/glossary.json); and a detector of English
 * words left in Japanese text, with a precise allow-list (product and protocol names, PAN-OS UI
 * labels and paths, codes, keys, values, file names). Used by test/unit/glossary.test.ts and
 * test/unit/ja-output.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

export const ROOT = path.resolve(__dirname, '..', '..');
export const GLOSSARY_FILE = 'server/src/service/l10n/glossary.json';

export type Avoid = string | { re: string; shows: string };
export interface Term { id: string; en: string; ja: string; article?: string; note?: string; avoid: Avoid[] }
export interface Glossary { terms: Term[] }

/** One Japanese string and where it lives: `file` relative to the repository, `key` inside it. */
export interface JaText { file: string; key: string; text: string }

export interface Violation { file: string; key: string; found: string; term: Term; context: string }

export function loadGlossary(): Glossary {
  return JSON.parse(fs.readFileSync(path.join(ROOT, GLOSSARY_FILE), 'utf8')) as Glossary;
}

const LATIN = /[A-Za-z0-9]/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A literal avoid entry as a pattern: a space means one or more spaces; between a Latin letter or
 * digit and a Japanese character, spaces are optional (「IoTセキュリティ」 also finds 「IoT セキュリティ」).
 */
export function avoidPattern(a: Avoid): RegExp {
  if (typeof a !== 'string') return new RegExp(a.re.normalize('NFKC'), 'gu');
  const s = a.normalize('NFKC');
  let re = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ' ') { re += '\\s+'; continue; }
    re += escapeRe(c);
    const next = s[i + 1];
    if (next !== undefined && next !== ' ' && LATIN.test(c) !== LATIN.test(next)) re += '\\s*';
  }
  return new RegExp(re, 'gu');
}

export const shows = (a: Avoid): string => (typeof a === 'string' ? a : a.shows);

/** Every replaced variant found in `texts`, with the term to use instead. */
export function findViolations(texts: JaText[], glossary: Glossary = loadGlossary()): Violation[] {
  const matchers = glossary.terms.flatMap((term) => term.avoid.map((a) => ({ term, a, re: avoidPattern(a) })));
  const out: Violation[] = [];
  for (const x of texts) {
    const text = x.text.normalize('NFKC');
    // Two variants of one term can match the same words (「Evalライセンス」 in 「Trial/Evalライセンス」):
    // report the longest match once.
    const hits: Array<{ at: number; end: number; found: string; term: Term }> = [];
    for (const m of matchers) {
      m.re.lastIndex = 0;
      for (const hit of text.matchAll(m.re)) hits.push({ at: hit.index ?? 0, end: (hit.index ?? 0) + hit[0].length, found: hit[0], term: m.term });
    }
    hits.sort((a, b) => a.at - b.at || b.end - a.end);
    const kept: typeof hits = [];
    for (const h of hits) if (!kept.some((k) => k.term === h.term && k.at <= h.at && h.end <= k.end)) kept.push(h);
    for (const h of kept) out.push({ file: x.file, key: x.key, found: h.found, term: h.term, context: `…${text.slice(Math.max(0, h.at - 20), h.end + 20)}…` });
  }
  return out;
}

/** One line per violation: where, what was found, and the glossary's term to use. */
export function describeViolation(v: Violation): string {
  return `${v.file} › ${v.key}: 「${v.found}」 → use 「${v.term.ja}」 (${v.term.en}; glossary id ${v.term.id})\n      ${v.context}`;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

function walkJsonJa(file: string, json: unknown, keyTest: (key: string) => boolean, out: JaText[], at = ''): void {
  if (Array.isArray(json)) { json.forEach((v, i) => walkJsonJa(file, v, keyTest, out, `${at}[${i}]`)); return; }
  if (!json || typeof json !== 'object') return;
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    const where = at ? `${at}/${k}` : k;
    if (keyTest(k)) {
      const values = Array.isArray(v) ? v.map((s, i) => [`${where}[${i}]`, s] as const) : [[where, v] as const];
      for (const [key, s] of values) if (typeof s === 'string') out.push({ file, key, text: s });
    } else walkJsonJa(file, v, keyTest, out, where);
  }
}

const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

/** The Japanese section of a rule page (`## 日本語` to the next `## `), joined into one paragraph per block. */
export function japaneseSection(markdown: string): string | undefined {
  const m = /^## 日本語[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(markdown);
  if (!m) return undefined;
  // Hard-wrapped lines: a break between two Japanese characters is no space.
  return m[1]!.replace(/([\u0080-\uffff])\n(?=[\u0080-\uffff])/g, '$1').replace(/\n(?!\n)/g, ' ').trim();
}

/** The catalogs' Japanese messages: every ja/*.json, key by key. */
export function catalogTexts(): JaText[] {
  const dir = 'server/src/service/l10n/ja';
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().flatMap((f) => {
    const rel = `${dir}/${f}`;
    return Object.entries(readJson(rel) as Record<string, string>).map(([key, text]) => ({ file: rel, key, text }));
  });
}

/** The schema's Japanese titles, descriptions and enum descriptions (completion and hover). */
export function schemaTexts(): JaText[] {
  const out: JaText[] = [];
  walkJsonJa('schemas/pocplan.schema.json', readJson('schemas/pocplan.schema.json'), (k) => k.endsWith('-ja'), out);
  return out;
}

/** VS Code's Japanese strings: contribution titles and the client's UI strings. */
export function clientTexts(): JaText[] {
  return ['package.nls.ja.json', 'l10n/bundle.l10n.ja.json'].flatMap((rel) =>
    Object.entries(readJson(rel) as Record<string, string>).map(([key, text]) => ({ file: rel, key, text })));
}

/** The Japanese section of every rule page. */
export function docsTexts(): JaText[] {
  const dir = 'docs/rules';
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().flatMap((f) => {
    const text = japaneseSection(fs.readFileSync(path.join(ROOT, dir, f), 'utf8'));
    return text ? [{ file: `${dir}/${f}`, key: '## 日本語', text }] : [];
  });
}

/** The license matrix's Japanese reading titles. */
export function matrixTexts(): JaText[] {
  const out: JaText[] = [];
  walkJsonJa('server/src/service/license/matrix.json', readJson('server/src/service/license/matrix.json'), (k) => k === 'titleJa', out);
  return out;
}

/** Every Japanese string of the product, in every place it lives. */
export function allJapaneseTexts(): JaText[] {
  return [...catalogTexts(), ...schemaTexts(), ...clientTexts(), ...docsTexts(), ...matrixTexts()].filter((x) => JAPANESE.test(x.text) || x.file.includes('/ja/'));
}

/** docs/glossary.md, generated from the glossary. */
export function glossaryMarkdown(g: Glossary = loadGlossary()): string {
  const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|');
  const lines = [
    '# Glossary (English ↔ Japanese)',
    '',
    '<!-- Generated from server/src/service/l10n/glossary.json by test/unit/glossary.test.ts (UPDATE_GOLDEN=1 rewrites it). Edit the JSON, not this page. -->',
    '',
    'One Japanese term per concept in every Japanese string the product shows: diagnostics, quick fixes,',
    'hovers and completion (the schema), the VS Code strings, the rendered plan document, the CLI and the',
    'Japanese sections of the [rule pages](rules/README.md). The terms follow the seed article',
    '(2023 PoC blog, 「IoTセキュリティの検証評価(PoC)実施時の注意点」) where it has one. `test/unit/glossary.test.ts`',
    'fails when a Japanese string uses a replaced variant (right-hand column) and names the term to use.',
    '',
    '| English | 日本語 (use) | the article writes | replaced variants (avoid) | note |',
    '|---|---|---|---|---|',
    ...g.terms.map((t) => `| ${cell(t.en)} | ${cell(t.ja)} | ${cell(t.article)} | ${cell(t.avoid.map(shows).map((s) => `「${s}」`).join(' '))} | ${cell(t.note)} |`),
    '',
  ];
  return lines.join('\n');
}

/** Names that stay in Latin letters in Japanese text (products, protocols, PAN-OS UI labels, units). */
export const ALLOWED_PHRASES: readonly string[] = [
  'Palo Alto Networks', 'IoT Security PoC Planner', 'Enterprise IoT Security', 'IoT Security', 'Device Security', 'Device Associations', 'Device-ID',
  'Strata Logging Service', 'Strata Cloud Manager', 'Cortex Data Lake', 'Cortex XSOAR', 'XSOAR', 'Panorama', 'PAN-OS', 'NGFW', 'VM-Series',
  'DHCP Broadcast Session', 'ERSPAN Support', 'Enhanced Application Logging', 'Cloud Logging', 'Customer Support Portal',
  'Third-party Integrations Add-on', 'Enable Device Identification', 'User-Defined Static IP Devices',
  'Catalyst', 'Nexus', 'OpenConfig', 'Linux', 'Windows', 'macOS', 'Ethernet', 'VS Code', 'Ctrl+Space', 'billion laughs', 'Wiki',
  // keys to press and answers to type: `pocplan init` and the walkthrough
  'Enter キー', 'Ctrl+D', 'Ctrl+.', 'Cmd+.', '(y/N)',
  // the calendar file format: iCalendar files, named by their extension
  '.ics',
  // a walkthrough link's target, a VS Code command (its id is removed as a dotted name)
  '](command:',
  // the command line's commands, as typed (pocplan's own and PAN-OS's `commit`)
  'pocplan export panos', 'pocplan import panos', 'pocplan export ics', 'pocplan check', 'pocplan init', 'set コマンド', 'commit',
  // names of things that have no Japanese name: an attack class, an I/O error, PAN-OS CLI guide sections
  'Trojan Source', 'I/O', 'CLI Quick Start', 'Load a Partial Configuration',
];

/** Abbreviations and protocol names that are words of Japanese network engineering. */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  'PoC', 'SE', 'SKU', 'CSP', 'TSG', 'DRDL', 'EAL', 'NFR', 'Prod', 'Eval', 'Trial', 'Lab', 'LAB', 'Basic', 'Advanced',
  'SPAN', 'RSPAN', 'ERSPAN', 'GRE', 'DHCP', 'ARP', 'SNMP', 'SNMPv2c', 'SNMPv3', 'v2c', 'v3', 'CDP', 'LLDP', 'MAC', 'IP', 'IPv4', 'IPv6',
  'VLAN', 'CIDR', 'URL', 'HTTPS', 'UDP', 'TCP', 'syslog', 'ID', 'OS', 'UI', 'CLI', 'Web', 'VM', 'HA', 'L2', 'L3', 'ASR',
  'CSV', 'YAML', 'JSON', 'SARIF', 'UTF', 'PDF', 'HTML', 'Markdown', 'LSP', 'MD5', 'SHA', 'DES', 'AES', 'NUL', 'U', 'FFFD', 'MB', 'KB', 'E60',
  'PA', 'TODO', 'Tap', 'IoT', 'UTF-8', 'ISO', 'YYYY-MM-DD', 'v1', 'PLC', 'iCalendar', 'XML', 'DTD', 'FIFO', 'DNS',
]);

/**
 * English words left in `text` (a Japanese string), after removing what may stay: backticked spans,
 * URLs, UI paths (`Device > Setup > Session`), file names, diagnostic codes, `{placeholders}`, the
 * allowed phrases and words, and `extra` (keys, values, the plan's own strings).
 */
export function englishWords(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  const longestFirst = (list: string[]): string[] => list.sort((a, b) => b.length - a.length);
  let s = text.replace(/`[^`\n]*`/g, ' ');
  // The plan's own multi-word strings and cited titles first, before any pattern cuts into them;
  // then UI paths and the like; then product names (which UI paths may contain).
  for (const p of longestFirst([...extra].filter((x) => /\s/.test(x)))) s = s.split(p).join(' ');
  s = s
    .replace(/https?:\/\/[^\s)>\]」]+/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/[A-Z][\w-]*(?: [A-Z][\w-]*)*(?: ?(?:>|&gt;|→) ?[A-Z][\w-]*(?: [\w-]+)*)+/g, ' ')
    .replace(/[\w./-]*\.(?:ya?ml|csv|md|json|html?|sarif|js)(?::\d+)*/g, ' ')
    .replace(/[\w<>-]+(?:\.[\w-]+)*\.(?:com|live|net|org)\b/g, ' ')
    .replace(/\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)+(?:\/[a-z0-9-]+)?(?:\.\*)?/g, ' ')
    .replace(/\bPAN-[A-Z0-9-]+|\b\d+(?:\.\d+)+-h\d+|\b(?:ethernet|ae)\d[\w/.]*/g, ' ')
    .replace(/(?:^|(?<=[\s(「]))--?[a-z][a-z-]*/g, ' ')
    .replace(/\b[0-9a-f]{2}(?:[:.\- ][0-9a-f]{2}){5}\b|\b[0-9a-f]{12}\b/gi, ' ')
    .replace(/\b\d+(?:\.\d+)*\.x\b/g, ' ')
    .replace(/\bU\+[0-9A-F]{4,6}\b/g, ' ');
  for (const p of longestFirst([...ALLOWED_PHRASES])) s = s.split(p).join(' ');
  const words = s.match(/[A-Za-z][A-Za-z0-9'_-]*/g) ?? [];
  return words.filter((w) => !ALLOWED_WORDS.has(w) && !extra.has(w) && !/^(?:PA|VM|ASR|E)-?\d/.test(w) && !ALLOWED_WORDS.has(w.replace(/[-_]+$/, '')));
}

/** Every key and enum value of the plan schema (they stay as they are in Japanese text). */
export function schemaVocabulary(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
    if (Array.isArray(o.enum)) for (const e of o.enum) if (typeof e === 'string') out.add(e);
    if (typeof o.const === 'string') out.add(o.const);
    for (const x of Object.values(o)) walk(x);
  };
  walk(readJson('schemas/pocplan.schema.json'));
  return out;
}

/**
 * The plan's own words: every key and scalar of a plan (and of CSV cells given as `extra`), whole
 * and split into words. They may appear in a Japanese document or message as they are.
 */
export function planVocabulary(planText: string, extra: string[] = []): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) { v.forEach(add); return; }
    if (typeof v === 'object') { for (const [k, x] of Object.entries(v as Record<string, unknown>)) { add(k); add(x); } return; }
    const s = String(v);
    out.add(s);
    for (const w of s.split(/[^A-Za-z0-9_'.:/-]+/)) if (w) { out.add(w); out.add(w.replace(/[.:/]+$/, '')); }
  };
  for (const doc of parseAllDocuments(planText)) if (!('empty' in doc)) add(doc.toJS());
  extra.forEach(add);
  return out;
}
