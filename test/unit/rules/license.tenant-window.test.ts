import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.tenant-window';
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
