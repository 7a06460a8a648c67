import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'poc.dates-inverted';
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

const INVERTED = variant('end: 2027-02-19', 'end: «2027-01-01»');

describe('poc.dates-inverted', () => {
  it('fires on poc.end when it is before poc.start', () => {
    const [d] = expectAt(INVERTED, CODE, opts);
    assert.deepEqual(d!.data, { start: '2027-01-11' });
    assert.match(d!.message, /The PoC ends \(2027-01-01\) before it starts \(2027-01-11\)/);
  });

  it('relates to poc.start', () => {
    const [d] = expectAt(INVERTED, CODE, opts);
    assert.deepEqual(relatedText(INVERTED, d!), ['2027-01-11']);
  });

  it('stays quiet for ordered or equal dates, and when one is missing', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('end: 2027-02-19', 'end: 2027-01-11'), CODE, opts);
    expectNone(variant('  start: 2027-01-11\n', '', unmark(INVERTED).text), CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(INVERTED).map((d) => d.severity), run(INVERTED).map(() => 'info'));
    const strict = run(INVERTED, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(INVERTED);
  });
});
