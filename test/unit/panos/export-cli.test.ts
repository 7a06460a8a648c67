import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, ROOT } from '../../cli-harness';
import { readConfig } from '../../../server/src/service/panos/config';

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-export-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const example = (name: string): string => fs.readFileSync(path.join(ROOT, 'examples', `${name}.pocplan.yaml`), 'utf8');

describe('pocplan export panos', () => {
  it('prints set commands for a clean plan (exit 0); the golden file is the same text', () => {
    const r = cli(['export', 'panos', 'examples/pattern-2-span-identity.pocplan.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, fs.readFileSync(path.join(ROOT, 'test', 'golden', 'panos', 'pattern-2-span-identity.set'), 'utf8'));
  });

  it('--format xml prints a configuration that reads back; -o with .xml picks the format', () => {
    const r = cli(['export', 'panos', '--format', 'xml', 'examples/pattern-1-inline.pocplan.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readConfig(r.stdout).ok);
    const dir = workspace({ 'p.pocplan.yaml': example('pattern-1-inline') });
    const w = cli(['export', 'panos', '-o', 'fw.xml', 'p.pocplan.yaml'], { cwd: dir });
    assert.equal(w.code, 0, w.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'fw.xml'), 'utf8'), /^<\?xml version="1.0"\?>\n<config version=/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['fw.xml', 'p.pocplan.yaml']);
  });

  it('refuses a plan with errors (exit 1, nothing written) unless --force, which says so in the output', () => {
    const dir = workspace({ 'm.pocplan.yaml': example('mistakes-visibility') });
    const r = cli(['export', 'panos', '-o', 'out.set', 'm.pocplan.yaml'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /m\.pocplan\.yaml has 8 errors \(pocplan check m\.pocplan\.yaml lists them\): not exported\. Fix them, or export anyway with --force\./);
    assert.ok(!fs.existsSync(path.join(dir, 'out.set')));
    const f = cli(['export', 'panos', '--force', '-o', 'out.set', 'm.pocplan.yaml'], { cwd: dir });
    assert.equal(f.code, 0, f.stderr);
    assert.match(f.stderr, /has 8 errors: exported anyway \(--force\)/);
    assert.match(fs.readFileSync(path.join(dir, 'out.set'), 'utf8'), /# The plan has 8 errors \(see pocplan check\): exported anyway, because of --force\./);
  });

  it('the comments follow the plan\'s locale, or --lang', () => {
    const ja = example('pattern-1-inline').replace(/^locale: en$/m, '') .replace(/^title:/m, 'locale: ja\ntitle:');
    const dir = workspace({ 'p.pocplan.yaml': ja });
    assert.match(cli(['export', 'panos', 'p.pocplan.yaml'], { cwd: dir }).stdout, /^# pocplan export panos: プラン/);
    assert.match(cli(['export', 'panos', '--lang', 'en', 'p.pocplan.yaml'], { cwd: dir }).stdout, /^# pocplan export panos: firewall/);
  });

  it('--log-profile names the DHCP rule\'s log forwarding profile', () => {
    const r = cli(['export', 'panos', '--log-profile', 'IoT-Security', 'examples/pattern-2-span-identity.pocplan.yaml']);
    assert.match(r.stdout, /action allow log-setting IoT-Security\n/);
  });

  it('bad usage and unknown values exit 2 with the allowed values', () => {
    const two = 'pocplan: 1\nfirewalls:\n  - { id: a, interfaces: [{ name: ethernet1/1, mode: tap }] }\n  - { id: b, interfaces: [{ name: ethernet1/2, mode: tap }] }\n';
    const dir = workspace({ 'two.pocplan.yaml': two, 'none.pocplan.yaml': 'pocplan: 1\n' });
    const cases: Array<[string[], RegExp]> = [
      [['export', 'panos', '--format', 'json', 'two.pocplan.yaml'], /--format must be one of: set, xml \(not "json"\)/],
      [['export', 'panos', '--lang', 'de', 'two.pocplan.yaml'], /--lang must be one of: en, ja \(not "de"\)/],
      [['export', 'panos', '--profile', 'loose', 'two.pocplan.yaml'], /--profile must be one of: default, strict/],
      [['export', 'panos', '--license-matrix', 'x', 'two.pocplan.yaml'], /--license-matrix must be one of: strict, device-associations/],
      [['export', 'panos', '--log-profile', 'a;b', 'two.pocplan.yaml'], /--log-profile must be a PAN-OS profile name/],
      [['export', 'panos', '--format', 'xml', 'two.pocplan.yaml'], /--format xml writes one firewall's configuration, and two\.pocplan\.yaml has several: choose one with --firewall \(one of: a, b\)/],
      [['export', 'panos', '--firewall', 'c', 'two.pocplan.yaml'], /--firewall c: no such firewall in two\.pocplan\.yaml \(one of: a, b\)/],
      [['export', 'panos', 'none.pocplan.yaml'], /none\.pocplan\.yaml has no firewalls: nothing to export/],
      [['export', 'panos', 'missing.pocplan.yaml'], /cannot read missing\.pocplan\.yaml: no such file/],
      [['export', 'panos'], /exactly one plan file/],
      [['export', 'panos', '-o', 'two.pocplan.yaml', 'two.pocplan.yaml'], /refusing to write two\.pocplan\.yaml/],
    ];
    for (const [args, re] of cases) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re, args.join(' '));
    }
    assert.equal(cli(['export', 'panos', '--format', 'xml', '--firewall', 'b', 'two.pocplan.yaml'], { cwd: dir }).code, 0);
    assert.match(cli(['export', '--help']).stdout, /pocplan export panos \[--format set\|xml\]/);
  });
});
