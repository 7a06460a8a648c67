import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'poc.observation-short';
const opts = { files: CLEAN_FILES };

/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
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

const SHORT = variant('observationDays: 14', 'observationDays: «1»');

describe('poc.observation-short', () => {
  it('fires on observationDays below 2', () => {
    const [d] = expectAt(SHORT, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { min: 2 });
    assert.match(d!.message, /`observationDays: 1` is too short: allow at least 2 days/);
    expectAt(variant('observationDays: 14', 'observationDays: «0»'), CODE, opts);
  });

  it('stays quiet from 2 days on, and when absent or not a number', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('observationDays: 14', 'observationDays: 2'), CODE, opts);
    expectNone(variant('  observationDays: 14\n', ''), CODE, opts);
    expectNone(variant('observationDays: 14', 'observationDays: one'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(SHORT);
  });
});
