import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'license.expires-before-poc-end';
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
