import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'subnet.invalid';
const opts = { files: CLEAN_FILES };

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

const HOST = variant('subnet: 10.1.20.0/24', 'subnet: «10.1.20.5/24»');
const BAD = variant('subnet: 10.1.21.0/24', 'subnet: «10.1.21.0/33»');

describe('subnet.invalid', () => {
  it('fires on a subnet with host bits, offering the network', () => {
    const [d] = expectAt(HOST, CODE, opts);
    assert.deepEqual(d!.data, { canonical: '10.1.20.0/24' });
    assert.match(d!.message, /Subnet `10\.1\.20\.5\/24` of segment `p1-scanners` has host bits set; its network is `10\.1\.20\.0\/24`/);
    assert.deepEqual(d!.related, []);
  });

  it('fires on malformed subnets without a fix', () => {
    const [d] = expectAt(BAD, CODE, opts);
    assert.deepEqual(d!.data, {});
    expectAt(variant('subnet: 10.1.21.0/24', 'subnet: «10.1.21.0»'), CODE, opts);
    expectAt(variant('subnet: 10.1.21.0/24', 'subnet: «lab network»'), CODE, opts);
  });

  it('stays quiet on valid subnets and when subnet is absent', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        subnet: 10.1.20.0/24\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(HOST);
    assertJapanese(BAD);
  });
});
