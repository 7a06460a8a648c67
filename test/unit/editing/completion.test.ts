import * as assert from 'node:assert/strict';
import type { PlanCompletion } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { atCursor, dedent, makeService, PLAN_URI, settings, type Files } from './helpers';

/** Completions at the `¦` of `marked`. */
function complete(marked: string, files: Files = CLEAN_FILES, lang: 'en' | 'ja' = 'en'): PlanCompletion[] {
  const { text, offset } = atCursor(marked);
  return makeService(files).complete(PLAN_URI, text, settings({ lang }), offset);
}

const labels = (items: readonly PlanCompletion[]): string[] => items.map((i) => i.label);
const SYSLOG_FW = '          method: dhcp-syslog\n          firewall: fw-osaka';

describe('completion', () => {
  describe('references', () => {
    it('after `firewall: ` lists the plan\'s firewall ids, with their summary', () => {
      const items = complete(variant(SYSLOG_FW, '          method: dhcp-syslog\n          firewall: ¦'));
      assert.deepEqual(labels(items), ['fw-osaka']);
      assert.equal(items[0]!.detail, 'PA-450');
      assert.match(items[0]!.documentation!, /\*\*Firewall `fw-osaka`\*\*: PA-450, prod unit, PAN-OS 11.1.3/);
      assert.equal(items[0]!.insertText, 'fw-osaka');
    });

    it('replaces the partial id typed so far', () => {
      const { text, offset } = atCursor(variant(SYSLOG_FW, '          method: dhcp-syslog\n          firewall: fw-o¦'));
      const item = makeService(CLEAN_FILES).complete(PLAN_URI, text, settings(), offset)[0]!;
      assert.equal(text.slice(item.start, item.end), 'fw-o');
    });

    it('right after the colon inserts a space first', () => {
      assert.equal(complete(variant(SYSLOG_FW, '          method: dhcp-syslog\n          firewall:¦'))[0]!.insertText, ' fw-osaka');
    });

    it('several firewalls, in plan order', () => {
      const two = variant('switches:\n', '  - id: fw-kyoto\n    model: PA-440\nswitches:\n');
      assert.deepEqual(labels(complete(variant(SYSLOG_FW, '          method: dhcp-syslog\n          firewall: ¦', two))), ['fw-osaka', 'fw-kyoto']);
    });

    it('after `interface: ` lists the interfaces of the firewall named in the same block, taps first for mirror', () => {
      const items = complete(variant('          firewall: fw-osaka\n          interface: ethernet1/7\n          switch', '          firewall: fw-osaka\n          interface: ¦\n          switch'));
      assert.deepEqual(labels(items), ['ethernet1/7', 'ethernet1/1', 'ethernet1/3']);
      assert.deepEqual(items.map((i) => i.detail), ['tap', 'virtual-wire', 'layer3']);
      assert.match(items[0]!.documentation!, /Receives a SPAN copy from `sw-core`/);
    });

    it('interfaces of the other firewall when the block names it', () => {
      const two = variant('switches:\n', '  - id: fw-kyoto\n    interfaces:\n      - name: ethernet2/1\n        mode: layer3\nswitches:\n');
      const marked = variant('          method: dhcp-syslog\n          firewall: fw-osaka\n        traffic:\n          method: inline\n          firewall: fw-osaka\n          interface: ethernet1/1', '          method: dhcp-syslog\n          firewall: fw-osaka\n        traffic:\n          method: inline\n          firewall: fw-kyoto\n          interface: ¦', two);
      assert.deepEqual(labels(complete(marked)), ['ethernet2/1']);
    });

    it('switch ids for identity.switch and mirrorFrom', () => {
      assert.deepEqual(labels(complete(variant('          switch: sw-core\n        traffic', '          switch: ¦\n        traffic'))), ['sw-core']);
      assert.deepEqual(labels(complete(variant('        mirrorFrom: sw-core', '        mirrorFrom: ¦'))), ['sw-core']);
    });

    it('CSV files in the plan\'s folder and its subfolders (host.listFiles)', () => {
      const files = { ...CLEAN_FILES, 'devices/line-a.csv': 'ip\n10.1.30.9\n', 'notes.txt': 'x' };
      assert.deepEqual(labels(complete(variant('          csv: hvac.csv', '          csv: ¦'), files)), ['devices/line-a.csv', 'hvac.csv', 'meters.csv']);
    });

    it('PAN-OS versions: the plan\'s own first, then the milestones with what they bring', () => {
      const two = variant('switches:\n', '  - id: fw-kyoto\n    panos: ¦\nswitches:\n');
      const items = complete(two);
      assert.deepEqual(labels(items).slice(0, 3), ['11.1.3', '11.2', '11.1']);
      assert.equal(items[0]!.detail, 'already used in this plan');
      assert.equal(items.find((i) => i.label === '10.2')!.insertText, '"10.2"', 'two-part versions are quoted');
    });
  });

  describe('keys', () => {
    it('offers the keys the map does not have yet, with title and description', () => {
      const items = complete(variant('    managedBy: local\n', '    managedBy: local\n    ¦\n', variant('    erspanSupport: true\n', '')));
      assert.deepEqual(labels(items), ['erspanSupport', 'notes', 'runningConfig']);
      assert.equal(items[0]!.detail, 'ERSPAN support');
      assert.match(items[0]!.documentation!, /Device > Setup > Session/);
      assert.equal(items[0]!.insertText, 'erspanSupport: ${1|true,false|}');
      assert.ok(items[0]!.snippet);
    });

    it('in a new list item: the item\'s keys, required first, with snippets for blocks and choices', () => {
      const items = complete(variant('      - id: p3-printers', '      - ¦\n      - id: p3-printers'));
      assert.equal(items[0]!.label, 'id');
      const byLabel = new Map(items.map((i) => [i.label, i.insertText]));
      assert.equal(byLabel.get('addressing'), 'addressing: ${1|dhcp,static,mixed|}');
      assert.equal(byLabel.get('identity'), 'identity:\n  $0');
    });

    it('lists use the file\'s sequence style', () => {
      const plan = dedent(`
        pocplan: 1
        sites:
        -   id: a
            name: A
        -   id: b
            ¦
      `);
      const items = complete(plan, {});
      assert.equal(items.find((i) => i.label === 'segments')!.insertText, 'segments:\n-   $0');
    });

    it('keys inside a flow map', () => {
      assert.deepEqual(labels(complete(variant('{ version: v3, readOnly: true }', '{ version: v3, ¦ }'))), ['readOnly']);
    });

    it('documentation in Japanese when the language is ja', () => {
      const items = complete(variant('    managedBy: local\n', '    managedBy: local\n    ¦\n', variant('    erspanSupport: true\n', '')), CLEAN_FILES, 'ja');
      assert.equal(items[0]!.detail, 'ERSPAN サポート');
    });

    it('nothing in a comment', () => {
      assert.deepEqual(complete(variant('pocplan: 1\n', 'pocplan: 1   # see ¦\n')), []);
    });
  });

  describe('values', () => {
    it('enum values with their explanations', () => {
      const items = complete(variant('          method: dhcp-syslog', '          method: ¦'));
      assert.deepEqual(labels(items), ['inline-arp-dhcp', 'mirror', 'dhcp-syslog', 'xsoar-snmp', 'csv', 'dhcp-helper']);
      assert.match(items[2]!.documentation!, /^Pattern 3: DHCP servers send their logs as syslog/);
      assert.match(items[2]!.documentation!, /dhcp-syslog: set firewall, the syslog receiver/);
    });

    it('enum explanations in Japanese', () => {
      const items = complete(variant('        mode: layer3', '        mode: ¦'), CLEAN_FILES, 'ja');
      assert.deepEqual(labels(items), ['tap', 'virtual-wire', 'layer2', 'layer3']);
      assert.ok(items.every((i) => i.documentation && /[\u3040-\u30ff\u4e00-\u9fff]/.test(i.documentation)));
    });

    it('enum values inside a flow map', () => {
      assert.deepEqual(labels(complete(variant('{ version: v3,', '{ version: ¦,'))), ['v2c', 'v3']);
    });

    it('booleans', () => {
      assert.deepEqual(labels(complete(variant('    erspanSupport: true', '    erspanSupport: ¦'))), ['true', 'false']);
    });

    it('the dates the license rules care about', () => {
      const expires = complete(variant('      expires: 2027-03-10', '      expires: ¦'));
      assert.deepEqual(expires.map((i) => `${i.label} ${i.detail}`), ['2027-03-12 end of a 60-day trial/eval term from the PoC start', '2027-02-19 the PoC end']);
      const prod = complete(variant('  prodLicenseDate: 2027-03-01', '  prodLicenseDate: ¦'));
      assert.deepEqual(labels(prod), ['2027-04-09']);
    });

    it('the tenant region for a firewall\'s logging region', () => {
      assert.deepEqual(labels(complete(variant('      region: japan', '      region: ¦'))), ['japan']);
    });

    it('listed firewall models', () => {
      const items = complete(variant('    model: PA-450', '    model: ¦'));
      assert.ok(labels(items).includes('PA-450') && labels(items).includes('VM-300'));
    });
  });

  it('is fast enough on a large plan', () => {
    const big = CLEAN.replace('sites:\n', `sites:\n${'  - id: s\n    segments: []\n'.repeat(2000)}`);
    const t0 = Date.now();
    complete(variant(SYSLOG_FW, '          method: dhcp-syslog\n          firewall: ¦', big));
    assert.ok(Date.now() - t0 < 1000);
  });
});
