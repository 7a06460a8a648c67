import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../cli-harness';
import { CLEAN, CLEAN_FILES } from '../../fixtures';
import { apply, codeActions, createdFiles, diagnostics, makeService, PLAN_URI, problems, settings, type Files } from './helpers';

const SHARED = path.resolve(ROOT, '..', 'shared', 'examples');

/** The plan's CSV files next to it, as workspace files. */
function csvFilesOf(dir: string): Files {
  const out: Files = {};
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (f.endsWith('.csv')) out[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  const devices = path.join(dir, 'devices');
  for (const f of fs.existsSync(devices) ? fs.readdirSync(devices) : []) if (f.endsWith('.csv')) out[`devices/${f}`] = fs.readFileSync(path.join(devices, f), 'utf8');
  return out;
}

/**
 * What a user does without typing: take the first error or warning, open its lightbulb, pick the
 * preferred fix (else the first that is not "Disable …"), apply it; again until nothing is left.
 */
function fixByLightbulb(start: string, files: Files): { text: string; files: Files; steps: string[] } {
  let text = start;
  const all = { ...files };
  const steps: string[] = [];
  for (let i = 0; i < 40; i++) {
    const service = makeService(all);
    const s = settings();
    const d = service.check(PLAN_URI, text, s).diagnostics.find((x) => x.severity === 'error' || x.severity === 'warning');
    if (!d) return { text, files: all, steps };
    const actions = codeActions(service, text, s, { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] })
      .filter((a) => !a.title.startsWith('Disable'));
    const chosen = actions.find((a) => a.preferred) ?? actions[0];
    assert.ok(chosen, `no fix for ${d.code} at line ${d.range.start.line + 1}: ${d.message}`);
    steps.push(`${d.code}: ${chosen.title}`);
    text = apply(text, chosen.edit);
    Object.assign(all, createdFiles(chosen.edit));
  }
  assert.fail(`still not clean after 40 fixes: ${steps.join('; ')}`);
}

describe('every problem can be fixed from the lightbulb', () => {
  const warehouse = path.join(SHARED, 'warehouse-mistakes.pocplan.yaml');

  it('warehouse-mistakes.pocplan.yaml: three problems, three clicks, every comment kept', function () {
    if (!fs.existsSync(warehouse)) this.skip();
    const before = fs.readFileSync(warehouse, 'utf8');
    const files = csvFilesOf(SHARED);
    assert.deepEqual(problems(before, files).map((p) => p.split('@')[0]).sort(), ['identity.csv-requires-static', 'license.incompatible', 'traffic.tap-enforcement']);
    const { text, steps } = fixByLightbulb(before, files);
    assert.deepEqual(steps, [
      'license.incompatible: Change the license type to `trial`',
      'identity.csv-requires-static: Set `addressing: static` (CSV lists cover static-IP devices)',
      'traffic.tap-enforcement: Set `enforce: false` (visibility only)',
    ]);
    assert.deepEqual(problems(text, files), []);
    const comments = (t: string): string[] => t.split('\n').map((l) => l.slice(l.indexOf('#'))).filter((c) => c.startsWith('#'));
    assert.deepEqual(comments(text), comments(before));
    assert.equal(text, before.replace('type: eval ', 'type: trial ').replace('addressing: dhcp ', 'addressing: static ').replace('enforce: true ', 'enforce: false '));
  });

  for (const name of ['mistakes-licensing', 'mistakes-structure', 'mistakes-visibility']) {
    it(`examples/${name}.pocplan.yaml ends clean`, function () {
      const file = path.join(ROOT, 'examples', `${name}.pocplan.yaml`);
      if (!fs.existsSync(file)) this.skip();
      const files = csvFilesOf(path.join(ROOT, 'examples'));
      const { text, files: after, steps } = fixByLightbulb(fs.readFileSync(file, 'utf8'), files);
      assert.ok(steps.length > 0);
      assert.deepEqual(problems(text, after), []);
    });
  }
});

describe('source.fixAll.pocplan', () => {
  it('applies only the safe fixes: one unambiguous fix per diagnostic', function () {
    const file = path.join(SHARED, 'warehouse-mistakes.pocplan.yaml');
    if (!fs.existsSync(file)) this.skip();
    const before = fs.readFileSync(file, 'utf8');
    const files = csvFilesOf(SHARED);
    const edit = makeService(files).fixAll(PLAN_URI, before, settings());
    assert.ok(edit);
    const after = apply(before, edit);
    // Addressing and enforcement have one fix each; the license has three (trial, prod, or the firewall type).
    assert.deepEqual(problems(after, files).map((p) => p.split('@')[0]), ['license.incompatible']);
    assert.equal(after, before.replace('addressing: dhcp ', 'addressing: static ').replace('enforce: true ', 'enforce: false '));
  });

  it('is offered only when asked for, and fixes several problems at once', () => {
    const broken = CLEAN.replace('observationDays: 14', 'observationDays: 1').replace('      enhancedApplicationLogs: true', '      enhancedApplicationLogs: false').replace('subnet: 10.1.22.0/24', 'subnet: 10.1.22.9/24');
    const service = makeService(CLEAN_FILES);
    const lightbulb = service.codeActions(PLAN_URI, broken, settings(), { start: 0, end: 0, diagnostics: [] });
    assert.ok(!lightbulb.some((a) => a.kind === 'source.fixAll.pocplan'));
    const actions = codeActions(service, broken, settings(), { start: 0, end: 0, diagnostics: [], only: ['source.fixAll'] });
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.pocplan']);
    assert.equal(apply(broken, actions[0]!.edit), CLEAN.replace('observationDays: 14', 'observationDays: 2'));
  });

  it('returns nothing for a clean plan', () => {
    assert.equal(makeService(CLEAN_FILES).fixAll(PLAN_URI, CLEAN, settings()), undefined);
    assert.deepEqual(diagnostics(CLEAN, CLEAN_FILES).filter((d) => d.severity !== 'info'), []);
  });
});
