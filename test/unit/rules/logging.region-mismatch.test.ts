import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'logging.region-mismatch';
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

const US = variant('enhancedApplicationLogs: true\n      region: japan', 'enhancedApplicationLogs: true\n      region: «americas»');

describe('logging.region-mismatch', () => {
  it('fires on logging.region when it differs from the tenant region', () => {
    const [d] = expectAt(US, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { region: 'japan' });
    assert.match(d!.message, /Firewall `fw-osaka` logs to Strata Logging Service region `americas`, but the IoT Security tenant is in region `japan`/);
    assert.match(d!.message, /inference/);
  });

  it('relates to the tenant region', () => {
    const [d] = expectAt(US, CODE, opts);
    assert.deepEqual(relatedText(US, d!), ['japan']);
    assert.equal(d!.related[0]!.range.start.line, 11);
  });

  it('ignores case, and stays quiet when either region is missing', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('enhancedApplicationLogs: true\n      region: japan', 'enhancedApplicationLogs: true\n      region: Japan'), CODE, opts);
    expectNone(variant('  region: japan\n  keepAfterPoc', '  keepAfterPoc', unmark(US).text), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(US);
  });
});
