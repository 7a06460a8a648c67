/**
 * "Close the class" for quick fixes (issue #13): a fix either does what its title says or says in
 * its title what it leaves, and never destroys anything. For every diagnostic of a plan, every
 * quick fix it offers, applied alone, must
 *   1. leave a plan that parsed still parsing (no `yaml.syntax`, no error from the `yaml` library);
 *   2. keep every comment outside its edits (full-line and trailing comments alike);
 *   3. remove its diagnostic — unless the fix says it does not (`Fix.keepsDiagnostic`, which the
 *      title must say too: a stub to fill in, a placeholder to replace);
 *   4. add no error and no warning (checked under `profile: strict`, where the rules added after
 *      the contract are errors and warnings too; an error or warning after the fix is new unless
 *      one of the same code was there before, with the same message or over the same span; a fix
 *      that renames a misspelt key, `Fix.reveals`, makes its value count: findings on that pair
 *      are the plan's).
 * 3 and 4 hold on plans that parse; on a broken plan the parser's recovery decides what the rest
 * of the file means, and a fix that repairs the break reveals what it hid.
 * And *Fix all* (source.fixAll.pocplan) must hold 1, 2 and 4, and remove at least one diagnostic.
 *
 * Inputs: every plan of test/fixtures/ and examples/ (with their CSV lists), and fast-check
 * mutations of them. Used by test/unit/fix-props.test.ts (fixed seed, in npm test) and by the long
 * run in test/fuzz/ (npm run fuzz).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { createPlanService, LineIndex, mergeSettings, type PlanDiagnostic, type PlanService, type Settings } from '../server/src/service';
import type { PlanEdit } from '../server/src/service/edit';
import type { YNode } from '../server/src/service/tree';
import { CLEAN_FILES } from './fixtures';
import { applyOp, opArb } from './fuzz-props';

const ROOT = path.resolve(__dirname, '..', '..');
export const WS = 'file:///props/';
export const PLAN_URI = `${WS}plan.pocplan.yaml`;

function plansUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (!(e.name === 'examples' && path.basename(d) === 'editor')) walk(p); } // the editor suite's generated copies
      else if (/\.pocplan\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every fixture and example plan, by path relative to the repository. */
export const PROP_SEEDS: ReadonlyArray<{ name: string; text: string }> = [
  ...plansUnder(path.join(ROOT, 'test', 'fixtures')),
  ...plansUnder(path.join(ROOT, 'examples')),
].map((p) => ({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') }));

/** Every CSV beside them, by file name and under `devices/` (the layouts the plans use). */
export const PROP_FILES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  // The examples name `devices/x.csv`; the fixtures name `x.csv` beside them (test/fixtures.ts).
  const dir = (d: string): string[] => fs.readdirSync(d).filter((f) => f.endsWith('.csv')).sort();
  for (const f of dir(path.join(ROOT, 'examples', 'devices'))) m.set(`${WS}devices/${f}`, fs.readFileSync(path.join(ROOT, 'examples', 'devices', f), 'utf8'));
  for (const f of dir(path.join(ROOT, 'test', 'fixtures', 'render'))) m.set(`${WS}${f}`, fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'render', f), 'utf8'));
  for (const [f, text] of Object.entries(CLEAN_FILES)) m.set(`${WS}${f}`, text);
  return m;
})();

export const STRICT: Settings = mergeSettings({ profile: 'strict' });

function serviceFor(files: ReadonlyMap<string, string>): PlanService {
  return createPlanService({ host: { readFile: (u) => (u === PLAN_URI ? undefined : files.get(u)), workspaceFolder: () => WS } });
}

/** A violation of one property by one fix. */
export interface Violation {
  property: 'yaml' | 'comments' | 'removes' | 'adds';
  code: string;
  title: string;
  detail: string;
}

export interface PropStats { plans: number; diagnostics: number; fixes: number; fixAll: number; exceptions: Map<string, number> }

export function newPropStats(): PropStats {
  return { plans: 0, diagnostics: 0, fixes: 0, fixAll: 0, exceptions: new Map() };
}

/**
 * A fix that is known to break a property and is owned by another change (named, with its reason).
 * `matches` gets the violation; a matching violation is counted, not reported.
 */
export interface KnownException { name: string; matches(v: Violation): boolean }

/** Edits applied from the end (the service's edits never overlap; a fix with overlapping edits throws). */
export function applyPlanEdit(text: string, edit: PlanEdit): string {
  const sorted = [...edit.edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = text.length;
  for (const e of sorted) {
    if (e.start < 0 || e.end > limit || e.start > e.end) throw new Error(`edit ${e.start}-${e.end} out of bounds or overlapping (limit ${limit})`);
    limit = e.start;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Where offset `o` of the old text lies in the new one (inside an edit: that edit's start, or its new end for `end`). */
function mapOffset(edit: PlanEdit, o: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of [...edit.edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= o && !(e.start === e.end && e.start === o && side === 'start')) { delta += e.newText.length - (e.end - e.start); continue; }
    if (e.start < o || (e.start === o && e.end > o)) return e.start + delta + (side === 'end' ? e.newText.length : 0);
    break;
  }
  return o + delta;
}

interface Comment { start: number; end: number; text: string }

/** The innermost list item that holds `offset` (a firewall, an interface, a segment…). */
function listItemAt(root: YNode | null, offset: number): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  let n: YNode | null | undefined = root;
  for (let depth = 0; n && depth < 200; depth++) {
    if (n.kind === 'map') n = n.pairs.find((p) => offset >= p.start && offset <= p.end)?.value;
    else if (n.kind === 'seq') { const it = n.items.find((x) => x && offset >= x.start && offset <= x.end); if (it) found = { start: it.start, end: it.end }; n = it; }
    else break;
  }
  return found;
}

/** The span of the pair whose key starts at `offset`, anywhere in the tree. */
function pairSpanAt(root: YNode | null, offset: number): { start: number; end: number } | undefined {
  const stack: Array<YNode | null | undefined> = [root];
  while (stack.length) {
    const n = stack.pop();
    if (!n) continue;
    if (n.kind === 'map') for (const p of n.pairs) { if (p.key.start === offset) return { start: p.start, end: p.end }; stack.push(p.value); }
    else if (n.kind === 'seq') stack.push(...n.items);
  }
  return undefined;
}

/** The comments of a plan: `#` at a line's start or after a blank, outside every scalar. */
export function commentsOf(text: string, root: YNode | null): Comment[] {
  const scalars: Array<[number, number]> = [];
  const walk = (n: YNode | null | undefined, depth: number): void => {
    if (!n || depth > 200) return;
    if (n.kind === 'scalar') { if (n.end > n.start) scalars.push([n.start, n.end]); }
    else if (n.kind === 'map') for (const p of n.pairs) { walk(p.key, depth + 1); walk(p.value, depth + 1); }
    else if (n.kind === 'seq') for (const it of n.items) walk(it, depth + 1);
  };
  walk(root, 0);
  scalars.sort((a, b) => a[0] - b[0]);
  const inScalar = (o: number): boolean => {
    let lo = 0; let hi = scalars.length - 1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; const [a, b] = scalars[mid]!; if (o < a) hi = mid - 1; else if (o >= b) lo = mid + 1; else return true; }
    return false;
  };
  const out: Comment[] = [];
  const re = /(^|[ \t])#[^\r\n]*/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1]!.length;
    if (inScalar(start)) { re.lastIndex = start + 1; continue; }
    out.push({ start, end: m.index + m[0].length, text: m[0].slice(m[1]!.length).trimEnd() });
  }
  return out;
}

/** A message with the names and numbers it quotes blanked out: what kind of problem it states. */
const shape = (message: string): string => message.replace(/`[^`]*`/g, '`·`').replace(/\d+/g, '0');
const loud = (d: PlanDiagnostic): boolean => d.severity === 'error' || d.severity === 'warning';

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/** Errors of the `yaml` library itself; a lone CR is a line break, as YAML 1.2 and the plan parser (parse.ts) read it. */
function yamlErrors(text: string): number {
  try { return parseDocument(text.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: false, prettyErrors: false }).errors.length; } catch { return 1; }
}

interface Before { text: string; files: ReadonlyMap<string, string>; diagnostics: PlanDiagnostic[]; syntaxOk: boolean; comments: Comment[] }

/** The properties 1, 2 and 4 of one edit (and 3 when `fixed` names the diagnostic it claims). */
function judge(b: Before, edit: PlanEdit, what: { code: string; title: string }, fixed: PlanDiagnostic | undefined, keeps: boolean, reveals = false): { violations: Violation[]; after: PlanDiagnostic[] } {
  const violations: Violation[] = [];
  const v = (property: Violation['property'], detail: string): void => { violations.push({ property, code: what.code, title: what.title, detail }); };
  let text: string;
  try { text = applyPlanEdit(b.text, edit); } catch (e) { v('yaml', String(e)); return { violations, after: [] }; }
  const files = new Map(b.files);
  for (const c of edit.createFiles ?? []) files.set(c.uri, c.text);
  const after = serviceFor(files).check(PLAN_URI, text, STRICT).diagnostics;

  if (b.syntaxOk) {
    const syntax = after.filter((d) => d.code === 'yaml.syntax');
    if (syntax.length || yamlErrors(text)) v('yaml', `the plan no longer parses: ${syntax.map((d) => d.message).join('; ') || 'yaml library error'}`);
  }

  // 2. Comments outside the edits: the text of each still in the file, as many times as before.
  // (Looked for as text: on a broken plan the parser may read the same line differently after.)
  const need = new Map<string, number>();
  for (const c of b.comments) {
    if (edit.edits.some((e) => e.start <= c.end && c.start <= e.end)) continue; // in or touching an edit: the fix may rewrite it
    need.set(c.text, (need.get(c.text) ?? 0) + 1);
  }
  for (const [c, n] of need) if (occurrences(text, c) < n) v('comments', `lost the comment ${JSON.stringify(c)}`);

  // 3 and 4 compare findings, which only mean something on a plan that parses: on a broken one the
  // parser's recovery decides what the rest of the file is, and a fix that repairs it reveals
  // everything the break hid.
  if (!b.syntaxOk) return { violations, after };

  // 3. Its diagnostic is gone: none of the same code over the same (mapped) span, with the same
  // message, or at exactly that span when it was the only one of its code there.
  if (fixed && !keeps) {
    const ms = mapOffset(edit, fixed.start, 'start');
    const me = mapOffset(edit, fixed.end, 'end');
    const alone = !b.diagnostics.some((x) => x !== fixed && x.code === fixed.code && x.start === fixed.start && x.end === fixed.end);
    const same = (x: PlanDiagnostic): boolean => x.code === fixed.code && x.message === fixed.message;
    // A twin elsewhere (a duplicated key reported twice) may move onto the span: count them.
    const fewer = after.filter(same).length < b.diagnostics.filter(same).length;
    const left = after.find((a) => a.code === fixed.code && a.start <= me && ms <= a.end && ((same(a) && !fewer) || (alone && a.start === ms && a.end === me && !same(a))));
    if (left) v('removes', `its diagnostic is still there: ${left.message}`);
  }

  // 4. No new error or warning: each loud diagnostic after is matched to one before of the same
  // code — the same message, or (a message that changed with the edit) over the same mapped span.
  // Or, for a finding that moved with its subject (a segment's id added: the finding now sits on
  // the id, not the first key), one of the same code and the same message but for the names it
  // quotes, in the same list item (another problem of the same code there is still new).
  const afterRoot = serviceFor(files).parse(PLAN_URI, text).root;
  const pool = b.diagnostics.filter(loud);
  const unmatched = after.filter(loud).filter((a) => {
    let i = pool.findIndex((x) => x.code === a.code && x.message === a.message);
    if (i < 0) i = pool.findIndex((x) => x.code === a.code && a.start <= mapOffset(edit, x.end, 'end') && mapOffset(edit, x.start, 'start') <= a.end);
    if (i < 0) {
      const item = listItemAt(afterRoot, a.start);
      if (item) i = pool.findIndex((x) => x.code === a.code && shape(x.message) === shape(a.message) && mapOffset(edit, x.start, 'start') >= item.start && mapOffset(edit, x.start, 'start') <= item.end);
    }
    if (i < 0) return true;
    pool.splice(i, 1);
    return false;
  });
  // A renamed key's value counts from now on (`Fix.reveals`): findings on that pair are the plan's.
  const renamed = reveals && fixed ? pairSpanAt(afterRoot, mapOffset(edit, fixed.start, 'start')) : undefined;
  const lines = new LineIndex(text);
  const onRenamed = (a: PlanDiagnostic): boolean => !!renamed && [{ start: a.start, end: a.end }, ...a.related.filter((r) => r.uri === PLAN_URI).map((r) => ({ start: lines.offsetAt(r.range.start), end: lines.offsetAt(r.range.end) }))]
    .some((r) => r.start >= renamed.start && r.end <= renamed.end);
  for (const a of unmatched) if (!onRenamed(a)) v('adds', `adds ${a.code}: ${a.message}`);
  return { violations, after };
}

/** Runs every property on one plan text; returns the violations not covered by `known`. */
export function checkFixProperties(text: string, known: readonly KnownException[], stats: PropStats, opts: { maxDiagnostics?: number } = {}): Violation[] {
  const service = serviceFor(PROP_FILES);
  const r = service.check(PLAN_URI, text, STRICT);
  const parsed = service.parse(PLAN_URI, text);
  const b: Before = {
    text, files: PROP_FILES, diagnostics: r.diagnostics,
    syntaxOk: !r.diagnostics.some((d) => d.code === 'yaml.syntax') && yamlErrors(text) === 0,
    comments: commentsOf(text, parsed.root),
  };
  stats.plans++;
  const out: Violation[] = [];
  const keep = (vs: Violation[]): void => {
    for (const x of vs) {
      const k = known.find((e) => e.matches(x));
      if (k) stats.exceptions.set(k.name, (stats.exceptions.get(k.name) ?? 0) + 1);
      else out.push(x);
    }
  };
  for (const d of r.diagnostics.slice(0, opts.maxDiagnostics ?? Infinity)) {
    stats.diagnostics++;
    const actions = service.codeActions(PLAN_URI, text, STRICT, { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] });
    for (const a of actions) {
      if (!a.edit) continue;
      stats.fixes++;
      keep(judge(b, a.edit, { code: d.code, title: a.title }, d, a.keepsDiagnostic === true, a.reveals === true).violations);
    }
  }
  const all = service.fixAll(PLAN_URI, text, STRICT);
  if (all) {
    stats.fixAll++;
    const { violations, after } = judge(b, all, { code: 'source.fixAll.pocplan', title: 'Fix all' }, undefined, true);
    keep(violations);
    if (b.syntaxOk && after.length >= r.diagnostics.length && !violations.length) keep([{ property: 'removes', code: 'source.fixAll.pocplan', title: 'Fix all', detail: `fixes nothing: ${r.diagnostics.length} diagnostics before, ${after.length} after` }]);
  }
  return out;
}

/** One of the seeds with one to three mutations (test/fuzz-props.ts operations). */
export const mutatedSeedArb: fc.Arbitrary<{ text: string; label: string }> = fc
  .tuple(fc.integer({ min: 0, max: PROP_SEEDS.length - 1 }), fc.array(opArb, { minLength: 1, maxLength: 3 }))
  .map(([seed, ops]) => ({ text: ops.reduce(applyOp, PROP_SEEDS[seed]!.text), label: `${PROP_SEEDS[seed]!.name} + ${JSON.stringify(ops).slice(0, 300)}` }));

/** A readable list of violations, one per line. */
export function describeViolations(vs: readonly Violation[]): string {
  return vs.map((v) => `  [${v.property}] ${v.code} — "${v.title}": ${v.detail}`).join('\n');
}
