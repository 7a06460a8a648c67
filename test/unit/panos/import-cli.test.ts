import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { cli, cliAsync } from '../../cli-harness';
import { readConfigFile } from '../../../server/src/node/read-config';
import { PARALLEL_MIN_BYTES, wellFormedInBackground, worthAWorker } from '../../../server/src/node/xml-parallel';
import { wellFormedProblem } from '../../../server/src/service/panos';
import { ethernet, firewallXml, vsys, zone } from '../../panos-helpers';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-import-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const CONFIG = firewallXml('<deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig>' +
  ethernet('<entry name="ethernet1/1"><virtual-wire/></entry><entry name="ethernet1/2"><virtual-wire/></entry>',
    '<virtual-wire><entry name="vw"><interface1>ethernet1/1</interface1><interface2>ethernet1/2</interface2><multicast-firewalling><enable>yes</enable></multicast-firewalling></entry></virtual-wire>') +
  vsys(zone('iot', 'virtual-wire', ['ethernet1/1'], 'yes') + zone('core', 'virtual-wire', ['ethernet1/2'])));

describe('pocplan import panos', () => {
  it('prints the fragment as YAML with a header naming the file, exit 0', () => {
    const dir = workspace({ 'fw.xml': CONFIG });
    const r = cli(['import', 'panos', 'fw.xml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Imported from fw\.xml by pocplan import panos/);
    const doc = parse(r.stdout) as { firewalls: Array<Record<string, unknown>> };
    assert.deepEqual(doc.firewalls, [{ id: 'fw-osaka', panos: '11.1.2', interfaces: [
      { name: 'ethernet1/1', mode: 'virtual-wire', zone: 'iot', deviceId: true, multicastFirewalling: true },
      { name: 'ethernet1/2', mode: 'virtual-wire', zone: 'core', deviceId: false, multicastFirewalling: true },
    ] }]);
  });

  it('--format json prints { firewalls, notes } with the same keys; --lang ja writes the comments in Japanese', () => {
    const dir = workspace({ 'fw.xml': CONFIG });
    const j = cli(['import', 'panos', '--format', 'json', 'fw.xml'], { cwd: dir });
    const json = JSON.parse(j.stdout) as { firewalls: unknown[]; notes: Array<{ code: string; message: string }> };
    assert.deepEqual(Object.keys(json), ['firewalls', 'notes']);
    assert.deepEqual(json.firewalls, (parse(cli(['import', 'panos', 'fw.xml'], { cwd: dir }).stdout) as { firewalls: unknown[] }).firewalls);
    const ja = cli(['import', 'panos', '--lang', 'ja', 'fw.xml'], { cwd: dir });
    assert.match(ja.stdout, /^# pocplan import panos で fw\.xml から取り込みました/);
  });

  it('-o writes the file (and only it); the format follows a .json name', () => {
    const dir = workspace({ 'fw.xml': CONFIG });
    const r = cli(['import', 'panos', '-o', 'fragment.json', 'fw.xml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.ok(Array.isArray((JSON.parse(fs.readFileSync(path.join(dir, 'fragment.json'), 'utf8')) as { firewalls: unknown[] }).firewalls));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['fragment.json', 'fw.xml']);
  });

  it('a malformed file: exit 2, its line and column, nothing written', () => {
    const dir = workspace({ 'bad.xml': '<config>\n  <devices>\n    <entry name="x">\n  </devices>\n</config>\n' });
    const r = cli(['import', 'panos', '-o', 'out.yaml', 'bad.xml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^pocplan: bad\.xml:4:\d+: not well-formed XML: /);
    assert.ok(!fs.existsSync(path.join(dir, 'out.yaml')));
  });

  it('a large file is validated on a second thread with the same answers: malformed deep inside, a DTD, a clean file', async () => {
    // Over PARALLEL_MIN_BYTES, so the worker (dist/xml-validate-worker.js) does the validation.
    const filler = `<address>${'<entry name="a"><ip-netmask>10.0.0.1/32</ip-netmask></entry>'.repeat(80_000)}</address>`;
    assert.ok(filler.length > PARALLEL_MIN_BYTES);
    assert.ok(worthAWorker(new Uint8Array(new SharedArrayBuffer(PARALLEL_MIN_BYTES))), 'the worker script is found next to xml-parallel.js');
    const good = CONFIG.replace('<devices>', `<devices>${filler}`);
    assert.notEqual(good, CONFIG);
    // An unclosed element inside a subtree the parser skips: only the validator can see it.
    const bad = good.replace('<entry name="a"><ip-netmask>10.0.0.1/32</ip-netmask></entry>', '<entry name="a"><ip-netmask>10.0.0.1/32</entry>');
    const dtd = `<!DOCTYPE config>\n${good}`;
    const dir = workspace({ 'good.xml': good, 'bad.xml': bad, 'dtd.xml': dtd });
    const ok = await cliAsync(['import', 'panos', '--format', 'json', 'good.xml'], { cwd: dir });
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout), JSON.parse(cli(['import', 'panos', '--format', 'json', 'fw.xml'], { cwd: workspace({ 'fw.xml': CONFIG }) }).stdout.replace(/fw\.xml/g, 'good.xml')));
    const malformed = await cliAsync(['import', 'panos', '-o', 'out.yaml', 'bad.xml'], { cwd: dir });
    assert.equal(malformed.code, 2);
    const expected = wellFormedProblem(bad)!;
    assert.equal(malformed.stderr, `pocplan: bad.xml:${expected.line}:${expected.column}: not well-formed XML: ${expected.detail}\n`);
    assert.ok(!fs.existsSync(path.join(dir, 'out.yaml')));
    const refused = await cliAsync(['import', 'panos', 'dtd.xml'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /dtd\.xml:1:1: refusing a document type declaration/);
    // In process, without a shared buffer: the same answer from this thread.
    assert.deepEqual(await wellFormedInBackground(Buffer.from(bad, 'latin1'), 'latin1', () => bad), expected);
  });

  it('a DTD is refused (exit 2) and no entity is ever read', () => {
    const dir = workspace({ 'xxe.xml': '<?xml version="1.0"?>\n<!DOCTYPE config [<!ENTITY x SYSTEM "secret.txt">]>\n<config>&x;</config>\n', 'secret.txt': 'TOP-SECRET' });
    const r = cli(['import', 'panos', 'xxe.xml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /xxe\.xml:2:1: refusing a document type declaration/);
    assert.ok(!(r.stdout + r.stderr).includes('TOP-SECRET'));
  });

  it('other XML, a missing file, a directory, bad options: exit 2 with the reason', () => {
    const dir = workspace({ 'pom.xml': '<project><modelVersion>4.0.0</modelVersion></project>' });
    const cases: Array<[string[], RegExp]> = [
      [['import', 'panos', 'pom.xml'], /not a PAN-OS configuration: the root element is <project>/],
      [['import', 'panos', 'none.xml'], /cannot read none\.xml: no such file/],
      [['import', 'panos', '.'], /cannot read \.: is a directory/],
      [['import', 'panos', '--format', 'set', 'pom.xml'], /--format must be one of: yaml, json \(not "set"\)/],
      [['import', 'panos', '--lang', 'fr', 'pom.xml'], /--lang must be one of: en, ja \(not "fr"\)/],
      [['import', 'panos'], /exactly one configuration file/],
      [['import', 'panos', '--color', 'pom.xml'], /unknown option --color/],
      [['import', 'csv', 'pom.xml'], /unknown import kind csv \(one of: panos\)/],
    ];
    for (const [args, re] of cases) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re, args.join(' '));
    }
  });

  it('refuses to write over its input, a plan or a CSV', () => {
    const dir = workspace({ 'fw.xml': CONFIG });
    for (const target of ['fw.xml', 'x.pocplan.yaml', 'devices.csv']) {
      const r = cli(['import', 'panos', '-o', target, 'fw.xml'], { cwd: dir });
      assert.equal(r.code, 2, target);
      assert.match(r.stderr, /refusing to write/, target);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'fw.xml'), 'utf8'), CONFIG);
  });
});

describe('reading a configuration file', () => {
  it('ASCII and UTF-8 files read as the same text as a UTF-8 read would give', () => {
    const dir = workspace({ 'a.xml': CONFIG, 'u.xml': CONFIG.replace('fw-osaka', '大阪-fw') });
    for (const f of ['a.xml', 'u.xml']) assert.equal(readConfigFile(path.join(dir, f), f), fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.match(cli(['import', 'panos', 'u.xml'], { cwd: dir }).stdout, /The hostname `大阪-fw` is not a valid plan id/);
  });
});
