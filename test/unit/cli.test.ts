import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cli, ROOT } from '../cli-harness';
import enCli from '../../server/src/service/l10n/en/cli.json';
import jaCli from '../../server/src/service/l10n/ja/cli.json';

const ESC = String.fromCharCode(27);

const GOLDEN = path.join(ROOT, 'test', 'golden', 'cli');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) { fs.mkdirSync(GOLDEN, { recursive: true }); fs.writeFileSync(file, actual); }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `golden ${name} (UPDATE_GOLDEN=1 to accept)`);
}

describe('pocplan check', () => {
  it('json output matches the golden file and the contract shape', () => {
    const r = cli(['check', '--format', 'json', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.equal(r.code, 1);
    golden('mistakes-licensing.json', r.stdout);
    const j = JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<Record<string, unknown>> }>; summary: Record<string, number> };
    assert.equal(j.files[0]!.file, 'examples/mistakes-licensing.pocplan.yaml');
    for (const d of j.files[0]!.diagnostics) {
      assert.deepEqual(Object.keys(d).filter((k) => k !== 'related').sort(), ['code', 'message', 'range', 'severity']);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity as string));
    }
    assert.deepEqual(Object.keys(j.summary).slice(0, 4), ['files', 'errors', 'warnings', 'infos']);
  });

  it('sarif output is SARIF 2.1.0 with rules, help links, regions and suppressions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-sarif-'));
    const plan = fs.readFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), 'utf8')
      .replace('      type: eval ', '      # pocplan-disable-next-line license.incompatible -- loaner paperwork pending\n      type: eval ');
    fs.writeFileSync(path.join(dir, 'x.pocplan.yaml'), plan);
    const r = cli(['check', '--format', 'sarif', 'x.pocplan.yaml'], { cwd: dir });
    // %SRCROOT% is the absolute URI of the current directory: the golden file names it SRCROOT.
    const root = pathToFileURL(dir).href + '/';
    assert.ok(r.stdout.includes(`"uri": "${root}"`), 'originalUriBaseIds is the absolute URI of the current directory');
    golden('suppressed.sarif', r.stdout.split(root).join('file:///SRCROOT/'));
    const s = JSON.parse(r.stdout) as { version: string; runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; tool: { driver: { rules: Array<{ id: string; name: string; helpUri: string; fullDescription: { text: string }; help: { text: string; markdown: string } }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>; suppressions?: Array<{ justification: string }> }> }> };
    assert.equal(s.version, '2.1.0');
    const run = s.runs[0]!;
    assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, root);
    assert.deepEqual(run.results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: 'x.pocplan.yaml', uriBaseId: '%SRCROOT%' });
    assert.ok(run.tool.driver.rules.every((x) => x.helpUri.endsWith(`${x.id}.md`)));
    for (const rule of run.tool.driver.rules) {
      assert.notEqual(rule.name, rule.id);
      assert.ok(rule.fullDescription.text && rule.help.text.includes(rule.helpUri) && rule.help.markdown.includes(`](${rule.helpUri})`), rule.id);
    }
    assert.equal(run.tool.driver.rules.find((x) => x.id === 'license.incompatible')?.name, 'LicenseIncompatible');
    const suppressed = run.results.filter((x) => x.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0]!.ruleId, 'license.incompatible');
    assert.equal(suppressed[0]!.suppressions![0]!.justification, 'loaner paperwork pending');
    assert.ok(run.results.every((x) => x.locations[0]!.physicalLocation.region.startLine >= 1));
  });

  it('text output is file:line:col severity code message, coloured only on a terminal', () => {
    const plain = cli(['check', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.match(plain.stdout, /^examples\/mistakes-licensing\.pocplan\.yaml:\d+:\d+ error license\.incompatible /m);
    assert.ok(!plain.stdout.includes(ESC));
    const tty = cli(['check', 'examples/mistakes-licensing.pocplan.yaml'], { tty: true });
    assert.ok(tty.stdout.includes(`${ESC}[31merror`));
    const noColor = cli(['check', 'examples/mistakes-licensing.pocplan.yaml'], { tty: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes(ESC));
  });

  it('walks directories for plans', () => {
    const r = cli(['check', '--format', 'json', 'examples']);
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file).filter((f) => f.endsWith('.yaml'));
    assert.ok(files.length >= 9, files.join(','));
    assert.ok(files.includes('examples/pattern-1-inline.pocplan.yaml'));
  });

  it('an unreadable file is a clear error (exit 2) and the other files are still checked', () => {
    const r = cli(['check', '--format', 'json', 'examples/missing.pocplan.yaml', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read examples\/missing\.pocplan\.yaml: no such file/);
    const j = JSON.parse(r.stdout) as { files: Array<{ file: string; error?: string; diagnostics: unknown[] }> };
    assert.equal(j.files[0]!.error, 'no such file');
    assert.ok(j.files[1]!.diagnostics.length > 0);
  });

  it('bad usage exits 2', () => {
    assert.equal(cli(['check', '--format', 'xml', 'examples']).code, 2);
    assert.equal(cli(['check']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    assert.equal(cli(['check', '--bogus', 'examples']).code, 2);
  });

  it('--lang ja gives Japanese messages, severities and summary', () => {
    const r = cli(['check', '--lang', 'ja', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.match(r.stdout, /ライセンス/);
    assert.match(r.stdout, /^examples\/mistakes-licensing\.pocplan\.yaml:\d+:\d+ エラー license\.incompatible /m);
    assert.match(r.stdout, /\nプラン 1 件を検査: エラー 2 件、警告 2 件、情報 2 件\n$/);
    const en = cli(['check', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.match(en.stdout, /\n2 errors, 2 warnings, 2 infos in 1 plan\n$/);
    const env = cli(['check', 'examples/mistakes-licensing.pocplan.yaml'], { env: { POCPLAN_LANG: 'ja' } });
    assert.equal(env.stdout, r.stdout);
  });

  it('--lang ja: errors about the command line and unreadable files are Japanese too', () => {
    const bad = cli(['check', '--lang', 'ja', '--format', 'xml', 'examples']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^pocplan: --format には text、json、sarif のいずれかを指定してください\("xml" は使えません\)\n使い方:\n/);
    const missing = cli(['check', '--lang', 'ja', 'examples/missing.pocplan.yaml']);
    assert.equal(missing.stderr, 'pocplan: examples/missing.pocplan.yaml を読み込めません: ファイルがありません\npocplan: 検査したプランはありません\n');
    const json = cli(['check', '--lang', 'ja', '--format', 'json', 'examples/missing.pocplan.yaml']);
    assert.equal((JSON.parse(json.stdout) as { files: Array<{ error: string }> }).files[0]!.error, 'no such file', 'the JSON field keeps its contract value');
    const option = cli(['check', '--lang', 'ja', '--formt', 'json', 'examples']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^pocplan: 不明なオプション --formt です\n使い方:\n {2}pocplan check /);
    assert.match(option.stderr, /\n終了コード: 0 エラーなし、/);
    assert.match(cli(['check', '--formt', 'json', 'examples']).stderr, /^pocplan: unknown option --formt\nUsage:\n/);
    const render = cli(['render', '--lang', 'ja', 'examples/missing.pocplan.yaml']);
    assert.equal(render.stderr, 'pocplan: examples/missing.pocplan.yaml を読み込めません: ファイルがありません\n');
  });

  it('the summary counts suppressed findings, in both languages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-sup-'));
    const plan = fs.readFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), 'utf8')
      .replace('      type: eval ', '      # pocplan-disable-next-line license.incompatible -- loaner paperwork pending\n      type: eval ');
    fs.writeFileSync(path.join(dir, 'x.pocplan.yaml'), plan);
    assert.match(cli(['check', 'x.pocplan.yaml'], { cwd: dir }).stdout, /\n1 error, 2 warnings, 2 infos in 1 plan \(1 suppressed\)\n$/);
    assert.match(cli(['check', '--lang', 'ja', 'x.pocplan.yaml'], { cwd: dir }).stdout, /\nプラン 1 件を検査: エラー 1 件、警告 2 件、情報 2 件\(抑制 1 件\)\n$/);
  });

  it('--license-matrix device-associations accepts an eval license on a prod firewall', () => {
    const strict = cli(['check', '--format', 'json', 'examples/mistakes-licensing.pocplan.yaml']);
    const da = cli(['check', '--format', 'json', '--license-matrix', 'device-associations', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.match(strict.stdout, /license\.incompatible/);
    assert.doesNotMatch(da.stdout, /license\.incompatible/);
  });

  it('reads .pocplanrc.yaml: rule severities and turning rules off', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-rc-'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), path.join(dir, 'p.pocplan.yaml'));
    fs.writeFileSync(path.join(dir, '.pocplanrc.yaml'), 'rules:\n  license.incompatible: off\n  license.tenant-window: warning\n');
    const r = cli(['check', '--format', 'json', 'p.pocplan.yaml'], { cwd: dir });
    const diags = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ code: string; severity: string }> }> }).files[0]!.diagnostics;
    assert.ok(!diags.some((d) => d.code === 'license.incompatible'));
    assert.equal(diags.find((d) => d.code === 'license.tenant-window')?.severity, 'warning');
  });

  it('every plan of a folder gets its .pocplanrc.yaml, and its problems are reported for each plan', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-rc-'));
    for (const n of ['a', 'b']) fs.copyFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), path.join(dir, `${n}.pocplan.yaml`));
    fs.writeFileSync(path.join(dir, '.pocplanrc.yaml'), 'rules:\n  license.incompatible: off\nbogus: 1\n');
    const r = cli(['check', '--format', 'json', 'a.pocplan.yaml', 'b.pocplan.yaml'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> }).files;
    assert.deepEqual(files.map((f) => f.file), ['a.pocplan.yaml', 'b.pocplan.yaml']);
    for (const f of files) assert.ok(f.diagnostics.length > 0 && !f.diagnostics.some((d) => d.code === 'license.incompatible'), f.file);
    assert.equal(r.stderr, `pocplan: ${path.join(dir, '.pocplanrc.yaml')}: unknown setting bogus\n`.repeat(2));
    const ja = cli(['check', '--lang', 'ja', '--format', 'json', 'a.pocplan.yaml'], { cwd: dir });
    assert.equal(ja.stderr, `pocplan: ${path.join(dir, '.pocplanrc.yaml')}: 不明な設定 bogus です\n`);
  });

  it('a directory named like a plan is walked, and holding no plan it is an error (exit 2)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-dir-'));
    fs.mkdirSync(path.join(dir, 'd.pocplan.yaml'));
    const r = cli(['check', '--format', 'json', 'd.pocplan.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'pocplan: no *.pocplan.yaml or *.pocplan.yml files under d.pocplan.yaml\npocplan: no plan was checked\n');
    assert.equal((JSON.parse(r.stdout) as { files: Array<{ error?: string }> }).files[0]!.error, 'no plans in this folder');
  });

  it('reports CSV problems on the CSV file and summarises them on the plan', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-csv-'));
    const plan = fs.readFileSync(path.join(ROOT, 'examples', 'pattern-5-1-csv-inline.pocplan.yaml'), 'utf8');
    fs.mkdirSync(path.join(dir, 'devices'));
    fs.writeFileSync(path.join(dir, 'p.pocplan.yaml'), plan);
    fs.writeFileSync(path.join(dir, 'devices', 'hvac.csv'), 'ip,mac\n10.5.30.5,zz:zz\n');
    const r = cli(['check', '--format', 'json', 'p.pocplan.yaml'], { cwd: dir });
    const j = JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string; range: { start: { line: number; character: number } } }> }> };
    const csv = j.files.find((f) => f.file === path.join('devices', 'hvac.csv'))!;
    assert.deepEqual(csv.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['csv.invalid-mac', 1, 10]]);
    assert.ok(j.files[0]!.diagnostics.some((d) => d.code === 'csv.invalid-mac'));
    assert.equal(r.code, 1);
  });

  it('the CLI catalog has every key in both languages, with the same placeholders', () => {
    const ph = (v: string): string[] => [...v.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    const en = enCli as Record<string, string>;
    const ja = jaCli as Record<string, string>;
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) assert.deepEqual(ph(ja[k]!), ph(v), k);
  });
});
