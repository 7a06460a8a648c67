import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.trial-term';
const opts = { files: CLEAN_FILES };

/** The plan text under each related location of `d` (the plan given with «» markers). */
function relatedText(marked: string, d: PlanDiagnostic): string[] {
  const { text } = unmark(dedent(marked));
  const li = new LineIndex(text);
  return d.related.map((r) => text.slice(li.offsetAt(r.range.start), li.offsetAt(r.range.end)));
}

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

const LONG = variant('expires: 2027-03-10', 'expires: «2027-03-13»');

describe('license.trial-term', () => {
  it('fires on a trial/eval expiry more than 60 days after the PoC start', () => {
    const [d] = expectAt(LONG, CODE, opts);
    assert.deepEqual(d!.data, { days: 61, maxDays: 60 });
    assert.match(d!.message, /The `trial` license of firewall `fw-osaka` runs 61 days from the PoC start \(2027-01-11\) to 2027-03-13/);
  });

  it('relates to poc.start', () => {
    const [d] = expectAt(LONG, CODE, opts);
    assert.deepEqual(relatedText(LONG, d!), ['2027-01-11']);
  });

  it('stays quiet up to 60 days and for prod licenses', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('expires: 2027-03-10', 'expires: 2027-03-12'), CODE, opts);
    expectNone(variant('      type: trial', '      type: prod', unmark(LONG).text), CODE, opts);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(LONG).map((d) => d.severity), ['info']);
    assert.deepEqual(run(LONG, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(LONG);
  });
});
