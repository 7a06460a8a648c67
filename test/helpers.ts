/**
 * Test helpers: inline plans with range markers. Write «text» around the span a diagnostic must
 * cover (the markers are removed before checking); `|` is not special, so YAML stays readable.
 */
import * as assert from 'node:assert/strict';
import { createPlanService, mergeSettings, type CheckResult, type PartialSettings, type PlanDiagnostic } from '../server/src/service';

export const WS = 'file:///ws/';
export const PLAN_URI = `${WS}plan.pocplan.yaml`;

/** Removes common indentation so plans can be written indented inside test code. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface Marked { text: string; ranges: Array<{ start: number; end: number }> }

export function unmark(marked: string): Marked {
  const ranges: Array<{ start: number; end: number }> = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '«') { open = text.length; continue; }
    if (ch === '»') { ranges.push({ start: open, end: text.length }); continue; }
    text += ch;
  }
  return { text, ranges };
}

export interface CheckOpts { files?: Record<string, string>; settings?: PartialSettings; uri?: string }

/** Checks a plan held in memory; `files` are other files of the workspace, by path relative to it. */
export function check(text: string, opts: CheckOpts = {}): CheckResult {
  const files = new Map(Object.entries(opts.files ?? {}).map(([k, v]) => [WS + k, v]));
  const service = createPlanService({
    host: { readFile: (uri) => files.get(uri), workspaceFolder: () => WS },
  });
  return service.check(opts.uri ?? PLAN_URI, text, mergeSettings(opts.settings));
}

/** Codes of the diagnostics, sorted, optionally only at or above a severity. */
export function codes(diags: PlanDiagnostic[], minSeverity: 'error' | 'warning' | 'info' | 'hint' = 'hint'): string[] {
  const order = ['error', 'warning', 'info', 'hint'];
  return diags.filter((d) => order.indexOf(d.severity) <= order.indexOf(minSeverity)).map((d) => d.code).sort();
}

/**
 * Asserts that `code` fires exactly on the «marked» spans of `marked` (and nowhere else), and
 * returns those diagnostics.
 */
export function expectAt(marked: string, code: string, opts: CheckOpts = {}): PlanDiagnostic[] {
  const { text, ranges } = unmark(dedent(marked));
  const result = check(text, opts);
  const got = result.diagnostics.filter((d) => d.code === code);
  const show = (r: { start: number; end: number }): string => `${r.start}-${r.end} ${JSON.stringify(text.slice(r.start, r.end))}`;
  assert.deepEqual(got.map(show).sort(), ranges.map(show).sort(), `ranges of ${code}; all: ${result.diagnostics.map((d) => d.code).join(', ')}`);
  return got;
}

/** Asserts that `code` does not fire. */
export function expectNone(text: string, code: string, opts: CheckOpts = {}): void {
  const result = check(dedent(text), opts);
  const got = result.diagnostics.filter((d) => d.code === code);
  assert.deepEqual(got.map((d) => `${d.code}: ${d.message}`), [], `${code} should stay quiet`);
}
