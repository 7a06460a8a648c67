import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'panos.enforcement-version';
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

const OLD = variant('panos: 11.1.3', 'panos: 9.1.0', CLEAN.split('enforce: true').join('«enforce: true»'));

describe('panos.enforcement-version', () => {
  it('fires on every enforce: true whose traffic firewall runs PAN-OS below 10.0', () => {
    const ds = expectAt(OLD, CODE, opts);
    assert.equal(ds.length, 2);
    assert.deepEqual(ds[0]!.data, { firewall: 'fw-osaka', minimum: '10.0' });
    assert.match(ds[0]!.message, /Segment `p1-scanners` enforces policy on firewall `fw-osaka`, which runs PAN-OS 9\.1\.0/);
  });

  it('relates to the PAN-OS version', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.deepEqual(relatedText(OLD, d!), ['9.1.0']);
  });

  it('stays quiet from 10.0 on and for segments that do not enforce', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.0.0'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 9.1.0', CLEAN.split('enforce: true').join('enforce: false')), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
