import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'subnet.overlap';
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

const ONE = variant('subnet: 10.1.21.0/24', 'subnet: «10.1.20.0/23»');

describe('subnet.overlap', () => {
  it('fires on the later of two overlapping subnets', () => {
    const [d] = expectAt(ONE, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { overlaps: [{ segment: 'p1-scanners', subnet: '10.1.20.0/24' }] });
    assert.match(d!.message, /Subnet `10\.1\.20\.0\/23` of segment `p2-cameras` overlaps `10\.1\.20\.0\/24` of segment `p1-scanners`/);
  });

  it('relates to the earlier subnet', () => {
    const [d] = expectAt(ONE, CODE, opts);
    assert.deepEqual(relatedText(ONE, d!), ['10.1.20.0/24']);
  });

  it('reports once per later segment, relating to all it overlaps', () => {
    const plan = variant('subnet: 10.1.40.0/24', 'subnet: «10.1.20.0/23»');
    const [d] = expectAt(plan, CODE, opts);
    assert.deepEqual(relatedText(plan, d!), ['10.1.20.0/24', '10.1.21.0/24']);
    assert.match(d!.message, /overlaps the subnets of `p1-scanners` \(10\.1\.20\.0\/24\), `p2-cameras` \(10\.1\.21\.0\/24\)/);
  });

  it('stays quiet for adjacent subnets and skips invalid ones', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('subnet: 10.1.21.0/24', 'subnet: 10.1.20.5/24'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(ONE);
  });
});
