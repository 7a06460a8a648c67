import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'firewall.sku-type-mismatch';
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

const E60 = variant('sku: PAN-PA-450', 'sku: «PAN-PA-450-E60»');

describe('firewall.sku-type-mismatch', () => {
  it('fires on the SKU when its suffix disagrees with the type', () => {
    const [d] = expectAt(E60, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { expectedType: 'eval' });
    assert.match(d!.message, /SKU `PAN-PA-450-E60` denotes firewall type `eval`.*firewall `fw-osaka` has `type: prod`/);
  });

  it('relates to the declared type', () => {
    const [d] = expectAt(E60, CODE, opts);
    assert.deepEqual(relatedText(E60, d!), ['prod']);
  });

  it('reads -LAB as lab and a bare model as prod', () => {
    const [lab] = expectAt(variant('sku: PAN-PA-450', 'sku: «PAN-PA-450-LAB»'), CODE, opts);
    assert.deepEqual(lab!.data, { expectedType: 'lab' });
    const [prod] = expectAt(variant('type: prod\n    panos', 'type: lab\n    panos', variant('sku: PAN-PA-450', 'sku: «PAN-PA-450»')), CODE, opts);
    assert.deepEqual(prod!.data, { expectedType: 'prod' });
  });

  it('stays quiet when SKU and type agree, for nfr, and without a type or SKU', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('type: prod\n    panos', 'type: eval\n    panos', unmark(E60).text), CODE, opts);
    expectNone(variant('type: prod\n    panos', 'type: nfr\n    panos', unmark(E60).text), CODE, opts);
    expectNone(variant('    type: prod\n', '', unmark(E60).text), CODE, opts);
    expectNone(variant('    sku: PAN-PA-450\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(E60);
  });
});
