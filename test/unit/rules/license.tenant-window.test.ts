import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.tenant-window';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

const LATE = variant('prodLicenseDate: 2027-03-01', 'prodLicenseDate: «2027-04-20»');

describe('license.tenant-window', () => {
  it('fires on prodLicenseDate when it is more than 30 days after a trial/eval expiry', () => {
    const [d] = expectAt(LATE, CODE, opts);
    assert.deepEqual(d!.data, { lastDay: '2027-04-09' });
    assert.match(d!.message, /2027-04-20 is 41 days after the `trial` license of firewall `fw-osaka` expires \(2027-03-10\)/);
    assert.match(d!.message, /by 2027-04-09/);
  });

  it('relates to the license expiry it misses', () => {
    const [d] = expectAt(LATE, CODE, opts);
    assert.deepEqual(relatedText(LATE, d!), ['2027-03-10']);
  });

  it('counts exactly 30 days as inside the window', () => {
    expectNone(variant('prodLicenseDate: 2027-03-01', 'prodLicenseDate: 2027-04-09'), CODE, opts);
    expectAt(variant('prodLicenseDate: 2027-03-01', 'prodLicenseDate: «2027-04-10»'), CODE, opts);
  });

  it('stays quiet when the tenant is not kept, or dates are missing, or licenses are prod', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('keepAfterPoc: true', 'keepAfterPoc: false', unmark(LATE).text), CODE, opts);
    expectNone(variant('      expires: 2027-03-10\n', '', unmark(LATE).text), CODE, opts);
    expectNone(`
      pocplan: 1
      tenant: { keepAfterPoc: true, prodLicenseDate: 2028-01-01 }
      firewalls:
        - id: fw
          iotLicense: { type: prod, expires: 2027-01-01 }
    `, CODE);
  });

  it('with several late licenses, relates all and gives the earliest last day', () => {
    const plan = `
      pocplan: 1
      tenant: { keepAfterPoc: true, prodLicenseDate: «2027-06-01» }
      firewalls:
        - id: fw-a
          iotLicense: { type: trial, expires: 2027-03-10 }
        - id: fw-b
          iotLicense: { type: eval, expires: 2027-02-01 }
        - id: fw-c
          iotLicense: { type: trial, expires: 2027-05-20 }
    `;
    const [d] = expectAt(plan, CODE);
    assert.deepEqual(d!.data, { lastDay: '2027-03-03' });
    assert.deepEqual(relatedText(plan, d!), ['2027-03-10', '2027-02-01']);
    assert.match(d!.message, /for 2 licenses; the earliest, the `eval` license of firewall `fw-b`, expires 2027-02-01/);
  });

  it('renders in Japanese', () => {
    assertJapanese(LATE);
  });
});
