import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.csv-requires-static';
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

const DHCP = variant('addressing: static\n        identity:\n          method: csv\n          csv: hvac.csv', 'addressing: «dhcp»\n        identity:\n          method: csv\n          csv: hvac.csv');
const UNSET = variant('        addressing: static\n        identity:\n          method: csv\n          csv: hvac.csv', '        identity:\n          method: «csv»\n          csv: hvac.csv');

describe('identity.csv-requires-static', () => {
  it('fires on addressing when a CSV identity segment is not static', () => {
    const [d] = expectAt(DHCP, CODE, opts);
    assert.deepEqual(d!.data, { addressing: 'dhcp' });
    assert.match(d!.message, /segment `p51-hvac` uses `addressing: dhcp`/);
  });

  it('relates to the csv method', () => {
    const [d] = expectAt(DHCP, CODE, opts);
    assert.deepEqual(relatedText(DHCP, d!), ['csv']);
  });

  it('fires on the method when addressing is missing', () => {
    const [d] = expectAt(UNSET, CODE, opts);
    assert.match(d!.message, /set `addressing: static` on segment `p51-hvac`/);
  });

  it('stays quiet for static segments', () => {
    expectNone(CLEAN, CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(DHCP);
    assertJapanese(UNSET);
  });
});
