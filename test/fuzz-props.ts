/**
 * Property-based fuzzing of the language service (fast-check), shared by the fixed-seed run in
 * `npm test` (test/unit/fuzz.test.ts) and the long run in `npm run fuzz` (test/fuzz/).
 *
 * Inputs: the example plans and the clean fixture, with their CSVs, mutated by random edits —
 * insertions of YAML punctuation, control characters, surrogates and lines of other plans,
 * deletions, truncations, duplicated or swapped lines, re-indentation — applied to the plan and to
 * one of its CSVs. Properties, for every input:
 *   1. no exception escapes `service.check`;
 *   2. every diagnostic range (and related range) lies inside its document, plan or CSV;
 *   3. the same text gives the same result, from two fresh services;
 *   4. when the service offers code actions (`codeActions`, `resolveAction`, `fixAll`: feature-
 *      detected, so this property switches itself on when they exist), every action's edits are in
 *      bounds and do not overlap; applied to a document that parses (no `yaml.syntax`), the result
 *      still parses; and it still holds every full-line comment that lay outside the edited ranges;
 *   5. the other editing features (completion, hover, outline, …), where present, never throw.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { createPlanService, mergeSettings, type CheckResult, type PlanService, type Settings } from '../server/src/service';
import { assertRangesInside } from './safety-helpers';

const ROOT = path.resolve(__dirname, '..', '..');
export const WS = 'file:///fuzz/';
export const PLAN_URI = `${WS}plan.pocplan.yaml`;

/** The seed plans: every example and the clean fixture. */
export const SEED_PLANS: ReadonlyArray<{ name: string; text: string }> = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.pocplan.yaml')).sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') })),
  { name: 'clean.pocplan.yaml', text: fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'clean.pocplan.yaml'), 'utf8') },
];

/** The CSVs the seeds reference, by path relative to the plan (both layouts: `x.csv` and `devices/x.csv`). */
export const SEED_CSVS: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(path.join(ROOT, 'examples', 'devices'))) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'devices', f), 'utf8');
    out[f] = text;
    out[`devices/${f}`] = text;
  }
  return out;
})();

const ALL_LINES = SEED_PLANS.flatMap((p) => p.text.split('\n'));

/** Fragments worth inserting: YAML's punctuation and constructs, hostile characters, real lines. */
const FRAGMENTS = [
  '- ', ': ', ':', '[', ']', '{', '}', ',', '&a ', '*a', '&b [*a, *a]', '!!str ', '!custom ', '!!python/object:os.system ',
  '<<: *a', '? ', '|\n', '>-\n', '"', "'", '#', ' # comment', '\n', '\r\n', '\r', '\t', '  ', '---\n', '...\n', '%YAML 1.2\n',
  '\u0000', '\uFFFD', '\uD800', '\uDC00', '\u{1F600}', '\u200B', '\uFEFF', '\u0085', '\u2028', 'ー日本語',
  '# pocplan-disable-next-line ', '# pocplan-disable-next-line schema.enum -- reason\n', 'yes', 'null', '~', '0x1F', '1e999', '-.inf',
  '10.1.20.0/24', '999.1.1.1/33', '2027-02-30', 'PA-450', 'fw-osaka', 'ethernet1/1', 'csv: ../../etc/passwd', 'csv: /etc/passwd',
  'csv: file:///etc/passwd', 'csv: devices/../../x.csv',
];

export type Op =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'indent'; at: number; delta: number }
  | { kind: 'replace-char'; at: number; ch: string };

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: frac, text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...ALL_LINES).map((l) => `${l}\n`), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 8 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 80 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: frac }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), at: frac }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), a: frac, b: frac }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('indent' as const), at: frac, delta: fc.integer({ min: -4, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace-char' as const), at: frac, ch: fc.constantFrom(':', '-', ' ', '\t', '#', '"', '[', '\n', 'x', '0', '\u0000') }) },
);

export function applyOp(text: string, op: Op): string {
  const pos = (f: number): number => Math.floor(f * (text.length + 1));
  const lines = (): string[] => text.split('\n');
  switch (op.kind) {
    case 'insert': { const i = pos(op.at); return text.slice(0, i) + op.text + text.slice(i); }
    case 'delete': { const i = pos(op.at); return text.slice(0, i) + text.slice(i + op.length); }
    case 'truncate': return text.slice(0, pos(op.at));
    case 'duplicate-line': { const ls = lines(); const i = Math.floor(op.at * ls.length); ls.splice(i, 0, ls[i] ?? ''); return ls.join('\n'); }
    case 'swap-lines': { const ls = lines(); const a = Math.floor(op.a * ls.length); const b = Math.floor(op.b * ls.length); [ls[a], ls[b]] = [ls[b] ?? '', ls[a] ?? '']; return ls.join('\n'); }
    case 'indent': {
      const ls = lines(); const i = Math.floor(op.at * ls.length); const l = ls[i] ?? '';
      ls[i] = op.delta >= 0 ? ' '.repeat(op.delta) + l : l.replace(new RegExp(`^ {0,${-op.delta}}`), '');
      return ls.join('\n');
    }
    case 'replace-char': { const i = Math.min(pos(op.at), Math.max(0, text.length - 1)); return text.slice(0, i) + op.ch + text.slice(i + 1); }
  }
}

/** One of the seed plans with one to four operations applied; `label` names the operations. */
export const mutatedPlanArb: fc.Arbitrary<{ text: string; label: string }> = fc
  .tuple(fc.integer({ min: 0, max: SEED_PLANS.length - 1 }), fc.array(opArb, { minLength: 1, maxLength: 4 }))
  .map(([seed, ops]) => ({ text: ops.reduce(applyOp, SEED_PLANS[seed]!.text), label: JSON.stringify(ops).slice(0, 200) }));

export interface FuzzInput { seed: number; ops: Op[]; csvName: string; csvOps: Op[] }

export const inputArb: fc.Arbitrary<FuzzInput> = fc.record({
  seed: fc.integer({ min: 0, max: SEED_PLANS.length - 1 }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 6 }),
  csvName: fc.constantFrom(...Object.keys(SEED_CSVS)),
  csvOps: fc.array(opArb, { maxLength: 3 }),
});

export function materialize(input: FuzzInput): { text: string; files: Map<string, string> } {
  let text = SEED_PLANS[input.seed]!.text;
  for (const op of input.ops) text = applyOp(text, op);
  const files = new Map<string, string>(Object.entries(SEED_CSVS).map(([k, v]) => [WS + k, v]));
  let csv = SEED_CSVS[input.csvName]!;
  for (const op of input.csvOps) csv = applyOp(csv, op);
  files.set(WS + input.csvName, csv);
  return { text, files };
}

function serviceFor(files: Map<string, string>): PlanService {
  return createPlanService({ host: { readFile: (uri) => (uri === PLAN_URI ? undefined : files.get(uri)), workspaceFolder: () => WS } });
}

const SETTINGS: Settings = mergeSettings({});

interface PlanEditLike { edits: Array<{ start: number; end: number; newText: string }> }

/** Edits applied from the end, after checking they are in bounds and do not overlap. */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>, what: string): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = text.length;
  for (const e of sorted) {
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length, `${what}: edit ${e.start}-${e.end} outside 0-${text.length}`);
    assert.ok(e.end <= limit, `${what}: overlapping edits at ${e.start}-${e.end}`);
    limit = e.start;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Full-line comments of `text` that no edit touches. */
function untouchedComments(text: string, edits: ReadonlyArray<{ start: number; end: number }>): string[] {
  const out: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const body = line.replace(/\r$/, '');
    if (/^\s*#/.test(body) && !edits.some((e) => e.start <= end && e.end >= start)) out.push(body.trim());
    start = end + 1;
  }
  return out;
}

function countSyntax(r: CheckResult): number {
  return r.diagnostics.filter((d) => d.code === 'yaml.syntax').length;
}

export interface FuzzOptions {
  /** Which properties to check (all by default): 1-3 `check`, 4 `actions`, 5 `editing`. */
  check?: boolean;
  actions?: boolean;
  editing?: boolean;
  /** Code actions are requested for at most this many diagnostics per input. */
  actionDiagnostics: number;
  /** At most this many offered actions are applied and re-checked per input. */
  actionsApplied: number;
}

export interface FuzzStats { inputs: number; diagnostics: number; actionsApplied: number; codeActionsApi: boolean }

export function newStats(): FuzzStats {
  return { inputs: 0, diagnostics: 0, actionsApplied: 0, codeActionsApi: false };
}

/** Checks every property on one input; throws (an assertion) on the first violation. */
export function checkProperties(input: FuzzInput, opts: FuzzOptions, stats: FuzzStats): void {
  const { text, files } = materialize(input);
  const service = serviceFor(files);
  // 1. No exception escapes (an exception here fails the property with its stack).
  const r = service.check(PLAN_URI, text, SETTINGS);
  stats.inputs++;
  stats.diagnostics += r.diagnostics.length;

  if (opts.check !== false) checkResultProperties(text, files, r);
  if (opts.actions !== false) checkActionProperties(service, text, files, r, opts, stats);
  if (opts.editing !== false) checkEditingProperties(service, text);
}

function checkResultProperties(text: string, files: Map<string, string>, r: CheckResult): void {
  // 2. Ranges inside their documents.
  const docText = (uri: string): string => (uri === PLAN_URI ? text : files.get(uri) ?? '');
  assertRangesInside(text, r.diagnostics, 'plan');
  for (const d of r.diagnostics) {
    assert.equal(d.uri, PLAN_URI);
    assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `plan offsets ${d.code} ${d.start}-${d.end} of ${text.length}`);
    for (const rel of d.related) assertRangesInside(docText(rel.uri), [{ range: rel.range, code: `${d.code} related` }], rel.uri);
  }
  for (const [uri, list] of r.csvDiagnostics) {
    const csv = docText(uri);
    assertRangesInside(csv, list, uri);
    for (const d of list) assert.ok(d.start >= 0 && d.start <= d.end && d.end <= csv.length, `csv offsets ${d.code} ${d.start}-${d.end} of ${csv.length}`);
  }

  // 3. Determinism: a fresh service on the same text gives a deep-equal result.
  assert.deepStrictEqual(serviceFor(files).check(PLAN_URI, text, SETTINGS), r);

}

function checkActionProperties(service: PlanService, text: string, files: Map<string, string>, r: CheckResult, opts: FuzzOptions, stats: FuzzStats): void {
  // 4. Code actions, when the facade has them.
  const api = service as unknown as Partial<{
    codeActions(uri: string, text: string, settings: Settings, req: { start: number; end: number; diagnostics: Array<{ code: string; start: number; end: number; data?: unknown }>; only?: string[] }): Array<{ title: string; edit?: PlanEditLike; data?: unknown }>;
    /** Lazily computed edits (actions offered with `data` instead of `edit`). */
    resolveAction(uri: string, text: string, settings: Settings, data: unknown): PlanEditLike | undefined;
    fixAll(uri: string, text: string, settings: Settings): PlanEditLike | undefined;
  }>;
  if (typeof api.codeActions === 'function') {
    stats.codeActionsApi = true;
    const syntaxBefore = countSyntax(r);
    const requests = r.diagnostics.slice(0, opts.actionDiagnostics).map((d) => ({ start: d.start, end: d.end, diagnostics: [{ code: d.code, start: d.start, end: d.end, ...(d.data !== undefined ? { data: d.data } : {}) }] }));
    requests.push({ start: Math.floor(text.length / 2), end: Math.floor(text.length / 2), diagnostics: [] });
    const offered: Array<{ title: string; edits: Array<{ start: number; end: number; newText: string }> }> = [];
    for (const req of requests) {
      for (const a of api.codeActions(PLAN_URI, text, SETTINGS, req)) {
        const edit = a.edit ?? (a.data !== undefined && typeof api.resolveAction === 'function' ? api.resolveAction(PLAN_URI, text, SETTINGS, a.data) : undefined);
        assert.ok(edit || a.data !== undefined, `action "${a.title}" has neither an edit nor data to resolve one`);
        if (edit) offered.push({ title: a.title, edits: edit.edits });
      }
    }
    const all = typeof api.fixAll === 'function' ? api.fixAll(PLAN_URI, text, SETTINGS) : undefined;
    if (all) offered.push({ title: 'fix all', edits: all.edits });
    for (const a of offered.slice(0, opts.actionsApplied)) {
      const what = `action "${a.title}"`;
      const after = applyEdits(text, a.edits, what);
      const r2 = serviceFor(files).check(PLAN_URI, after, SETTINGS);
      stats.actionsApplied++;
      // "Still parses": a document without YAML errors keeps none. (On a document that is already
      // broken, the parser's recovery makes error counts meaningless; bounds and comments still hold.)
      if (syntaxBefore === 0) assert.equal(countSyntax(r2), 0, `${what} breaks the YAML:\n${r2.diagnostics.filter((d) => d.code === 'yaml.syntax').map((d) => d.message).join('\n')}\n--- edits: ${JSON.stringify(a.edits)}\n--- text before:\n${text}`);
      const have = new Map<string, number>();
      for (const l of after.split(/\r?\n|\r/)) { const k = l.trim(); have.set(k, (have.get(k) ?? 0) + 1); }
      for (const c of untouchedComments(text, a.edits)) {
        const n = have.get(c) ?? 0;
        assert.ok(n > 0, `${what} lost the comment ${JSON.stringify(c)}`);
        have.set(c, n - 1);
      }
    }
  }

}

function checkEditingProperties(service: PlanService, text: string): void {
  // 5. The other editing features, when present, never throw on the same text.
  const ed = service as unknown as Record<string, unknown>;
  const mid = Math.floor(text.length / 2);
  const call = (name: string, ...args: unknown[]): void => { if (typeof ed[name] === 'function') (ed[name] as (...a: unknown[]) => unknown)(...args); };
  call('complete', PLAN_URI, text, SETTINGS, mid);
  call('hover', PLAN_URI, text, SETTINGS, mid);
  call('documentSymbols', PLAN_URI, text, SETTINGS);
  call('foldingRanges', PLAN_URI, text);
  call('selectionRanges', PLAN_URI, text, [0, mid, text.length]);
  call('definition', PLAN_URI, text, mid);
  call('references', PLAN_URI, text, mid, true);
  call('prepareRename', PLAN_URI, text, mid);
  call('inlayHints', PLAN_URI, text, SETTINGS, 0, text.length);
}

/** Runs the properties with fast-check; returns the statistics. */
export function runFuzz(params: { numRuns: number; seed: number; options: FuzzOptions; interruptAfterMs?: number }): FuzzStats {
  const stats = newStats();
  fc.assert(fc.property(inputArb, (input) => { checkProperties(input, params.options, stats); }), {
    numRuns: params.numRuns,
    seed: params.seed,
    ...(params.interruptAfterMs ? { interruptAfterTimeLimit: params.interruptAfterMs, markInterruptAsFailure: false } : {}),
  });
  return stats;
}
