import * as assert from 'node:assert/strict';
import { LineIndex, type PartialSettings, type PlanDiagnostic } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { check, dedent, expectAt, expectNone, unmark } from '../../helpers';

const CODE = 'identity.dhcp-syslog-version';
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

const OLD = variant('method: dhcp-syslog', 'method: «dhcp-syslog»', variant('panos: 11.1.3', 'panos: 10.1.5'));

describe('identity.dhcp-syslog-version', () => {
  it('fires on the method when the receiving firewall runs PAN-OS below 10.2', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.match(d!.message, /Segment `p3-printers` .* firewall `fw-osaka` runs 10\.1\.5/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', minimum: '10.2' });
  });

  it('relates to the firewall PAN-OS version', () => {
    const [d] = expectAt(OLD, CODE, opts);
    assert.deepEqual(relatedText(OLD, d!), ['10.1.5']);
  });

  it('uses traffic.firewall when identity names none', () => {
    expectAt(`
      pocplan: 1
      firewalls:
        - id: fw
          panos: 10.0.3
      sites:
        - id: s
          segments:
            - id: a
              identity: { method: «dhcp-syslog» }
              traffic: { method: inline, firewall: fw, interface: e1 }
    `, CODE);
  });

  it('stays quiet from 10.2 on, and when the version is unknown', () => {
    expectNone(CLEAN, CODE, opts);
    expectNone(variant('panos: 11.1.3', 'panos: 10.2.0'), CODE, opts);
    expectNone(variant('    panos: 11.1.3\n', ''), CODE, opts);
  });

  it('renders in Japanese', () => {
    assertJapanese(OLD);
  });
});
