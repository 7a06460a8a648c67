import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.xsoar-requires-integration';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

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
