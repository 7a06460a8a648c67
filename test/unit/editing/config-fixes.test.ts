/** "Take the value from the running configuration": each config.* drift, before → after, gone after re-checking. */
import * as assert from 'node:assert/strict';
import { CONFIG, CONFIG_PATH, PLAN, planVariant } from '../../drift-helpers';
import { expectFix, fixesFor, makeService, PLAN_URI, settings } from './helpers';

const FILES = { [CONFIG_PATH]: CONFIG };
const TAKE = 'Take the value from the running configuration';

describe('quick fix: take the value from the running configuration', () => {
  it('config.mode', () => {
    expectFix(planVariant('        mode: layer3\n        zone: lab', '        mode: tap # the lab port\n        zone: lab'), 'config.mode', TAKE,
      planVariant('        mode: layer3\n        zone: lab', '        mode: layer3 # the lab port\n        zone: lab'), FILES);
  });

  it('config.zone, and removing the zone when the file has none', () => {
    expectFix(planVariant('zone: office', 'zone: guest'), 'config.zone', '`zone: office`', PLAN, FILES);
    const noZone = { [CONFIG_PATH]: CONFIG.replace('<member>ethernet1/3</member>', '') };
    expectFix(PLAN, 'config.zone', 'remove `zone`', planVariant('        zone: office\n', ''), noZone);
  });

  it('config.device-id', () => {
    expectFix(planVariant('        zone: office\n        deviceId: false', '        zone: office\n        deviceId: true'), 'config.device-id', '`deviceId: false`', PLAN, FILES);
  });

  it('config.dhcp-relay: the file\'s servers, or no dhcpRelay when it relays nothing', () => {
    expectFix(planVariant('[10.0.0.5, 10.0.0.6]', '[10.0.0.9]'), 'config.dhcp-relay', '`dhcpRelay: 10.0.0.5, 10.0.0.6`', PLAN, FILES);
    const none = { [CONFIG_PATH]: CONFIG.replace(/<entry name="ethernet1\/3"><relay>.*?<\/entry>\n/, '') };
    expectFix(PLAN, 'config.dhcp-relay', 'remove `dhcpRelay`', planVariant('        dhcpRelay: [10.0.0.5, 10.0.0.6]\n', ''), none);
  });

  it('config.dhcp-server', () => {
    expectFix(planVariant('dhcpServer: true', 'dhcpServer: false'), 'config.dhcp-server', TAKE, PLAN, FILES);
  });

  it('config.multicast-firewalling', () => {
    expectFix(planVariant('multicastFirewalling: true', 'multicastFirewalling: false'), 'config.multicast-firewalling', TAKE, PLAN, FILES);
  });

  it('config.version', () => {
    expectFix(planVariant('panos: 11.1.2', 'panos: 10.2.4  # upgraded in June'), 'config.version', '`panos: 11.1.2`', planVariant('panos: 11.1.2', 'panos: 11.1.2  # upgraded in June'), FILES);
  });

  it('config.interface-missing: rename to the close name the file has; no fix without one', () => {
    expectFix(planVariant('      - name: ethernet1/8\n', '      - name: ethernet1/18\n'), 'config.interface-missing', 'Rename to `ethernet1/8`', PLAN, FILES);
    assert.deepEqual(fixesFor(planVariant('      - name: ethernet1/8\n', '      - name: ae7.300\n'), 'config.interface-missing', FILES).filter((f) => !f.title.startsWith('Disable')), []);
  });

  it('are preferred but never safe: fix-all leaves a drift to the user (the firewall may be what is wrong)', () => {
    const text = planVariant('zone: office', 'zone: guest');
    assert.ok(fixesFor(text, 'config.zone', FILES).some((f) => f.title.includes(TAKE) && f.preferred));
    const service = makeService(FILES);
    const all = service.codeActions(PLAN_URI, text, settings(), { start: 0, end: 0, diagnostics: [], only: ['source.fixAll.pocplan'] });
    assert.deepEqual(all, []);
  });
});
