/**
 * The validator compiled ahead of time (scripts/gen-schema-validator.mjs ->
 * server/src/service/schema-validator.generated.ts) against the schema compiled at run time the
 * way the service used to do it: same validity and the very same `errors`, on every example,
 * fixture, small hostile plan and a few hundred mutated plans.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parseYaml } from '../../server/src/service/parse';
import { planSchema } from '../../server/src/service/schema';
import { ANNOTATIONS, inlineRefs } from '../../server/src/service/schema-formats';
import { validate as generated } from '../../server/src/service/schema-validator.generated';
import { toJS } from '../../server/src/service/tree';
import { parseVersion } from '../../server/src/service/version';
import { applyOp, opArb, SEED_PLANS } from '../fuzz-props';
import { caseText, HOSTILE_CASES } from '../hostile-corpus';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The run-time compile, exactly as getValidator() did it before the validator was generated. */
function compileAtRunTime(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true, strictRequired: false });
  addFormats(ajv, ['date', 'ipv4']);
  ajv.addFormat('cidr-v4', { type: 'string', validate: () => true });
  ajv.addFormat('panos-version', { type: 'string', validate: (s: string) => parseVersion(s) !== undefined });
  for (const k of ANNOTATIONS) ajv.addKeyword(k);
  return ajv.compile(inlineRefs(planSchema, (planSchema.definitions ?? {}) as Record<string, unknown>) as Record<string, unknown>);
}

/** The data validateSchema() hands the validator for `text`. */
function dataOf(text: string): unknown {
  const root = parseYaml(text).root;
  const { value } = toJS(root);
  return value === null && root === null ? {} : value;
}

function files(dir: string, re: RegExp, maxBytes = Infinity): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(e.name) && fs.statSync(p).size <= maxBytes) out.push({ name: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

describe('generated schema validator', function () {
  this.timeout(60_000);
  let runtime: ValidateFunction;
  const aot = generated as unknown as ValidateFunction;
  before(() => { runtime = compileAtRunTime(); });

  // `schema`/`parentSchema` are the runtime's own schema objects on one side and the generated
  // code's literals on the other: compared by their JSON, memoized (thousands of errors share one).
  const json = new WeakMap<object, string>();
  const norm = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    let s = json.get(v);
    if (s === undefined) { s = JSON.stringify(v); json.set(v, s); }
    return s;
  };
  const normalize = (errors: ErrorObject[] | null | undefined): unknown => errors && errors.map((e) => ({ ...e, schema: norm(e.schema), parentSchema: norm(e.parentSchema) }));

  /** Both validators on `text`; returns whether the plan is valid. */
  const same = (name: string, text: string): boolean => {
    const data = dataOf(text);
    const a = runtime(data);
    const b = aot(data);
    assert.equal(b, a, `${name}: validity`);
    assert.deepStrictEqual(normalize(aot.errors), normalize(runtime.errors), `${name}: errors`);
    return a;
  };

  it('agrees on every example and fixture plan', () => {
    const plans = [...files(path.join(ROOT, 'examples'), /\.pocplan\.ya?ml$/), ...files(path.join(ROOT, 'test', 'fixtures'), /\.ya?ml$/)];
    // 9 examples and the committed fixtures (test:editor adds copies under test/fixtures/editor/).
    assert.ok(plans.length >= 10, `${plans.length} plans`);
    let invalid = 0;
    for (const p of plans) if (!same(p.name, p.text)) invalid++;
    assert.ok(invalid > 0 && invalid < plans.length, 'both valid and invalid plans were compared');
  });

  it('agrees on the hostile plans (up to 200 KB)', () => {
    // From the corpus definition, not test/hostile/ (written by the hostile test, absent in a clean clone).
    const plans = HOSTILE_CASES.map((c) => ({ name: c.name, text: caseText(c) })).filter((p) => p.text.length <= 200_000);
    assert.ok(plans.length >= 10, `${plans.length} plans`);
    for (const p of plans) same(p.name, p.text);
  });

  it('agrees on 400 mutated plans and on non-mapping documents', () => {
    for (const text of ['', '---', '- a\n- b', 'just text', '42', 'null', '{pocplan: 1, firewalls: [{id: fw, iotLicense: {type: trail}}]}']) same(JSON.stringify(text), text);
    let invalid = 0;
    fc.assert(fc.property(fc.integer({ min: 0, max: SEED_PLANS.length - 1 }), fc.array(opArb, { minLength: 1, maxLength: 6 }), (seed, ops) => {
      let text = SEED_PLANS[seed]!.text;
      for (const op of ops) text = applyOp(text, op);
      if (!same(`${SEED_PLANS[seed]!.name} mutated`, text)) invalid++;
    }), { numRuns: 400, seed: 20_260_607 });
    assert.ok(invalid > 50, `${invalid} invalid mutated plans`);
  });

  it('is up to date with the schema (scripts/gen-schema-validator.mjs --check)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-schema-validator.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, r.stderr);
  });
});
