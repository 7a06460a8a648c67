import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'traffic.inline-on-tap';
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

const TAP = variant('method: inline\n          firewall: fw-osaka\n          interface: ethernet1/3', 'method: inline\n          firewall: fw-osaka\n          interface: «ethernet1/7»');

describe('traffic.inline-on-tap', () => {
  it('fires on the traffic interface when inline traffic names a tap', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/7', firewall: 'fw-osaka', inlineInterfaces: ['ethernet1/1', 'ethernet1/3'] });
    assert.match(d!.message, /`traffic.method: inline` of segment `p1-scanners` names interface `ethernet1\/7` of `fw-osaka`, which is a tap/);
  });

  it('relates to the interface mode', () => {
    const [d] = expectAt(TAP, CODE, opts);
    assert.deepEqual(relatedText(TAP, d!), ['tap']);
  });

  it('stays quiet for inline interfaces and for mirrored traffic on a tap', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(TAP).map((d) => d.severity), run(TAP).map(() => 'info'));
    const strict = run(TAP, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(TAP);
  });
});
