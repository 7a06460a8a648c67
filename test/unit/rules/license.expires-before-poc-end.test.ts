import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.expires-before-poc-end';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const EARLY = variant('expires: 2027-03-10', 'expires: «2027-02-10»');

describe('license.expires-before-poc-end', () => {
  it('fires on expires when the license ends before the PoC', () => {
    const [d] = expectAt(EARLY, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { pocEnd: '2027-02-19' });
    assert.match(d!.message, /`trial` IoT Security license of firewall `fw-osaka` expires 2027-02-10, 9 days before the PoC ends \(2027-02-19\)/);
    assert.match(d!.message, /30-day steps/);
  });

  it('relates to poc.end', () => {
    const [d] = expectAt(EARLY, CODE, opts);
    assert.deepEqual(relatedText(EARLY, d!), ['2027-02-19']);
  });

  it('applies to every license type (prod: no extension advice)', () => {
    const plan = `
      pocplan: 1
      poc: { start: 2027-01-01, end: 2027-03-01 }
      firewalls:
        - id: fw
          iotLicense: { type: prod, expires: «2027-02-01» }
    `;
    const [d] = expectAt(plan, CODE);
    assert.doesNotMatch(d!.message, /30-day/);
  });

  it('stays quiet when the license lasts to the end of the PoC, or dates are missing', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('expires: 2027-03-10', 'expires: 2027-02-19'), CODE, opts);
    expectNone(variant('  end: 2027-02-19\n', '', unmark(EARLY).text), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(EARLY);
  });
});
