import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.xsoar-requires-integration';
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

const NO_ADDON = variant('method: xsoar-snmp', 'method: «xsoar-snmp»', variant('thirdPartyAddon: basic', 'thirdPartyAddon: none'));
const ADDON_UNSET = variant('method: xsoar-snmp', 'method: «xsoar-snmp»', variant('  thirdPartyAddon: basic\n', ''));
const NO_XSOAR = variant('method: xsoar-snmp', 'method: «xsoar-snmp»', variant('xsoar:\n  kind: cohosted\n  engineOs: linux\n', ''));

describe('identity.xsoar-requires-integration', () => {
  it('fires on the method when cohosted XSOAR has no add-on', () => {
    const [d] = expectAt(NO_ADDON, CODE, opts);
    assert.deepEqual(d!.data, { missing: 'addon' });
    assert.match(d!.message, /Segment `p4-badges` .* `tenant.thirdPartyAddon` is `none`/);
    const [u] = expectAt(ADDON_UNSET, CODE, opts);
    assert.deepEqual(u!.data, { missing: 'addon' });
    assert.match(u!.message, /is not set/);
  });

  it('relates to xsoar.kind and thirdPartyAddon when present', () => {
    const [d] = expectAt(NO_ADDON, CODE, opts);
    assert.deepEqual(relatedText(NO_ADDON, d!), ['cohosted', 'none']);
    const [u] = expectAt(ADDON_UNSET, CODE, opts);
    assert.deepEqual(relatedText(ADDON_UNSET, u!), ['cohosted']);
  });

  it('fires when there is no xsoar section', () => {
    const [d] = expectAt(NO_XSOAR, CODE, opts);
    assert.deepEqual(d!.data, { missing: 'xsoar' });
    assert.deepEqual(d!.related, []);
    assert.match(d!.message, /no `xsoar` section/);
  });

  it('stays quiet with an add-on, with your own XSOAR, and without xsoar-snmp', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('kind: cohosted', 'kind: own', unmark(NO_ADDON).text), CODE, opts);
    expectNone(`
      pocplan: 1
      sites: [{ id: s, segments: [{ id: a, identity: { method: csv, csv: a.csv } }] }]
    `, CODE);
  });

  it('renders in Japanese', () => {
    assertJapanese(NO_ADDON);
    assertJapanese(ADDON_UNSET);
    assertJapanese(NO_XSOAR);
  });
});
