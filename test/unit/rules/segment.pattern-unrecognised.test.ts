import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES,  } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'segment.pattern-unrecognised';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };
/** This rule's diagnostics for a plan (markers removed) under extra settings. */
function run(marked: string, settings: PartialSettings = {}): PlanDiagnostic[] {
  return check(unmark(dedent(marked)).text, { files: CLEAN_FILES, settings }).diagnostics.filter((d) => d.code === CODE);
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
    assert.match(d!.message, /Segment `a` learns identities with `dhcp-syslog` and sees its traffic as a mirrored copy/);
  });

  it('words mirrored traffic as the article does: a valid fallback, visibility only, just not one of its diagrams', () => {
    const [d] = expectAt(PLAN, CODE);
    assert.match(d!.message, /a valid set-up, visibility only/);
    assert.match(d!.message, /not one of the seed article's six diagrams/);
    assert.doesNotMatch(d!.message, /may work|check it against/);
    assert.match(run(PLAN, { lang: 'ja' })[0]!.message, /可視化のみの有効な構成/);
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
