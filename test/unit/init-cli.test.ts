/**
 * `pocplan init`: flags for CI, the questions on a terminal (driven through an injected standard
 * input), what it writes (the plan and its CSV stubs, never over a file) and what it says.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { cli, cliAsync } from '../cli-harness';

const FLAGS = ['--customer', 'Example Manufacturing', '--start', '2027-01-11', '--end', '2027-02-19'];

/** A terminal that types `lines` (one answer per line) and then, when `eof`, closes. */
function typing(lines: string[], eof = true): PassThrough {
  const s = new PassThrough();
  s.end(lines.map((l) => `${l}\n`).join(''));
  if (!eof) s.write = () => true;
  return s;
}

describe('pocplan init', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-init-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const run = (args: string[], env: Record<string, string> = {}) => cliAsync(['init', ...args], { cwd: tmp, env });
  const ls = (): string[] => fs.readdirSync(tmp).sort();

  it('--yes: writes a plan that checks clean, named after the customer, and says so', async () => {
    const r = await run(['--yes', ...FLAGS, '--site', 'Osaka plant:1', '--site', 'Kobe warehouse:5-2']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.deepEqual(ls(), ['example-manufacturing.pocplan.yaml', 'kobe-warehouse-iot.csv']);
    assert.equal(r.stdout, [
      'Created example-manufacturing.pocplan.yaml.',
      'Created kobe-warehouse-iot.csv for segment kobe-warehouse-iot: replace its example row with the segment\'s static-IP devices.',
      'The plan checks clean.',
      'Next: open it in VS Code to see it beside its preview, or run `pocplan render example-manufacturing.pocplan.yaml`.', ''].join('\n'));
    const check = cli(['check', '--format', 'json', tmp]);
    assert.equal(check.code, 0);
    assert.deepEqual(JSON.parse(check.stdout).summary, { files: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it('standard input that is not a terminal (CI) asks nothing and takes the defaults', async () => {
    const r = await cliAsync(['init', '-o', 'plan.pocplan.yaml'], { cwd: tmp, stdin: typing(['should not be read']), stdinTTY: false });
    assert.equal(r.code, 0, r.stderr);
    const text = fs.readFileSync(path.join(tmp, 'plan.pocplan.yaml'), 'utf8');
    assert.match(text, /^title: IoT Security PoC$/m);
    assert.match(text, /^ {2}- id: head-office\n {4}name: Head office$/m);
    assert.match(text, /^ {4}model: PA-440\n {4}type: prod$/m);
    assert.doesNotMatch(text, /should not be read/);
  });

  it('never writes over a file: the plan exists → exit 2, nothing changed', async () => {
    fs.writeFileSync(path.join(tmp, 'p.pocplan.yaml'), 'mine\n');
    const r = await run(['--yes', ...FLAGS, '--site', 'Lab:5-1', '-o', 'p.pocplan.yaml']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'pocplan: refusing to write p.pocplan.yaml: it already exists (choose another name; nothing was changed)\n');
    assert.equal(fs.readFileSync(path.join(tmp, 'p.pocplan.yaml'), 'utf8'), 'mine\n');
    assert.deepEqual(ls(), ['p.pocplan.yaml'], 'no CSV stub either');
  });

  it('a license the matrix does not allow is refused before anything is written, naming the allowed ones', async () => {
    const r = await run(['--yes', ...FLAGS, '--firewall-type', 'prod', '--license', 'eval']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^pocplan: --license: An IoT Security license of type eval is not allowed on a firewall of type prod under the strict reading .* Allowed here: trial, prod\.\n$/);
    assert.deepEqual(ls(), []);
    const da = await run(['--yes', ...FLAGS, '--firewall-type', 'prod', '--license', 'eval', '--license-matrix', 'device-associations', '-o', 'da.pocplan.yaml']);
    assert.equal(da.code, 0, da.stderr);
    assert.match(da.stdout, /license\.eval-conversion/, 'the info is shown as what is left to look at');
  });

  it('the reading comes from the .pocplanrc.yaml where the plan goes', async () => {
    fs.writeFileSync(path.join(tmp, '.pocplanrc.yaml'), 'licenseMatrix: device-associations\n');
    const r = await run(['--yes', ...FLAGS, '--license', 'eval', '-o', 'x.pocplan.yaml']);
    assert.equal(r.code, 0, r.stderr);
  });

  it('validates every option and names the allowed values (exit 2, nothing written)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--firewall-type', 'cloud'], /--firewall-type must be one of: prod, eval, lab, nfr \(not "cloud"\)/],
      [['--license', 'free'], /--license must be one of: trial, eval, prod, lab, nfr/],
      [['--lang', 'de'], /--lang must be one of: en, ja/],
      [['--license-matrix', 'any'], /--license-matrix must be one of: strict, device-associations/],
      [['--start', '2027-02-30'], /--start must be a date \(YYYY-MM-DD\): 2027-02-30/],
      [['--start', '2027-03-01', '--end', '2027-02-01'], /--end: The PoC cannot end \(2027-02-01\) before it starts \(2027-03-01\)\./],
      [['--observation-days', 'two'], /--observation-days must be a whole number of days from 1 to 3650/],
      [['--observation-days', '0'], /--observation-days: A whole number of days from 1 to 3650\./],
      [['--site', 'Osaka'], /--site needs NAME:PATTERN with PATTERN one of 1, 2, 3, 4, 5-1, 5-2: Osaka/],
      [['--site', 'Osaka:7'], /--site needs NAME:PATTERN/],
      [['--site'], /--site needs a value/],
      [['--site', 'A:1', '--site', 'a:2'], /--site: Two sites are both named a\./],
      [['-o', 'plan.yaml'], /-o must name a \*\.pocplan\.yaml file: plan\.yaml/],
      [['-o', 'missing/dir/p.pocplan.yaml'], /cannot write missing\/dir\/p\.pocplan\.yaml: no such directory/],
      [['--keep-tenant', '--no-keep-tenant'], /exclude each other/],
      [['--colour'], /unknown option --colour/],
      [['plan.pocplan.yaml'], /unexpected argument plan\.pocplan\.yaml \(the file goes after -o\)/],
    ];
    for (const [args, re] of cases) {
      const r = await run(['--yes', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, re, args.join(' '));
    }
    assert.deepEqual(ls(), []);
  });

  it('--help describes the options and the defaults; pocplan --help lists init', async () => {
    const h = await run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: pocplan init \[--customer NAME\]/);
    assert.match(h.stdout, /PATTERN is one of 1, 2, 3, 4, 5-1, 5-2/);
    assert.match(cli(['--help']).stdout, /\n {2}pocplan init \[--customer NAME\][^\n]*\n {15}\[--firewall-model MODEL\]/);
    assert.match(h.stdout, /^Usage: pocplan init \[--customer NAME\][^\n]*\n {20}\[--firewall-model MODEL\]/);
  });

  it('Japanese with --lang ja or a Japanese terminal (LANG=ja_JP.UTF-8)', async () => {
    for (const [args, env] of [[['--lang', 'ja'], {}], [[], { LANG: 'ja_JP.UTF-8' }]] as const) {
      fs.rmSync(path.join(tmp, 'j.pocplan.yaml'), { force: true });
      const r = await run(['--yes', ...FLAGS, ...args, '-o', 'j.pocplan.yaml'], env);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^j\.pocplan\.yaml を作成しました。\nプランに問題はありません。\n/);
      const text = fs.readFileSync(path.join(tmp, 'j.pocplan.yaml'), 'utf8');
      assert.match(text, /^locale: ja$/m);
      assert.match(text, /^ {4}name: 本社$/m);
    }
  });

  describe('on a terminal', () => {
    it('asks, with defaults in brackets; a wrong answer is asked again with the reason', async () => {
      const stdin = typing([
        'ACME Osaka',          // customer
        '2027-13-01',          // start: not a date → asked again
        '2027-01-11',
        '',                    // end: the default
        'PA-3420',             // model
        '9', '1',              // firewall type: out of range → asked again; prod
        '2',                   // license: prod
        'Osaka plant', '2',    // site 1, pattern 2
        'y',
        'Kobe', '6',           // site 2, pattern 5-2
        'n',
        '',                    // file: the default
      ]);
      const r = await cliAsync(['init'], { cwd: tmp, stdin });
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.match(r.stdout, /^A new IoT Security PoC plan\. Press Enter to take the \[default\]; Ctrl\+D cancels\.\n/);
      assert.match(r.stdout, /PoC start \(YYYY-MM-DD\) \[\d{4}-\d\d-\d\d\]: \nNot a date \(YYYY-MM-DD\): 2027-13-01\nPoC start/);
      assert.match(r.stdout, /PoC end \(YYYY-MM-DD\) \[2027-02-19\]: /, 'the default end follows the default start');
      assert.match(r.stdout, /Firewall type:\n {2}1\) prod: A production firewall the customer owns \(SKU without a suffix\)\.\n/);
      assert.match(r.stdout, /Choose 1–4 \[1\]: \nType a number from 1 to 4\.\n/);
      assert.match(r.stdout, /IoT Security license type:\n {2}1\) trial: .*\n {2}2\) prod: A purchased production license\.\nChoose 1–2 \[1\]: /);
      assert.match(r.stdout, /Configuration pattern of site Osaka plant:\n {2}1\) Pattern 1 \(ARP\/DHCP seen inline, inline traffic\): The NGFW sees the devices' ARP\/DHCP directly/);
      assert.match(r.stdout, /Plan file \[acme-osaka\.pocplan\.yaml\]: \nCreated acme-osaka\.pocplan\.yaml\.\nCreated kobe-iot\.csv/);
      const text = fs.readFileSync(path.join(tmp, 'acme-osaka.pocplan.yaml'), 'utf8');
      assert.match(text, /^customer: ACME Osaka$/m);
      assert.match(text, /^ {2}start: 2027-01-11\n {2}end: 2027-02-19$/m);
      assert.match(text, /^ {4}model: PA-3420\n {4}type: prod$/m);
      assert.match(text, /^ {6}type: prod$/m);
      assert.doesNotMatch(text, /keepAfterPoc: true/, 'a production license: no tenant window');
      assert.match(text, /method: mirror[\s\S]*method: csv/);
    });

    it('asks only what the options leave out; a firewall type with one license does not ask for it', async () => {
      const r = await cliAsync(['init', ...FLAGS, '--firewall-type', 'nfr', '--site', 'Lab:1', '-o', 'n.pocplan.yaml'], { cwd: tmp, stdin: typing(['PA-460']) });
      assert.equal(r.code, 0, r.stderr);
      assert.doesNotMatch(r.stdout, /Customer|PoC start|Firewall type|license type|site|Plan file/i);
      assert.match(r.stdout, /Firewall model \(e\.g\. PA-440, PA-3420, VM-300\) \[PA-440\]: /);
      assert.match(fs.readFileSync(path.join(tmp, 'n.pocplan.yaml'), 'utf8'), /model: PA-460\n {4}type: nfr[\s\S]*type: nfr/);
    });

    it('end of input cancels: exit 2, nothing written', async () => {
      const r = await cliAsync(['init'], { cwd: tmp, stdin: typing(['ACME', '2027-01-11']) });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'pocplan: Cancelled: nothing was written.\n');
      assert.deepEqual(ls(), []);
    });

    it('in Japanese', async () => {
      const r = await cliAsync(['init', '--lang', 'ja', '-o', 'j.pocplan.yaml'], { cwd: tmp, stdin: typing(['サンプル製造', '', '', '', '', '', '大阪工場', '4', 'n']) });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /お客様名: /);
      assert.match(r.stdout, /拠点 大阪工場 の構成案:\n {2}1\) 構成案 1 \(/);
      const text = fs.readFileSync(path.join(tmp, 'j.pocplan.yaml'), 'utf8');
      assert.match(text, /^title: サンプル製造 IoT Security PoC$/m);
      assert.match(text, /method: xsoar-snmp/);
    });
  });
});
