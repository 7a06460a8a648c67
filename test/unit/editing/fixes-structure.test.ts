/**
 * Quick fixes of the structural codes (schema, references, ids, subnets) and of suppressions,
 * text before → after; plus "Disable <code> for this line".
 */
import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { apply, dedent, diagnostics, expectFix, fixesFor, pick, problems, titles } from './helpers';

const F = CLEAN_FILES;

describe('quick fixes: schema', () => {
  it('schema.enum → the "did you mean" value (preferred), then every allowed value that adds no problem', () => {
    const before = variant('        mode: virtual-wire\n', '        mode: virtual-wre\n');
    const actions = fixesFor(before, 'schema.enum', F);
    // Not `tap`: segments send their traffic inline through this interface (traffic.inline-on-tap).
    assert.deepEqual(titles(actions).slice(0, 3), ['Change to `virtual-wire`', 'Change to `layer2`', 'Change to `layer3`']);
    assert.ok(!titles(actions).includes('Change to `tap`'));
    assert.ok(actions[0]!.preferred);
    expectFix(before, 'schema.enum', '`virtual-wire`', CLEAN, F);
  });

  it('schema.enum inside a flow map keeps the flow map', () => {
    expectFix(variant('version: v3,', 'version: v4,'), 'schema.enum', '`v3`', CLEAN, F);
  });

  it('schema.unknown-key → the "did you mean" key, or removal', () => {
    const before = variant('    iotLicense:\n', '    iotLicence:\n');
    expectFix(before, 'schema.unknown-key', 'Rename `iotLicence` to `iotLicense`', CLEAN, F);
    const extra = variant('    managedBy: local\n', '    managedBy: local\n    colour: red   # not a plan key\n');
    // The comment on the removed line is the user's: it stays (issue #13, item 7).
    expectFix(extra, 'schema.unknown-key', 'Remove `colour`', variant('    managedBy: local\n', '    managedBy: local\n    # not a plan key\n'), F);
  });

  it('schema.required → the missing key with a placeholder', () => {
    expectFix(variant('pocplan: 1\n', ''), 'schema.required', 'Add `pocplan: 1`', CLEAN, F);
    const noId = variant('      - id: p3-printers\n        subnet: 10.1.22.0/24\n', '      - subnet: 10.1.22.0/24\n');
    expectFix(noId, 'schema.required', 'Add `id: segment-1`', variant('      - subnet: 10.1.22.0/24\n', '      - subnet: 10.1.22.0/24\n        id: segment-1\n', noId), F);
  });

  it('schema.required for an enum key offers each value', () => {
    const before = variant('          method: dhcp-syslog\n', '');
    const actions = fixesFor(before, 'schema.required', F);
    assert.deepEqual(titles(actions).filter((t) => t.startsWith('Add')), [
      'Add `method: inline-arp-dhcp`', 'Add `method: mirror`', 'Add `method: dhcp-syslog`', 'Add `method: xsoar-snmp`', 'Add `method: csv`', 'Add `method: dhcp-helper`',
    ]);
    assert.equal(apply(before, pick(actions, '`method: dhcp-syslog`').edit), CLEAN);
  });

  it('schema.const → the one allowed value', () => {
    expectFix(variant('pocplan: 1\n', 'pocplan: 2\n'), 'schema.const', 'Change to `1`', CLEAN, F);
  });
});

describe('quick fixes: references, ids, subnets', () => {
  it('ref.unknown → the closest id (preferred), other ids, or a new definition', () => {
    const before = variant('        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/3', '        traffic:\n          method: inline\n          firewall: fw-osak\n          interface: ethernet1/3');
    const actions = fixesFor(before, 'ref.unknown', F);
    // The new firewall comes with the interface the path names, or that interface would be unknown.
    assert.deepEqual(titles(actions).slice(0, 2), ['Change to `fw-osaka`', 'Add firewall `fw-osak` with interface `ethernet1/3`']);
    expectFix(before, 'ref.unknown', 'Change to `fw-osaka`', CLEAN, F);
  });

  it('ref.unknown → add the firewall, which checks clean', () => {
    const before = variant('        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/3', '        traffic:\n          method: inline\n          firewall: fw-kobe\n          interface: ethernet1/1');
    const after = expectFix(before, 'ref.unknown', 'Add firewall `fw-kobe`', variant('switches:\n', dedent(`
      - id: fw-kobe
        model: PA-440
        type: prod
        panos: 11.1.3
        managedBy: local
        iotLicense:
          type: trial
          expires: 2027-03-12
        logging:
          cloudLogging: true
          enhancedApplicationLogs: true
          region: japan
        interfaces:
          - name: ethernet1/1
            mode: virtual-wire
            zone: iot
            deviceId: true
            multicastFirewalling: true
    `).replace(/^/gm, '  ').replace(/^ {2}$/gm, '') + 'switches:\n', before), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('ref.unknown → add the interface to the firewall named beside it', () => {
    const before = variant('          firewall: fw-osaka\n          interface: ethernet1/3\n        traffic', '          firewall: fw-osaka\n          interface: ethernet1/9\n        traffic');
    const actions = fixesFor(before, 'ref.unknown', F);
    const after = apply(before, pick(actions, 'Add interface `ethernet1/9` to `fw-osaka`').edit);
    assert.ok(after.includes('        mirrorFrom: sw-core\n      - name: ethernet1/9\n        mode: virtual-wire\n        zone: iot\n        deviceId: true\n        multicastFirewalling: true\nswitches:'));
    assert.deepEqual(diagnostics(after, F).filter((d) => d.code === 'ref.unknown'), []);
  });

  it('ref.unknown → add the switch', () => {
    const before = variant('          interface: ethernet1/7\n          switch: sw-core', '          interface: ethernet1/7\n          switch: sw-edge');
    const after = expectFix(before, 'ref.unknown', 'Add switch `sw-edge`', variant('xsoar:\n', '  - id: sw-edge\n    span: true\nxsoar:\n', before), F);
    assert.deepEqual(problems(after, F), []);
  });

  it('ref.missing → the ids that fit', () => {
    const before = variant('          method: inline-arp-dhcp\n          firewall: fw-osaka\n          interface: ethernet1/3\n', '          method: inline-arp-dhcp\n          firewall: fw-osaka\n');
    const actions = fixesFor(before, 'ref.missing', F);
    assert.deepEqual(titles(actions).slice(0, 2), ['Set `interface: ethernet1/1`', 'Set `interface: ethernet1/3`']);
    assert.equal(apply(before, pick(actions, '`interface: ethernet1/3`').edit), CLEAN);
  });

  it('id.duplicate → the free id', () => {
    const before = variant('      - id: p3-printers\n', '      - id: p2-cameras\n');
    expectFix(before, 'id.duplicate', 'Rename to `p2-cameras-2`', variant('      - id: p3-printers\n', '      - id: p2-cameras-2\n'), F);
  });

  it('subnet.invalid → the canonical network, or a free subnet when malformed', () => {
    expectFix(variant('subnet: 10.1.22.0/24', 'subnet: 10.1.22.5/24'), 'subnet.invalid', '`10.1.22.0/24`', CLEAN, F);
    const malformed = variant('subnet: 10.1.22.0/24', 'subnet: 10.1.322.0/24   # typo');
    expectFix(malformed, 'subnet.invalid', 'free subnet `10.1.41.0/24`', variant('subnet: 10.1.22.0/24', 'subnet: 10.1.41.0/24   # typo'), F);
  });

  it('subnet.overlap → a free subnet', () => {
    expectFix(variant('subnet: 10.1.22.0/24', 'subnet: 10.1.20.128/25'), 'subnet.overlap', 'free subnet `10.1.41.0/24`', variant('subnet: 10.1.22.0/24', 'subnet: 10.1.41.0/24'), F);
  });

  it('csv.missing-file → create the file with a row inside the subnet', () => {
    const actions = fixesFor(CLEAN, 'csv.missing-file', { 'meters.csv': F['meters.csv']! });
    const create = pick(actions, 'Create `hvac.csv`');
    assert.deepEqual(create.edit, { edits: [], createFiles: [{ uri: 'file:///ws/hvac.csv', text: 'ip,mac,vendor,model\n10.1.30.1,,,\n' }] });
  });
});

describe('quick fixes: suppressions', () => {
  const EVAL = variant('      type: trial\n', '      type: eval\n');

  it('"Disable <code> for this line" inserts a suppression with a reason placeholder', () => {
    const after = expectFix(EVAL, 'license.incompatible', 'Disable', variant('      type: trial\n', '      # pocplan-disable-next-line license.incompatible -- TODO: say why this is acceptable\n      type: eval\n'), F);
    assert.deepEqual(diagnostics(after, F).filter((d) => d.code.startsWith('suppression.')).map((d) => d.code), []);
  });

  it('"Disable" joins an existing suppression of the same line', () => {
    const before = variant('      type: trial\n', '      # pocplan-disable-next-line license.eval-conversion -- loaner\n      type: eval\n');
    expectFix(before, 'license.incompatible', 'Disable', variant('license.eval-conversion -- loaner', 'license.eval-conversion, license.incompatible -- loaner', before), F);
  });

  it('suppression.unused → drop the comment; suppression.unknown-code → the closest code', () => {
    const unused = variant('  start: 2027-01-11\n', '  # pocplan-disable-next-line poc.observation-short -- n/a\n  start: 2027-01-11\n');
    expectFix(unused, 'suppression.unused', 'Remove the unused', CLEAN, F);
    const typo = variant('      type: trial\n', '      # pocplan-disable-next-line license.incompatibel -- loaner\n      type: eval\n');
    expectFix(typo, 'suppression.unknown-code', 'Change to `license.incompatible`', variant('incompatibel', 'incompatible', typo), F);
  });

  it('suppression.missing-reason → a reason placeholder', () => {
    const before = variant('      type: trial\n', '      # pocplan-disable-next-line license.incompatible\n      type: eval\n');
    expectFix(before, 'suppression.missing-reason', 'reason', variant('license.incompatible\n', 'license.incompatible -- TODO: say why this is acceptable\n', before), F);
  });
});
