import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.xsoar-engine-os';
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

const WIN = variant('engineOs: linux', 'engineOs: «windows»');

describe('identity.xsoar-engine-os', () => {
  it('fires on engineOs: windows when xsoar-snmp is used', () => {
    const [d] = expectAt(WIN, CODE, opts);
    assert.deepEqual(d!.data, { engineOs: 'linux' });
    assert.match(d!.message, /SNMP discovery for segments `p4-badges`\) work only with an engine on Linux/);
  });

  it('relates to each xsoar-snmp method', () => {
    const [d] = expectAt(WIN, CODE, opts);
    assert.deepEqual(relatedText(WIN, d!), ['xsoar-snmp']);
  });

  it('stays quiet on Linux and when no segment uses xsoar-snmp', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(`
      pocplan: 1
      xsoar: { kind: own, engineOs: windows }
    `, CODE);
  });

  it('is an added rule: info by default, error under profile: strict', () => {
    assert.deepEqual(run(WIN).map((d) => d.severity), run(WIN).map(() => 'info'));
    const strict = run(WIN, { profile: 'strict' });
    assert.ok(strict.length > 0);
    for (const d of strict) assert.equal(d.severity, 'error');
  });

  it('renders in Japanese', () => {
    assertJapanese(WIN);
  });
});
