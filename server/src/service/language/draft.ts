/**
 * A draft of a plan that an action changes step by step. Each step is a toolkit operation on the
 * draft's current text (re-parsed after every step, so offsets never go stale); the result is the
 * minimal set of edits between the original text and the final one, found by a line diff refined
 * to words — comments and layout outside the changed words are never part of an edit.
 */
import { buildModel, type PlanModel } from '../model';
import { applyEdits, detectStyle, type CreateFile, type EditDoc, type EditStyle, type PlanEdit, type TextEdit } from '../edit';
import { parseYaml } from '../parse';
import { LineIndex } from '../text';
import type { YNode } from '../tree';

export class Draft {
  readonly original: string;
  readonly style: EditStyle;
  private current: string;
  private parsed: { doc: EditDoc; model: PlanModel } | undefined;
  private readonly creates: CreateFile[] = [];
  private readonly steps: Array<readonly TextEdit[]> = [];

  /** `root` and `model`, when given, are the parse of `text` (saves parsing it again). */
  constructor(text: string, root?: YNode | null, model?: PlanModel) {
    this.original = text;
    this.current = text;
    const r = root === undefined ? parseYaml(text).root : root;
    const lines = new LineIndex(text);
    this.style = detectStyle(text, r, lines);
    if (root !== undefined) this.parsed = { doc: { text, lines, root: r, style: this.style }, model: model ?? buildModel(r) };
  }

  get text(): string { return this.current; }

  private get state(): { doc: EditDoc; model: PlanModel } {
    if (!this.parsed) {
      const root = parseYaml(this.current).root;
      this.parsed = { doc: { text: this.current, lines: new LineIndex(this.current), root, style: this.style }, model: buildModel(root) };
    }
    return this.parsed;
  }

  /** The toolkit's view of the current text. */
  get doc(): EditDoc { return this.state.doc; }
  /** The plan model of the current text. */
  get model(): PlanModel { return this.state.model; }

  /** Applies edits computed on the current text. */
  apply(edits: readonly TextEdit[]): this {
    if (!edits.length) return this;
    this.steps.push(edits);
    this.current = applyEdits(this.current, edits);
    this.parsed = undefined;
    return this;
  }

  /** Runs an operation on the current state and applies its edits. */
  run(op: (doc: EditDoc, model: PlanModel) => readonly TextEdit[]): this {
    return this.apply(op(this.doc, this.model));
  }

  createFile(uri: string, text: string): this {
    if (!this.creates.some((c) => c.uri === uri)) this.creates.push({ uri, text });
    return this;
  }

  get changed(): boolean { return this.current !== this.original || this.creates.length > 0; }

  toEdit(): PlanEdit {
    // One step's edits are already minimal and relative to the original: no need to diff.
    const edits = this.steps.length === 1 ? [...this.steps[0]!] : diffEdits(this.original, this.current);
    return this.creates.length ? { edits, createFiles: [...this.creates] } : { edits };
  }
}

function splitLines(text: string): string[] {
  const out: string[] = [];
  const re = /[^\n]*\n|[^\n]+$/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) out.push(m[0]);
  return out;
}

const WORD = /[A-Za-z0-9_.\-/]/;

/** Grows a shared prefix/suffix back to a word boundary so an edit replaces whole words. */
function trimCommon(a: string, b: string): { pre: number; suf: number } {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  while (pre > 0 && WORD.test(a[pre - 1]!) && ((pre < a.length && WORD.test(a[pre]!)) || (pre < b.length && WORD.test(b[pre]!)))) pre--;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  while (suf > 0 && WORD.test(a[a.length - suf]!) && ((a.length - suf - 1 >= pre && WORD.test(a[a.length - suf - 1]!)) || (b.length - suf - 1 >= pre && WORD.test(b[b.length - suf - 1]!)))) suf--;
  return { pre, suf };
}

interface Hunk { a0: number; a1: number; b0: number; b1: number }

function lineHunks(A: string[], B: string[]): Hunk[] {
  const n = A.length; const m = B.length;
  if (n * m > 400_000) return [{ a0: 0, a1: n, b0: 0, b1: m }];
  const dp: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = A[i] === B[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const hunks: Hunk[] = [];
  let i = 0; let j = 0; let open: Hunk | undefined;
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j]) { if (open) { hunks.push(open); open = undefined; } i++; j++; continue; }
    open ??= { a0: i, a1: i, b0: j, b1: j };
    if (j < m && (i >= n || dp[i]![j + 1]! >= dp[i + 1]![j]!)) { j++; open.b1 = j; } else { i++; open.a1 = i; }
  }
  if (open) hunks.push(open);
  return hunks;
}

/** Minimal edits that turn `a` into `b`: changed lines, narrowed to the changed words. */
export function diffEdits(a: string, b: string): TextEdit[] {
  if (a === b) return [];
  const la = splitLines(a); const lb = splitLines(b);
  let p = 0;
  while (p < la.length && p < lb.length && la[p] === lb[p]) p++;
  let s = 0;
  while (s < la.length - p && s < lb.length - p && la[la.length - 1 - s] === lb[lb.length - 1 - s]) s++;
  const offsets: number[] = [0];
  for (const l of la) offsets.push(offsets[offsets.length - 1]! + l.length);
  const edits: TextEdit[] = [];
  for (const h of lineHunks(la.slice(p, la.length - s), lb.slice(p, lb.length - s))) {
    const start = offsets[p + h.a0]!; const end = offsets[p + h.a1]!;
    const oldText = a.slice(start, end);
    const newText = lb.slice(p + h.b0, p + h.b1).join('');
    const { pre, suf } = trimCommon(oldText, newText);
    edits.push({ start: start + pre, end: end - suf, newText: newText.slice(pre, newText.length - suf) });
  }
  return edits;
}
