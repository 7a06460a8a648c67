import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { expectAt, expectNone } from '../../helpers';

const CODE = 'identity.dhcp-syslog-version';
const { relatedText, assertJapanese } = ruleHelpers(CODE);
const opts = { files: CLEAN_FILES };

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
