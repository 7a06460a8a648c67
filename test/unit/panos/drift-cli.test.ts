/** Drift through the real CLI and file system: relative paths, a symbolic link out of the workspace, related locations. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../../cli-harness';
import { CONFIG, PLAN, planVariant } from '../../drift-helpers';

interface Json { files: Array<{ file: string; diagnostics: Array<{ code: string; severity: string; message: string; related?: Array<{ uri: string; range: { start: { line: number } } }> }> }> }

describe('pocplan check with runningConfig', () => {
  it('reports drift on the plan with related locations into the configuration, named as the rest of the output names files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-drift-'));
    fs.mkdirSync(path.join(dir, 'configs'));
    fs.writeFileSync(path.join(dir, 'configs', 'fw-osaka.xml'), CONFIG);
    fs.writeFileSync(path.join(dir, 'p.pocplan.yaml'), planVariant('zone: office', 'zone: guest'));
    const r = cli(['check', '--format', 'json', 'p.pocplan.yaml'], { cwd: dir });
    assert.equal(r.code, 0, 'drift is info by default: no errors');
    const d = (JSON.parse(r.stdout) as Json).files[0]!.diagnostics.find((x) => x.code === 'config.zone')!;
    assert.equal(d.severity, 'info');
    assert.equal(d.related![0]!.uri, path.join('configs', 'fw-osaka.xml'));
    assert.equal(d.related![0]!.range.start.line, CONFIG.split('\n').findIndex((l) => l.includes('<entry name="office">')));
    const strict = cli(['check', '--profile', 'strict', 'p.pocplan.yaml'], { cwd: dir });
    assert.match(strict.stdout, /p\.pocplan\.yaml:\d+:\d+ warning config\.zone /);
  });

  it('never reads a configuration through a symbolic link that leaves the workspace; its content appears nowhere', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-drift-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.xml'), CONFIG.replace('fw-osaka', 'TOP-SECRET-HOST'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-drift-ws-'));
    fs.writeFileSync(path.join(dir, '.pocplanrc.yaml'), 'profile: default\n');
    fs.mkdirSync(path.join(dir, 'configs'));
    fs.symlinkSync(path.join(outside, 'secret.xml'), path.join(dir, 'configs', 'fw-osaka.xml'));
    fs.writeFileSync(path.join(dir, 'p.pocplan.yaml'), PLAN);
    const r = cli(['check', '--format', 'json', 'p.pocplan.yaml'], { cwd: dir });
    const codes = (JSON.parse(r.stdout) as Json).files[0]!.diagnostics.map((x) => x.code);
    assert.deepEqual(codes, ['config.outside-workspace']);
    assert.ok(!(r.stdout + r.stderr).includes('TOP-SECRET'));
  });
});
