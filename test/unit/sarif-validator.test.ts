/**
 * `pocplan check --format sarif` against Microsoft's SARIF multitool (`Sarif.Multitool validate`,
 * npm @microsoft/sarif-multitool-linux: a self-contained .NET program, no .NET install needed).
 * It runs its SARIF rules and its GitHub-ingestion rules (`--rule-kind Sarif;Gh`) over the SARIF of
 * all example plans in English and Japanese, plus plans with a suppression, CSV findings, an
 * unreadable file, a file name that needs percent-encoding and a plan outside the current
 * directory — all in one run (about two seconds). Errors and warnings fail the test; notes (advice
 * such as "provide code snippets") are listed. A known-bad log in the same run proves the
 * validator reports what it should.
 *
 * The binary exists for Linux only: elsewhere the suite says so and is skipped. On Linux it must run.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, ROOT } from '../cli-harness';

const BIN = path.join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.pocplan.yaml')).sort();

interface Finding { file: string; ruleId: string; level: string; text: string }

interface ValidatorLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } };
    results?: Array<{ ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>;
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string } }>; toolConfigurationNotifications?: Array<{ message: { text: string } }> }>;
  }>;
}

/** Runs the validator once over `files`; every result with its input file and formatted message. */
function validate(files: string[], out: string): Finding[] {
  const r = spawnSync(BIN, ['validate', ...files, '-o', out, '--level', 'Error;Warning;Note', '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite', '-q'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.error, undefined, `Sarif.Multitool could not run: ${r.error?.message}`);
  assert.ok(fs.existsSync(out), `the validator wrote no log (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as ValidatorLog;
  const findings: Finding[] = [];
  for (const run of log.runs) {
    for (const inv of run.invocations ?? []) {
      const notes = [...(inv.toolExecutionNotifications ?? []), ...(inv.toolConfigurationNotifications ?? [])].map((n) => n.message.text);
      assert.ok(inv.executionSuccessful && !notes.length, `the validator failed: ${notes.join('; ')}`);
    }
    for (const res of run.results ?? []) {
      const rule = run.tool.driver.rules?.find((x) => x.id === res.ruleId);
      let text = res.message.text ?? rule?.messageStrings?.[res.message.id ?? '']?.text ?? res.message.id ?? '';
      (res.message.arguments ?? []).forEach((a, i) => { text = text.split(`{${i}}`).join(a); });
      const uri = res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      findings.push({ file: path.basename(decodeURIComponent(uri)), ruleId: res.ruleId, level: res.level ?? 'warning', text });
    }
  }
  return findings;
}

describe('SARIF output passes the SARIF multitool validator', function () {
  this.timeout(180_000);
  let dir = '';
  let sarifDir = '';
  let findings: Finding[] = [];
  const written: string[] = [];

  /** Writes `pocplan check --format sarif …` run in `cwd` to sarif/<name>.sarif. */
  const emit = (name: string, args: string[], cwd = ROOT): void => {
    const r = cli(['check', '--format', 'sarif', ...args], { cwd });
    assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${name}: exit ${r.code}`);
    JSON.parse(r.stdout);
    const file = path.join(sarifDir, `${name}.sarif`);
    fs.writeFileSync(file, r.stdout);
    written.push(file);
  };

  before(function () {
    if (process.platform !== 'linux') {
      console.log(`    (skipped: the SARIF multitool package ships a Linux binary only; this is ${process.platform})`);
      this.skip();
    }
    assert.ok(fs.existsSync(BIN), `${BIN} is missing: npm install should have installed @microsoft/sarif-multitool-linux`);
    // npm does not run the package's chmod postinstall when it is a dependency of ours.
    fs.chmodSync(BIN, fs.statSync(BIN).mode | 0o100);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-sarif-validate-'));
    sarifDir = path.join(dir, 'sarif');
    fs.mkdirSync(sarifDir);

    // One log per language covers every example plan (one run over the folder, as CI would do it),
    // and a clean plan gives a log with no results.
    emit('examples.en', ['examples']);
    emit('examples.ja', ['--lang', 'ja', 'examples']);
    emit('clean', [path.join('examples', 'pattern-1-inline.pocplan.yaml')]);

    // A suppression with a reason, a CSV with bad cells, an unreadable plan, a file name with a
    // space and Japanese, and a plan outside the current directory (an absolute file: URI).
    const work = path.join(dir, 'work');
    fs.mkdirSync(path.join(work, 'devices'), { recursive: true });
    const licensing = fs.readFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), 'utf8');
    fs.writeFileSync(path.join(work, 'suppressed.pocplan.yaml'), licensing.replace('      type: eval ', '      # pocplan-disable-next-line license.incompatible -- loaner paperwork pending\n      type: eval '));
    fs.writeFileSync(path.join(work, 'csv.pocplan.yaml'), fs.readFileSync(path.join(ROOT, 'examples', 'pattern-5-1-csv-inline.pocplan.yaml'), 'utf8'));
    fs.writeFileSync(path.join(work, 'devices', 'hvac.csv'), 'ip,mac\n10.5.30.5,zz:zz\n10.99.0.1,aa:bb:cc:00:11:22\n10.5.30.5,aa:bb:cc:00:11:23\n');
    fs.writeFileSync(path.join(work, '横浜 工場#1.pocplan.yaml'), licensing);
    emit('suppressed', ['suppressed.pocplan.yaml'], work);
    emit('csv-findings', ['csv.pocplan.yaml'], work);
    emit('csv-findings.ja', ['--lang', 'ja', 'csv.pocplan.yaml'], work);
    emit('unreadable', ['missing.pocplan.yaml', 'suppressed.pocplan.yaml'], work);
    emit('encoded-name', ['横浜 工場#1.pocplan.yaml'], work);
    emit('outside-cwd', [path.join(work, 'suppressed.pocplan.yaml')], sarifDir);

    // The SARIF of earlier releases: %SRCROOT% was './', which the validator must call an error.
    const old = JSON.parse(fs.readFileSync(path.join(sarifDir, 'suppressed.sarif'), 'utf8')) as { runs: Array<{ originalUriBaseIds: Record<string, { uri: string }> }> };
    old.runs[0]!.originalUriBaseIds['%SRCROOT%'] = { uri: './' };
    const known = path.join(dir, 'known-bad.sarif');
    fs.writeFileSync(known, JSON.stringify(old, null, 2));

    findings = validate([...written, known], path.join(dir, 'validation.sarif'));
  });

  it('checks every example plan and the special cases', () => {
    assert.equal(written.length, 9);
    assert.ok(EXAMPLES.length >= 9, EXAMPLES.join(', '));
    const uris = (name: string): Set<string> => new Set((JSON.parse(fs.readFileSync(path.join(sarifDir, `${name}.sarif`), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> })
      .runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    // Every example with findings appears in the folder's log (the clean patterns have none).
    const expected = EXAMPLES.filter((f) => cli(['check', '--format', 'json', path.join('examples', f)]).stdout.includes('"code"'));
    for (const f of expected) assert.ok(uris('examples.en').has(`examples/${f}`) && uris('examples.ja').has(`examples/${f}`), f);
  });

  it('the validator reports an error in a known-bad log (so a clean result means something)', () => {
    const bad = findings.filter((f) => f.file === 'known-bad.sarif');
    assert.ok(bad.some((f) => f.ruleId === 'SARIF1004' && f.level === 'error'), JSON.stringify(bad.slice(0, 3)));
  });

  it('reports 0 errors and 0 warnings for our SARIF (notes are listed)', () => {
    const ours = findings.filter((f) => f.file !== 'known-bad.sarif');
    const problems = ours.filter((f) => f.level === 'error' || f.level === 'warning');
    assert.deepEqual(problems.map((f) => `${f.file}: ${f.level} ${f.ruleId}: ${f.text}`), []);
    const notes = new Map<string, number>();
    for (const f of ours) notes.set(f.ruleId, (notes.get(f.ruleId) ?? 0) + 1);
    console.log(`      validator notes (advice, not errors): ${[...notes].sort().map(([id, n]) => `${id}×${n}`).join(', ') || 'none'}`);
  });

  it('the logs it validated carry what the checks are about', () => {
    const read = (name: string): { runs: Array<Record<string, unknown> & { tool: { driver: { rules: Array<Record<string, unknown>> } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }> }> } =>
      JSON.parse(fs.readFileSync(path.join(sarifDir, `${name}.sarif`), 'utf8'));
    const csv = read('csv-findings').runs[0]!;
    assert.ok(csv.results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'devices/hvac.csv'), 'a result on the CSV file');
    assert.match((csv.originalUriBaseIds as Record<string, { uri: string }>)['%SRCROOT%']!.uri, /^file:\/\/\/.*\/work\/$/);
    const encoded = read('encoded-name').runs[0]!;
    assert.equal(encoded.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, `${encodeURIComponent('横浜 工場#1')}.pocplan.yaml`);
    const outside = read('outside-cwd').runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    assert.ok(outside.uri.startsWith('file:///') && outside.uriBaseId === undefined, JSON.stringify(outside));
    assert.ok(Array.isArray(read('unreadable').runs[0]!.invocations));
    const rules = read('examples.ja').runs[0]!.tool.driver.rules;
    for (const r of rules) {
      assert.notEqual(r.name, r.id);
      for (const k of ['shortDescription', 'fullDescription', 'help', 'helpUri']) assert.ok(r[k], `${String(r.id)} ${k}`);
      assert.match((r.fullDescription as { text: string }).text, /[\u3040-\u30ff]/, `${String(r.id)}: Japanese under --lang ja`);
    }
  });
});
