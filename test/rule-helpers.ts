/** Helpers shared by the rule tests (test/unit/rules/*.test.ts), bound to one diagnostic code. */
import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../server/src/service';
import { CLEAN_FILES } from './fixtures';
import { check, dedent, unmark } from './helpers';

export function ruleHelpers(code: string) {
  /** The plan text under each related location of `d` (the plan given with «» markers). */
  function relatedText(marked: string, d: PlanDiagnostic): string[] {
    const { text } = unmark(dedent(marked));
    const li = new LineIndex(text);
    return d.related.map((r) => text.slice(li.offsetAt(r.range.start), li.offsetAt(r.range.end)));
  }

  /** This rule's diagnostics for a plan (markers removed) under extra settings. */
  function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
    return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === code);
  }

  /** Japanese messages render completely: no `{placeholder}` left, and the text is Japanese. */
  function assertJapanese(marked: string): void {
    const ds = run(marked, { lang: 'ja' });
    assert.ok(ds.length > 0, 'fires in Japanese too');
    for (const d of ds) {
      for (const m of [d.message, ...d.related.map((r) => r.message)]) assert.doesNotMatch(m, /\{\w+\}/, m);
      assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, d.message);
    }
  }

  return { relatedText, run, assertJapanese };
}
