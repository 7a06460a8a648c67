import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'firewall.sku-type-mismatch';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

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
