import * as assert from 'node:assert/strict';
import { type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'panos.below-recommended';
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

const OLD = variant('panos: 11.1.3', 'panos: «10.1.5»');

describe('panos.below-recommended', () => {
  it('fires on panos below 10.2', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.data, { minimum: '10.2' });
    assert.match(d!.message, /Firewall `fw-osaka` runs PAN-OS 10\.1\.5/);
    assert.deepEqual(d!.related, []);
  });

  it('stays quiet from 10.2 on and for unparsable versions', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.2'), CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: latest'), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
