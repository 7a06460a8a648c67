/**
 * The editing features never throw, whatever the text and wherever the cursor: every example plan,
 * cut at many points (a plan being typed), with the cursor at many offsets, through every feature.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../cli-harness';
import { CLEAN, CLEAN_FILES } from '../../fixtures';
import { makeService, PLAN_URI, settings } from './helpers';

const plans = [CLEAN, ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.pocplan.yaml')).map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'))];

const ODD = [
  '', '\n', '- a\n- b\n', 'pocplan: 1\nfirewalls:\n  - \n', 'firewalls: [ { id: a, interfaces: [ { name: e1 } ] } ]\n', 'sites:\n- id: s\n  segments:\n  - id: x\n    identity: { method: csv\n',
  'a: &x { b: *x }\n', 'firewalls:\n  - id: fw\n    interfaces:\n      - name: e1\n        mode: tap\nsites:\n  - id: s\n    segments:\n      - identity:\n          interface: e1\n', '"unterminated\n', '\t- tab\n', 'key: |\n  block\n  text\n',
];

function exercise(text: string, offsets: readonly number[]): void {
  const s = settings({ lang: text.length % 2 ? 'ja' : 'en' });
  const service = makeService(CLEAN_FILES);
  const diags = service.check(PLAN_URI, text, s).diagnostics;
  service.documentSymbols(PLAN_URI, text, s);
  service.foldingRanges(PLAN_URI, text);
  service.inlayHints(PLAN_URI, text, s, 0, text.length);
  service.selectionRanges(PLAN_URI, text, offsets);
  for (const o of offsets) {
    service.complete(PLAN_URI, text, s, o);
    service.hover(PLAN_URI, text, s, o);
    service.definition(PLAN_URI, text, o);
    service.references(PLAN_URI, text, o, true);
    service.highlights(PLAN_URI, text, o);
    if (service.prepareRename(PLAN_URI, text, o)) service.rename(PLAN_URI, text, o, 'renamed-1', s);
  }
  const o = offsets[Math.floor(offsets.length / 2)] ?? 0;
  const actions = service.codeActions(PLAN_URI, text, s, { start: o, end: o, diagnostics: diags.filter((d) => d.uri === PLAN_URI) });
  for (const a of actions) if (!a.edit) service.resolveAction(PLAN_URI, text, s, a.data);
}

describe('editing features never throw', () => {
  it('on every example plan, cut at many points, with the cursor anywhere', function () {
    this.timeout(120_000);
    let runs = 0;
    for (const plan of plans) {
      for (let cut = 0; cut <= plan.length; cut += Math.max(1, Math.floor(plan.length / 12))) {
        const text = plan.slice(0, cut);
        const offsets = Array.from({ length: 9 }, (_, i) => Math.floor((text.length * i) / 8));
        assert.doesNotThrow(() => exercise(text, offsets), `cut at ${cut}`);
        runs++;
      }
    }
    assert.ok(runs > 50);
  });

  it('on odd YAML', () => {
    for (const text of ODD) {
      const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
      assert.doesNotThrow(() => exercise(text, offsets), JSON.stringify(text));
    }
  });

  it('on a payload the client altered', () => {
    const service = makeService(CLEAN_FILES);
    const s = settings();
    for (const data of [null, 42, 'x', { template: 'pattern', segment: 99, pattern: '1' }, { template: 'pattern', segment: 0, pattern: '9' }, { template: 'add', what: 'segment', site: -1 }]) {
      assert.equal(service.resolveAction(PLAN_URI, CLEAN, s, data), undefined);
    }
    const junk = [{ code: 'license.incompatible', start: 5, end: 9, data: { allowed: 'trial' } }, { code: 'ref.unknown', start: 0, end: 0, data: [1, 2] }, { code: 'schema.required', start: 0, end: 1, data: { key: 'id', path: ['nowhere', 3] } }];
    assert.doesNotThrow(() => service.codeActions(PLAN_URI, CLEAN, s, { start: 0, end: 0, diagnostics: junk }));
  });
});
