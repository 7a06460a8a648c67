import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.incompatible';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const EVAL_ON_PROD = variant('    iotLicense:\n      type: trial', '    iotLicense:\n      type: «eval»');
const LAB_ON_PROD = variant('    iotLicense:\n      type: trial', '    iotLicense:\n      type: «lab»');

describe('license.incompatible', () => {
  it('fires on the license type when the matrix does not allow it on the firewall type', () => {
    expectAt(EVAL_ON_PROD, CODE, opts);
    expectAt(LAB_ON_PROD, CODE, opts);
  });

  it('says it without articles before type names and names the reading and its source', () => {
    const [d] = expectAt(EVAL_ON_PROD, CODE, opts);
    assert.match(d!.message, /^`eval` IoT Security licenses are not allowed on `prod` firewalls under the strict reading/);
    assert.doesNotMatch(d!.message, /\ba eval\b|\ban? `?(eval|prod|lab|trial|nfr)`? (firewall|license)/);
    assert.match(d!.message, /blog\/2023\/09\/iot-security-poc/);
    assert.match(d!.message, /Device Associations table \(2026\) allows it/);
    const [lab] = expectAt(LAB_ON_PROD, CODE, opts);
    assert.match(lab!.message, /^`lab` IoT Security licenses are not allowed on `prod` firewalls.*Source: https:\/\/docs\.paloaltonetworks\.com/);
  });

  it('carries the allowed licenses and the firewall types this license fits', () => {
    const [d] = expectAt(EVAL_ON_PROD, CODE, opts);
    assert.deepEqual(d!.data, { allowed: ['trial', 'prod'], firewallType: 'prod', license: 'eval', firewallTypes: ['eval'] });
    const [lab] = expectAt(LAB_ON_PROD, CODE, opts);
    assert.deepEqual(lab!.data, { allowed: ['trial', 'prod'], firewallType: 'prod', license: 'lab', firewallTypes: ['lab'] });
  });

  it('relates the finding to the firewall type', () => {
    const [d] = expectAt(EVAL_ON_PROD, CODE, opts);
    assert.deepEqual(relatedText(EVAL_ON_PROD, d!), ['prod']);
  });

  it('stays quiet for allowed pairs and under the device-associations reading for eval', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(EVAL_ON_PROD).text, CODE, { ...opts, settings: { licenseMatrix: 'device-associations' } });
    expectNone(variant('type: prod\n    panos', 'type: eval\n    panos', unmark(EVAL_ON_PROD).text), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(EVAL_ON_PROD);
    assertJapanese(LAB_ON_PROD);
  });
});
