import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, ROOT } from '../cli-harness';

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
    golden('suppressed.sarif', r.stdout);
    const s = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }>; suppressions?: Array<{ justification: string }> }> }> };
    assert.equal(s.version, '2.1.0');
    const run = s.runs[0]!;
    assert.ok(run.tool.driver.rules.every((x) => x.helpUri.endsWith(`${x.id}.md`)));
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

  it('--lang ja gives Japanese messages', () => {
    const r = cli(['check', '--lang', 'ja', 'examples/mistakes-licensing.pocplan.yaml']);
    assert.match(r.stdout, /ライセンス/);
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
});
