import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.snmp-read-only';
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

const RW = variant('readOnly: true', 'readOnly: «false»');

describe('identity.snmp-read-only', () => {
  it('fires on readOnly: false of a switch polled by xsoar-snmp', () => {
    const [d] = expectAt(RW, CODE, opts);
    assert.deepEqual(d!.data, { switch: 'sw-core' });
    assert.match(d!.message, /Switch `sw-core` is polled over SNMP through XSOAR, but its SNMP credentials are not read-only/);
  });

  it('relates to the segments that poll it', () => {
    const [d] = expectAt(RW, CODE, opts);
    assert.deepEqual(relatedText(RW, d!), ['sw-core']);
    assert.match(d!.related[0]!.message, /p4-badges/);
  });

  it('stays quiet for read-only credentials and switches nobody polls', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      switches:
        - id: sw
          snmp: { version: v2c, readOnly: false }
    `, CODE);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(RW).map((d) => d.severity), run(RW).map(() => 'info'));
    const strict = run(RW, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(RW);
  });
});
