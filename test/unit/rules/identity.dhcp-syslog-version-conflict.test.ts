import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.dhcp-syslog-version-conflict';
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

const MID = variant('method: dhcp-syslog', 'method: «dhcp-syslog»', variant('panos: 11.1.3', 'panos: 10.2.3'));

describe('identity.dhcp-syslog-version-conflict', () => {
  it('fires on dhcp-syslog on PAN-OS 10.2.x, naming both sources', () => {
    const [d] = expectAt(MID, CODE, opts);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', minimum: '11.0' });
    assert.match(d!.message, /2023 PoC blog says 10\.2, the PAN-OS 11\.0 web help lists 11\.0 or later\. Firewall `fw-osaka` runs 10\.2\.3/);
  });

  it('relates to the PAN-OS version', () => {
    const [d] = expectAt(MID, CODE, opts);
    assert.deepEqual(relatedText(MID, d!), ['10.2.3']);
  });

  it('stays quiet from 11.0 on and below 10.2 (an error there)', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 11.0.0'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.1.0'), CODE, opts);
  });

  it('is an added rule: info by default, warning under profile: strict', () => {
    assert.deepEqual(run(MID).map((d) => d.severity), run(MID).map(() => 'info'));
    const strict = run(MID, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'warning');
  });

  it('renders in Japanese', () => {
    assertJapanese(MID);
  });
});
