import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.relay-requires-layer3';
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

const L2 = variant('mode: layer3\n        zone: scanners\n        deviceId: true\n        dhcpRelay:', 'mode: layer2\n        zone: scanners\n        deviceId: true\n        «dhcpRelay»:');

describe('identity.relay-requires-layer3', () => {
  it('fires on the dhcpRelay key of a non-layer3 interface', () => {
    const [d] = expectAt(L2, CODE, opts);
    assert.deepEqual(d!.data, { interface: 'ethernet1/3', firewall: 'fw-osaka', mode: 'layer2' });
    assert.match(d!.message, /Interface `ethernet1\/3` of `fw-osaka` relays DHCP \(`dhcpRelay`\) but is in `layer2` mode/);
  });

  it('relates to the interface mode', () => {
    const [d] = expectAt(L2, CODE, opts);
    assert.deepEqual(relatedText(L2, d!), ['layer2']);
  });

  it('stays quiet on layer3, without relays, and when the mode is unknown', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('        mode: layer3\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(L2);
  });
});
