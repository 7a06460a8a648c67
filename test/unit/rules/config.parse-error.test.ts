import * as assert from 'node:assert/strict';
import { CONFIG, CONFIG_URI, driftCheck, expectDriftAt, planVariant } from '../../drift-helpers';
import { firewallXml } from '../../panos-helpers';

const CODE = 'config.parse-error';
const MARKED = planVariant('runningConfig: configs/fw-osaka.xml', 'runningConfig: «configs/fw-osaka.xml»');

describe(CODE, () => {
  it('malformed XML: on the runningConfig value, with the line and column, related to the place in the file', () => {
    const broken = CONFIG.replace('<entry name="ethernet1/3"><layer3/></entry>', '<entry name="ethernet1/3"><layer3/>');
    const [d] = expectDriftAt(MARKED, CODE, broken);
    assert.match(d!.message, /is not well-formed XML \(line \d+, column \d+: Expected closing tag 'entry'/);
    assert.equal(d!.related[0]!.uri, CONFIG_URI);
    assert.deepEqual(driftCheck(MARKED, broken).diagnostics.map((x) => x.code), [CODE], 'nothing else is compared');
  });

  it('a DTD is refused and never read; other XML is not a configuration', () => {
    const [dtd] = expectDriftAt(MARKED, CODE, '<?xml version="1.0"?>\n<!DOCTYPE config [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<config>&x;</config>\n');
    assert.match(dtd!.message, /holds a document type declaration \(line 2\)/);
    const [other] = expectDriftAt(MARKED, CODE, '<project><modelVersion>4.0.0</modelVersion></project>');
    assert.match(other!.message, /is not a PAN-OS configuration \(its root element is `<project>`/);
  });

  it('a Panorama configuration: the template (stack) named like the firewall, else a finding listing them', () => {
    const tpl = (name: string, host = ''): string => `<entry name="${name}"><config><devices><entry name="localhost.localdomain">${host ? `<deviceconfig><system><hostname>${host}</hostname></system></deviceconfig>` : ''}<network><interface><ethernet><entry name="ethernet1/1"><virtual-wire/></entry></ethernet></interface></network></entry></devices></config></entry>`;
    const pano = (t: string): string => `<config version="11.1.0"><devices><entry name="localhost.localdomain"><template>${t}</template></entry></devices></config>`;
    const plan = MARKED.replace(/[«»]/g, '');
    assert.deepEqual(driftCheck(plan, pano(tpl('a') + tpl('fw-osaka'))).diagnostics.filter((x) => x.code === CODE), []);
    assert.deepEqual(driftCheck(plan, pano(tpl('a') + tpl('b', 'fw-osaka'))).diagnostics.filter((x) => x.code === CODE), []);
    const [d] = expectDriftAt(MARKED, CODE, pano(tpl('a') + tpl('b')));
    assert.match(d!.message, /Panorama configuration with several templates, none of them for firewall `fw-osaka` .*: `a`, `b`/);
    assert.ok(firewallXml(''));
  });

  it('info by default, error when strict; Japanese', () => {
    const bad = '<config';
    assert.equal(driftCheck(MARKED, bad).diagnostics[0]!.severity, 'info');
    assert.equal(driftCheck(MARKED, bad, { settings: { profile: 'strict' } }).diagnostics[0]!.severity, 'error');
    assert.match(driftCheck(MARKED, bad, { settings: { lang: 'ja' } }).diagnostics[0]!.message, /正しい XML ではありません/);
  });
});
