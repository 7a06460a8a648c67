import * as assert from 'node:assert/strict';
import type { PlanHover } from '../../../server/src/service';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { atCursor, makeService, PLAN_URI, settings } from './helpers';

function hover(marked: string, lang: 'en' | 'ja' = 'en', licenseMatrix: 'strict' | 'device-associations' = 'strict'): PlanHover & { text: string } {
  const { text, offset } = atCursor(marked);
  const h = makeService(CLEAN_FILES).hover(PLAN_URI, text, settings({ lang, licenseMatrix }), offset);
  assert.ok(h, 'a hover');
  return { ...h, text: text.slice(h.start, h.end) };
}

describe('hover', () => {
  it('a key: the schema title and description', () => {
    const h = hover(variant('    managedBy: local', '    manag¦edBy: local'));
    assert.equal(h.text, 'managedBy');
    assert.equal(h.markdown, '**Managed by**\n\nHow the firewall is managed. With Panorama, Panorama must be in the same TSG as Strata Logging Service.');
  });

  it('a key in Japanese', () => {
    assert.match(hover(variant('    managedBy: local', '    manag¦edBy: local'), 'ja').markdown, /^\*\*管理方法\*\*\n\nNGFW の管理方法です。/);
  });

  it('an enum value: what it means (and the method\'s requirements)', () => {
    const h = hover(variant('          method: dhcp-syslog', '          method: dhcp-sy¦slog'));
    assert.equal(h.text, 'dhcp-syslog');
    assert.match(h.markdown, /^\*\*Identity method: `dhcp-syslog`\*\*\n\nPattern 3: DHCP servers send their logs as syslog/);
    assert.match(h.markdown, /it needs PAN-OS 10.2 or later/);
  });

  describe('a license', () => {
    it('whether the matrix allows it on that firewall, with the source; margin to the PoC end; tenant window', () => {
      const h = hover(variant('      type: trial', '      type: tr¦ial'));
      assert.match(h.markdown, /✅ The strict reading \(seed article and IoT Security license documents\) allows a `trial` license on a `prod` firewall\./);
      assert.match(h.markdown, /Source: \[.*\]\(https:\/\/www\.paloaltonetworks\.com\/blog\/2023\/09\/iot-security-poc\/\?lang=ja\) \(2023-09-28\)\./);
      assert.match(h.markdown, /Expires 19 day\(s\) after the PoC ends \(2027-02-19\)\./);
      assert.match(h.markdown, /apply production licenses by 2027-04-09/);
    });

    it('an eval license on a prod firewall: denied, naming the other reading\'s source', () => {
      const h = hover(variant('      type: trial', '      type: ev¦al'));
      assert.match(h.markdown, /❌ The strict reading .* does not allow a `eval` license on a `prod` firewall\./);
      assert.match(h.markdown, /Also see: \[Firewall and License Type Compatibility/);
      assert.match(hover(variant('      type: trial', '      type: ev¦al'), 'en', 'device-associations').markdown, /✅ The Device Associations table \(2026\) allows/);
    });

    it('on expires: days before the PoC end', () => {
      const h = hover(variant('      expires: 2027-03-10', '      expires: 2027-02¦-10'));
      assert.match(h.markdown, /Expires 9 day\(s\) before the PoC ends \(2027-02-19\)\./);
    });

    it('on prodLicenseDate: the window\'s last day and whether the plan is inside it', () => {
      assert.match(hover(variant('  prodLicenseDate: 2027-03-01', '  prodLicenseDate: 2027¦-03-01')).markdown, /applied by 2027-04-09 .*\n\nThe planned date is inside the window \(39 day\(s\) to spare\)\./);
      assert.match(hover(variant('  prodLicenseDate: 2027-03-01', '  prodLicenseDate: 2027¦-05-01')).markdown, /The planned date is 22 day\(s\) past the window\./);
    });
  });

  describe('a reference: what it points at', () => {
    it('a firewall', () => {
      const h = hover(variant('          method: dhcp-syslog\n          firewall: fw-osaka', '          method: dhcp-syslog\n          firewall: fw-o¦saka'));
      assert.equal(h.markdown, '**Firewall `fw-osaka`**: PA-450, prod unit, PAN-OS 11.1.3.\n\nIoT Security license: trial, expires 2027-03-10.\n\nInterfaces: `ethernet1/1` (virtual-wire), `ethernet1/3` (layer3), `ethernet1/7` (tap).');
    });

    it('an interface of the firewall named beside it', () => {
      const h = hover(variant('          interface: ethernet1/3\n        traffic', '          interface: ether¦net1/3\n        traffic'));
      assert.equal(h.markdown, '**Interface `ethernet1/3`** of `fw-osaka`: layer3, zone `scanners`.\n\nDevice-ID: yes. Relays DHCP to 10.1.0.10. Logs broadcast DHCP.');
    });

    it('a switch', () => {
      assert.equal(hover(variant('        mirrorFrom: sw-core', '        mirrorFrom: sw-¦core')).markdown, '**Switch `sw-core`**: Catalyst 9300.\n\nSPAN: yes; ERSPAN: yes.\n\nSNMP v3, read-only.');
    });

    it('an undefined id', () => {
      assert.equal(hover(variant('        mirrorFrom: sw-core', '        mirrorFrom: sw-¦edge')).markdown, '`sw-edge` is not defined in this plan.');
    });
  });

  it('a segment id: its pattern', () => {
    assert.match(hover(variant('      - id: p2-cameras', '      - id: p2-c¦ameras')).markdown, /Pattern 2: ARP\/DHCP mirrored to a tap, inline traffic\./);
  });

  it('a code in a suppression comment: what the rule checks', () => {
    const h = hover(variant('  start: 2027-01-11\n', '  # pocplan-disable-next-line poc.observa¦tion-short -- n/a\n  start: 2027-01-11\n'));
    assert.equal(h.text, 'poc.observation-short');
    assert.equal(h.markdown, '**poc.observation-short**\n\nAllow at least two days of traffic before judging identification results.\n\nDefault severity: warning.');
    const ja = hover(variant('  start: 2027-01-11\n', '  # pocplan-disable-next-line poc.observa¦tion-short -- n/a\n  start: 2027-01-11\n'), 'ja');
    assert.match(ja.markdown, /少なくとも 2 日分の通信/);
  });

  it('nothing on a blank line', () => {
    const { text, offset } = atCursor(variant('poc:\n', '\n¦\npoc:\n'));
    assert.equal(makeService(CLEAN_FILES).hover(PLAN_URI, text, settings(), offset), undefined);
  });
});

describe('inlay hints', () => {
  const hints = (text: string, lang: 'en' | 'ja' = 'en'): string[] =>
    makeService(CLEAN_FILES).inlayHints(PLAN_URI, text, settings({ lang }), 0, text.length).map((h) => `${/\S+$/.exec(text.slice(0, h.offset))![0]}|${h.label}`);

  it('the pattern after each segment id, the license margin, the tenant window end', () => {
    assert.deepEqual(hints(CLEAN), [
      '2027-03-01|window ends 2027-04-09',
      '2027-03-10|+19 d after PoC end',
      'p1-scanners|pattern 1',
      'p2-cameras|pattern 2',
      'p3-printers|pattern 3',
      'p4-badges|pattern 4',
      'p51-hvac|pattern 5-1',
      'p52-meters|pattern 5-2',
    ]);
  });

  it('a license that ends before the PoC shows the shortfall; Japanese labels', () => {
    const text = variant('      expires: 2027-03-10', '      expires: 2027-02-10');
    assert.ok(hints(text).includes('2027-02-10|9 d before PoC end'));
    assert.ok(hints(CLEAN, 'ja').includes('p1-scanners|構成案 1'));
  });

  it('only hints inside the requested range', () => {
    const start = CLEAN.indexOf('sites:');
    assert.equal(makeService(CLEAN_FILES).inlayHints(PLAN_URI, CLEAN, settings(), start, CLEAN.length).length, 6);
  });
});
