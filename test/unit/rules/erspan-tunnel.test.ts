/**
 * Issue #12 item 3: an ERSPAN feed written as PAN-OS terminates it — a GRE tunnel with ERSPAN
 * enabled, its tunnel interface in a layer3 zone dedicated to it (`mode: layer3`, `erspan: true`) —
 * is a valid, visibility-only copy for every rule that reads taps; `mode: tap` + `erspan: true`
 * keeps working as before.
 */
import * as assert from 'node:assert/strict';
import { CLEAN_FILES, variant } from '../../fixtures';
import { check, codes, expectAt, unmark } from '../../helpers';

const opts = { files: CLEAN_FILES };
const TUNNEL = '      - name: tunnel.1\n        mode: layer3\n        zone: erspan\n        erspan: true\n        mirrorFrom: sw-core\n';

/** The clean plan's 5-2 meters seen through an ERSPAN tunnel interface instead of the local tap. */
const GRE = variant('      - name: ethernet1/7\n', TUNNEL + '      - name: ethernet1/7\n',
  variant('          interface: ethernet1/7\n        enforce: false', '          interface: tunnel.1\n        enforce: false'));
const all = (text: string, settings = {}): string[] => codes(check(text, { ...opts, settings }).diagnostics);

describe('ERSPAN through a GRE tunnel on a layer3 tunnel interface', () => {
  it('is a clean way to receive mirrored traffic, in both profiles (today: identity.mirror-requires-tap not-tap)', () => {
    assert.deepEqual(all(GRE), []);
    assert.deepEqual(all(GRE, { profile: 'strict' }), []);
  });

  it('is valid for mirrored identity too, with an ERSPAN-capable switch', () => {
    const id = variant('      - name: ethernet1/7\n', TUNNEL + '      - name: ethernet1/7\n',
      variant('          interface: ethernet1/7\n          switch: sw-core', '          interface: tunnel.1\n          switch: sw-core'));
    assert.deepEqual(all(id, { profile: 'strict' }), []);
    const noErspanSwitch = id.replace('    span: true\n    erspan: true\n', '    span: true\n    erspan: false\n');
    assert.ok(check(noErspanSwitch, opts).diagnostics.some((d) => d.code === 'identity.mirror-requires-tap' && (d.data as { reason: string }).reason === 'switch-no-erspan'));
  });

  it('is visibility only: traffic.tap-enforcement fires for it and offers only inline interfaces', () => {
    const enforce = GRE.replace('          interface: tunnel.1\n        enforce: false', '          interface: tunnel.1\n        «enforce: true»');
    const [d] = expectAt(enforce, 'traffic.tap-enforcement', opts);
    assert.deepEqual(d!.data, { inlineInterfaces: ['ethernet1/1', 'ethernet1/3'], firewall: 'fw-osaka' });
    assert.match(d!.related[0]!.message, /ERSPAN tunnel interface `tunnel\.1` of `fw-osaka`/);
  });

  it('is never inline: traffic.inline-on-tap, and it is not offered as an inline interface', () => {
    const inline = variant('      - name: ethernet1/7\n', TUNNEL + '      - name: ethernet1/7\n',
      variant('          firewall: fw-osaka\n          interface: ethernet1/1\n        enforce: false\n      - id: p4-badges', '          firewall: fw-osaka\n          interface: «tunnel.1»\n        enforce: false\n      - id: p4-badges'));
    const [d] = expectAt(inline, 'traffic.inline-on-tap', opts);
    assert.match(d!.message, /terminates an ERSPAN \(GRE\) tunnel: it receives only a copy/);
    assert.deepEqual((d!.data as { inlineInterfaces: string[] }).inlineInterfaces, ['ethernet1/1', 'ethernet1/3']);
  });

  it('still needs ERSPAN support and PAN-OS 10.2 (erspan.unsupported)', () => {
    assert.deepEqual(all(GRE.replace('    erspanSupport: true\n', '')).filter((c) => c.startsWith('erspan.')), ['erspan.unsupported']);
    assert.ok(all(GRE.replace('    panos: 11.1.3\n', '    panos: 10.1.9\n')).includes('erspan.unsupported'));
  });

  it('needs a zone dedicated to it (interface.tap-no-zone /erspan, interface.copy-zone-shared /erspan)', () => {
    const noZone = GRE.replace('        zone: erspan\n        erspan: true\n', '        erspan: true\n');
    const [z] = check(noZone, opts).diagnostics.filter((d) => d.code === 'interface.tap-no-zone');
    assert.match(z!.message, /ERSPAN tunnel interface `tunnel\.1` of `fw-osaka` has no zone; the GRE tunnel terminates in a layer3 zone dedicated to it/);
    const shared = GRE.replace('        zone: erspan\n        erspan: true\n', '        zone: scanners\n        erspan: true\n');
    const [s] = check(shared, opts).diagnostics.filter((d) => d.code === 'interface.copy-zone-shared');
    assert.match(s!.message, /ERSPAN tunnel interface `tunnel\.1` of `fw-osaka` shares zone `scanners` with `ethernet1\/3`/);
  });

  it('mode: tap with erspan: true keeps working as before', () => {
    const tapErspan = variant('        mirrorFrom: sw-core\n', '        mirrorFrom: sw-core\n        erspan: true\n');
    assert.deepEqual(all(tapErspan, { profile: 'strict' }), []);
  });

  it('an unused layer3 interface with erspan: true is not an inline interface either', () => {
    const unused = unmark(variant('      - name: ethernet1/7\n', TUNNEL + '      - name: ethernet1/7\n'));
    assert.deepEqual(all(unused.text), []);
  });
});
