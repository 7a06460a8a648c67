import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'traffic.tap-enforcement';
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

const TAP = variant('          interface: ethernet1/7\n        enforce: false', '          interface: ethernet1/7\n        «enforce: true»');

describe('traffic.tap-enforcement', () => {
  it('fires on enforce when the traffic is a mirror copy', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.match(d!.message, /Segment `p52-meters` asks to enforce.*`ethernet1\/7`/);
    assert.deepEqual(d!.data, { inlineInterfaces: ['ethernet1/1', 'ethernet1/3'], firewall: 'fw-osaka' });
  });

  it('relates to the tap interface definition', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(relatedText(TAP, d!), ['name: ethernet1/7']);
  });

  it('fires for inline traffic on a tap interface too', () => {
    expectAt(variant('          interface: ethernet1/3\n        enforce: true', '          interface: ethernet1/7\n        «enforce: true»'), CODE, opts);
  });

  it('stays quiet for mirrored traffic without enforcement and for enforcement inline', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(TAP);
  });
});
