import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.eval-conversion';
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

const EVAL = variant('    iotLicense:\n      type: trial', '    iotLicense:\n      type: «eval»');

describe('license.eval-conversion', () => {
  it('fires on an eval license when the tenant is to be kept', () => {
    const [d] = expectAt(EVAL, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka' });
    assert.match(d!.message, /license of firewall `fw-osaka` is `eval`.*cannot be converted to prod/);
  });

  it('relates to keepAfterPoc', () => {
    const [d] = expectAt(EVAL, CODE, opts);
    assert.deepEqual(relatedText(EVAL, d!), ['true']);
    assert.equal(d!.related[0]!.range.start.line, 12);
  });

  it('stays quiet for trial licenses or when the tenant is not kept', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('keepAfterPoc: true', 'keepAfterPoc: false', unmark(EVAL).text), CODE, opts);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(EVAL).map((d) => d.severity), ['info']);
    assert.deepEqual(run(EVAL, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(EVAL);
  });
});
