import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { importPanos } from '../../../server/src/service/panos';
import { PATHS, readConfig } from '../../../server/src/service/panos/config';
import { MAX_DEPTH, parseXml, SKIPPED_ELEMENTS } from '../../../server/src/service/panos/xml';
import { firewallXml } from '../../panos-helpers';

describe('PAN-OS XML', () => {
  it('refuses a DOCTYPE or ENTITY declaration before parsing, with its line', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE config [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<config>&x;</config>\n';
    const r = parseXml(xxe);
    assert.ok(!r.ok);
    assert.deepEqual([r.problem.kind, r.problem.line], ['dtd', 2]);
    const entity = parseXml('<config>\n<!ENTITY y "z"></config>');
    assert.ok(!entity.ok && entity.problem.kind === 'dtd' && entity.problem.line === 2);
  });

  it('never expands entities: an entity reference stays text', () => {
    const r = readConfig(firewallXml('<deviceconfig><system><hostname>a&amp;b</hostname></system></deviceconfig>'));
    assert.ok(r.ok);
    assert.equal(r.config.devices[0]!.hostname, 'a&amp;b');
  });

  it('reports a malformed file with the validator\'s line and column', () => {
    const r = parseXml('<config>\n  <devices>\n    <entry name="x">\n  </devices>\n</config>\n');
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'malformed');
    assert.equal(r.problem.line, 4);
    assert.match(r.problem.detail, /entry/);
    for (const bad of ['', 'not xml', '<config>', '<config a=1/>', '<config>a & b</config>']) assert.ok(!parseXml(bad).ok, JSON.stringify(bad));
  });

  it('bounds nesting (MAX_DEPTH) without throwing', () => {
    const deep = '<config>' + '<a>'.repeat(MAX_DEPTH + 5) + '</a>'.repeat(MAX_DEPTH + 5) + '</config>';
    const r = parseXml(deep);
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'too-deep');
  });

  it('accepts a byte-order mark and keeps offsets into the original text', () => {
    const xml = '\ufeff' + firewallXml('<network><interface><ethernet><entry name="ethernet1/1"><tap/></entry></ethernet></interface></network>');
    const r = readConfig(xml, { positions: true });
    assert.ok(r.ok);
    const at = r.config.devices[0]!.interfaces[0]!.at!;
    assert.ok(xml.startsWith('<entry name="ethernet1/1"', at), xml.slice(at, at + 30));
  });

  it('refuses prototype-like element names with their line, polluting nothing', () => {
    const r = readConfig(firewallXml('<x/>\n<__proto__><polluted>yes</polluted></__proto__>'));
    assert.ok(!r.ok);
    assert.equal(r.problem.line, 6);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('skips no element the bridge reads', () => {
    const read = new Set<string>(['config', 'devices', 'entry', 'member', 'units', 'relay', 'ip', 'server', 'mode', 'enabled', 'interface1', 'interface2',
      'multicast-firewalling', 'enable', 'enable-device-identification', 'erspan', 'local-address', 'interface', 'tunnel-interface', 'templates',
      'template', 'template-stack', 'aggregate-group', 'layer3', 'layer2', 'virtual-wire', 'tap', 'ha', 'decrypt-mirror', 'log-card', 'zone', 'response', 'result',
      ...Object.values(PATHS).flat()]);
    for (const s of SKIPPED_ELEMENTS) assert.ok(!read.has(s), s);
  });
});

describe('PAN-OS XML under random damage', () => {
  it('never throws: a mutated configuration is read, or refused with a line and column', function () {
    this.timeout(60_000);
    const base = firewallXml('<deviceconfig><system><hostname>fw</hostname></system></deviceconfig><network><interface><ethernet><entry name="ethernet1/1"><layer3><units><entry name="ethernet1/1.5"/></units></layer3></entry></ethernet></interface><dhcp><interface><entry name="ethernet1/1"><relay><ip><server><member>10.0.0.5</member></server></ip></relay></entry></interface></dhcp></network><vsys><entry name="vsys1"><zone><entry name="z"><network><layer3><member>ethernet1/1</member></layer3></network></entry></zone></entry></vsys>');
    const edit = fc.tuple(fc.nat(base.length), fc.nat(40), fc.constantFrom('', '<', '>', '</entry>', '<entry name="x">', '"', '&', '<!DOCTYPE a>', '<![CDATA[x]]>', '<!-- c -->', '\u0000', 'ü', '<__proto__/>', '<a b=1>'));
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = base;
      for (const [at, del, ins] of edits) { const i = Math.min(at, text.length); text = text.slice(0, i) + ins + text.slice(i + del); }
      const r = importPanos(text, { lang: 'en', file: 'x.xml', format: 'yaml' });
      if (r.ok) assert.ok(typeof r.text === 'string');
      else assert.ok(r.problem.line >= 1 && r.problem.column >= 1, JSON.stringify(r.problem));
    }), { seed: 14, numRuns: 300 });
  });
});
