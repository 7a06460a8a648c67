import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'zone.device-id-disabled';
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

const OFF = variant('deviceId: true\n        multicastFirewalling: true', 'deviceId: «false»\n        multicastFirewalling: true');

describe('zone.device-id-disabled', () => {
  it('fires on deviceId: false of a traffic interface that an enforcing segment uses', () => {
    const [d] = expectAt(OFF, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/1', firewall: 'fw-osaka' });
    assert.match(d!.message, /Device-ID is off on interface `ethernet1\/1` of `fw-osaka` \(zone `iot`\), but segments that enforce policy pass through it \(`p2-cameras`\)/);
  });

  it('reports once per interface, relating to each enforcing segment', () => {
    const plan = variant('        enforce: false', '        enforce: true', OFF);
    const [d] = expectAt(plan, CODE, opts);
    assert.deepEqual(relatedText(plan, d!), ['enforce: true', 'enforce: true']);
    assert.match(d!.related[1]!.message, /p3-printers/);
  });

  it('says so when the interface has no zone', () => {
    const [d] = expectAt(variant('        zone: iot\n', '', OFF), CODE, opts);
    assert.match(d!.message, /give the interface a zone/);
  });

  it('stays quiet without enforcement, with Device-ID on, or when deviceId is absent', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(OFF).text.split('enforce: true').join('enforce: false'), CODE, opts);
    expectNone(variant('        deviceId: true\n        multicastFirewalling', '        multicastFirewalling'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OFF);
  });
});
