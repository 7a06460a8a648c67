import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'logging.region-mismatch';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

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
