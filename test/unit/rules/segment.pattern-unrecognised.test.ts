import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'segment.pattern-unrecognised';
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

const PLAN = `
  pocplan: 1
  sites:
    - id: s
      segments:
        - id: a
          identity: { method: dhcp-syslog, firewall: fw }
          traffic: { method: «mirror», firewall: fw, interface: e7 }
`;

describe('segment.pattern-unrecognised', () => {
  it('fires on the traffic method when the combination is none of the six patterns', () => {
    const [d] = expectAt(PLAN, CODE);
    assert.deepEqual(d!.data, { identity: 'dhcp-syslog', traffic: 'mirror' });
    assert.match(d!.message, /Segment `a` combines `dhcp-syslog` identity with `mirror` traffic/);
  });

  it('relates to the identity method', () => {
    const [d] = expectAt(PLAN, CODE);
    assert.deepEqual(relatedText(PLAN, d!), ['dhcp-syslog']);
  });

  it('stays quiet for the six patterns and when a method is missing or invalid', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(unmark(PLAN).text.replace('dhcp-syslog', 'csv'), CODE);
    expectNone(unmark(PLAN).text.replace('dhcp-syslog', 'carrier-pigeon'), CODE);
    expectNone(unmark(PLAN).text.replace(/ +identity:.*\n/, ''), CODE);
  });

  it('is an added rule that stays info, even under profile: strict', () => {
    assert.deepEqual(run(PLAN).map((d) => d.severity), ['info']);
    assert.deepEqual(run(PLAN, { profile: 'strict' }).map((d) => d.severity), ['info']);
  });

  it('renders in Japanese', () => {
    assertJapanese(PLAN);
  });
});
