/**
 * A new plan from answers (server/src/service/init/): every combination of pattern, firewall type
 * and license type the license matrix allows makes a plan with no error or warning; the others are
 * refused before a plan is made, naming what is allowed.
 */
import * as assert from 'node:assert/strict';
import { createPlanService, mergeSettings, type PlanDiagnostic } from '../../server/src/service';
import { buildPlan, defaultDates, initChoices, PATTERN_IDS, slug, validateAnswers, type InitAnswers } from '../../server/src/service/init';
import { INIT_EN, INIT_JA } from '../../server/src/service/init/catalog';
import { cell, FIREWALL_TYPES, LICENSE_TYPES, MATRIX_READINGS, type MatrixReading } from '../../server/src/service/license/matrix';
import { parseIsoDate } from '../../server/src/service/dates';
import { WS } from '../helpers';

const PLAN = `${WS}new.pocplan.yaml`;

function answers(over: Partial<InitAnswers> = {}): InitAnswers {
  return {
    lang: 'en', customer: 'Example Manufacturing', start: '2027-01-11', end: '2027-02-19',
    firewallModel: 'PA-440', firewallType: 'prod', licenseType: 'trial', sites: [{ name: 'Osaka plant', pattern: '1' }], ...over,
  };
}

/** Builds the plan, "writes" its files into an in-memory workspace and checks it as `pocplan check` would. */
function make(a: InitAnswers, reading: MatrixReading = 'strict', existing: Record<string, string> = {}): { text: string; files: Record<string, string>; diags: PlanDiagnostic[] } {
  const files = new Map(Object.entries(existing).map(([k, v]) => [WS + k, v]));
  const host = { readFile: (u: string) => files.get(u), workspaceFolder: () => WS };
  const plan = buildPlan(a, { planUri: PLAN, host });
  for (const f of plan.files) files.set(f.uri, f.text);
  const r = createPlanService({ host }).check(PLAN, plan.text, mergeSettings({ licenseMatrix: reading }));
  return { text: plan.text, files: Object.fromEntries(plan.files.map((f) => [f.uri.slice(WS.length), f.text])), diags: r.diagnostics };
}

const problems = (d: PlanDiagnostic[]): string[] => d.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => `${x.code}: ${x.message}`);

describe('init: a new plan that checks clean', () => {
  for (const reading of MATRIX_READINGS) {
    for (const type of FIREWALL_TYPES) {
      for (const license of LICENSE_TYPES.filter((l) => cell(reading, l, type)?.allowed)) {
        it(`${reading}: ${license} license on a ${type} firewall, every pattern, no error or warning`, () => {
          for (const pattern of PATTERN_IDS) {
            const a = answers({ firewallType: type, licenseType: license, sites: [{ name: 'Site A', pattern }] });
            assert.deepEqual(validateAnswers(a, reading), []);
            const { text, diags } = make(a, reading);
            assert.deepEqual(problems(diags), [], `pattern ${pattern}:\n${text}`);
            // Infos are advice the plan should carry: an eval license cannot be converted to production;
            // pattern 2's tap reads broadcast DHCP through DHCP Broadcast Session, where the sources
            // disagree (identity.tap-broadcast-session names both and the day-1 check).
            const infos = [...(license === 'eval' ? ['license.eval-conversion'] : []), ...(pattern === '2' ? ['identity.tap-broadcast-session'] : [])];
            assert.deepEqual(diags.map((d) => d.code).sort(), infos.sort(), `pattern ${pattern}`);
            assert.match(text, new RegExp(`\\n    type: ${type}\\n[\\s\\S]*\\n      type: ${license}\\n`));
          }
        });
      }
    }
  }

  it('all six patterns in one plan, one site each: one firewall, what each pattern needs added once, CSV stubs for 5-1 and 5-2', () => {
    const sites = PATTERN_IDS.map((pattern, i) => ({ name: ['Osaka plant', 'Kobe warehouse', 'Nagoya', '本社', 'Lab', 'Remote office'][i]!, pattern }));
    const { text, files, diags } = make(answers({ sites }));
    // Pattern 2's tap reads broadcast DHCP through DHCP Broadcast Session: the day-1 check, an info.
    assert.deepEqual(diags.map((d) => d.code), ['identity.tap-broadcast-session']);
    assert.equal(text.match(/^ {2}- id: fw-/gm)!.length, 1, 'one firewall');
    assert.equal(text.match(/^ {2}- id: sw-/gm)!.length, 1, 'one switch mirrors and answers SNMP');
    assert.match(text, /^xsoar:\n {2}kind: cohosted\n {2}engineOs: linux$/m);
    assert.match(text, /^ {2}thirdPartyAddon: basic$/m);
    assert.deepEqual([...text.matchAll(/^ {2}- id: (\S+)\n {4}name: (.+)$/gm)].map((m) => `${m[1]}=${m[2]}`),
      ['osaka-plant=Osaka plant', 'kobe-warehouse=Kobe warehouse', 'nagoya=Nagoya', 'site-4=本社', 'lab=Lab', 'remote-office=Remote office']);
    assert.deepEqual(Object.keys(files), ['lab-iot.csv', 'remote-office-iot.csv']);
    assert.equal(files['lab-iot.csv'], 'ip,mac,vendor,model\n10.0.5.1,,,\n');
  });

  it('the whole plan, before → after: dates, tenant, the templates\' firewall with the chosen model and types', () => {
    const { text } = make(answers({ tenantName: 'example-iot', region: 'japan', firewallModel: 'PA-3420' }));
    assert.equal(text, `pocplan: 1
title: Example Manufacturing IoT Security PoC
customer: Example Manufacturing
locale: en
poc:
  start: 2027-01-11
  end: 2027-02-19
  observationDays: 14
tenant:
  name: example-iot
  region: japan
  keepAfterPoc: true
  prodLicenseDate: 2027-02-20
firewalls:
  - id: fw-1
    model: PA-3420
    type: prod
    panos: "11.1"
    managedBy: local
    iotLicense:
      type: trial
      expires: 2027-03-12
    logging:
      cloudLogging: true
      enhancedApplicationLogs: true
      region: japan
    interfaces:
      - name: ethernet1/1
        mode: virtual-wire
        zone: iot
        deviceId: true
        multicastFirewalling: true
sites:
  - id: osaka-plant
    name: Osaka plant
    segments:
      - id: osaka-plant-iot
        subnet: 10.0.1.0/24
        addressing: dhcp
        identity:
          method: inline-arp-dhcp
          firewall: fw-1
          interface: ethernet1/1
        traffic:
          method: inline
          firewall: fw-1
          interface: ethernet1/1
`);
  });

  it('a production license keeps no tenant window; a long PoC gets a license that covers it (an info says it needs extending)', () => {
    const prod = make(answers({ licenseType: 'prod' }));
    assert.doesNotMatch(prod.text, /keepAfterPoc: true|prodLicenseDate/);
    const long = make(answers({ end: '2027-06-30' }));
    assert.deepEqual(problems(long.diags), []);
    assert.deepEqual(long.diags.map((d) => d.code), ['license.trial-term']);
    assert.match(long.text, /expires: 2027-06-30/);
  });

  it('a device list that already exists is used, never replaced', () => {
    const { files, text, diags } = make(answers({ sites: [{ name: 'Lab', pattern: '5-1' }] }), 'strict', { 'lab-iot.csv': 'ip,mac\n10.0.1.7,00:11:22:33:44:55\n' });
    assert.deepEqual(files, {});
    assert.match(text, /csv: lab-iot\.csv/);
    assert.deepEqual(diags, []);
  });

  it('any customer, title and site name stays text: quotes, colons, comments, dashes, Japanese', () => {
    const weird = ['- dash: "quote" # not a comment', 'a: b', '@at', '  spaced  ', 'ACME "大阪" 工場', "it's", '{ flow }', 'yes', '2027-01-11'];
    for (const w of weird) {
      const { text, diags } = make(answers({ customer: w, title: w, sites: [{ name: w, pattern: '1' }] }));
      assert.deepEqual(problems(diags), [], `${w}:\n${text}`);
      const root = createPlanService({ host: { readFile: () => undefined } }).parse(PLAN, text).model.root;
      const get = (k: string): unknown => root!.pairs.find((p) => p.key.kind === 'scalar' && p.key.value === k)?.value;
      assert.equal((get('title') as { value: unknown }).value, w.trim());
      assert.equal((get('customer') as { value: unknown }).value, w.trim());
    }
  });

  it('Japanese: the plan\'s locale, a Japanese default site name, the same clean plan', () => {
    const { text, diags } = make(answers({ lang: 'ja', customer: 'サンプル製造', sites: [{ name: '大阪工場', pattern: '2' }] }));
    // Pattern 2's tap reads broadcast DHCP through DHCP Broadcast Session: the day-1 check, an info.
    assert.deepEqual(diags.map((d) => d.code), ['identity.tap-broadcast-session']);
    assert.match(text, /^title: サンプル製造 IoT Security PoC$/m);
    assert.match(text, /^locale: ja$/m);
    assert.match(text, /^ {2}- id: site-1\n {4}name: 大阪工場$/m);
  });
});

describe('init: answers refused before a plan is made', () => {
  it('a license the matrix does not allow on the firewall type: one problem, naming the reading and what is allowed', () => {
    for (const reading of MATRIX_READINGS) {
      for (const type of FIREWALL_TYPES) {
        for (const license of LICENSE_TYPES.filter((l) => !cell(reading, l, type)?.allowed)) {
          const p = validateAnswers(answers({ firewallType: type, licenseType: license }), reading);
          assert.equal(p.length, 1, `${reading} ${license}/${type}`);
          assert.equal(p[0]!.field, 'licenseType');
          assert.match(p[0]!.message, new RegExp(`type ${license} is not allowed on a firewall of type ${type}`));
        }
      }
    }
    const [p] = validateAnswers(answers({ licenseType: 'eval' }), 'strict');
    assert.equal(p!.message, 'An IoT Security license of type eval is not allowed on a firewall of type prod under the strict reading (seed article and IoT Security license documents). Allowed here: trial, prod.');
    const [ja] = validateAnswers(answers({ licenseType: 'eval', lang: 'ja' }), 'strict');
    assert.equal(ja!.message, '厳格な解釈(2023 年の PoC ブログと IoT Security のライセンスの資料)では、Prod(本番)用の NGFW で Eval(評価)用ライセンスは使えません。使えるのは Trial 用、Prod(本番)用のライセンスです。');
  });

  it('dates, order of dates, days, empty or duplicate sites, over-long text', () => {
    const fields = (a: Partial<InitAnswers>): string[] => validateAnswers(answers(a), 'strict').map((p) => p.field);
    assert.deepEqual(fields({ start: '2027-02-30' }), ['start']);
    assert.deepEqual(fields({ end: '2027-01-10' }), ['end']);
    assert.deepEqual(fields({ observationDays: 0 }), ['observationDays']);
    assert.deepEqual(fields({ sites: [] }), ['sites']);
    assert.deepEqual(fields({ sites: [{ name: 'A', pattern: '1' }, { name: 'a ', pattern: '2' }] }), ['sites']);
    assert.deepEqual(fields({ sites: [{ name: ' ', pattern: '1' }] }), ['sites']);
    assert.deepEqual(fields({ sites: [{ name: 'A', pattern: '6' as never }] }), ['sites']);
    assert.deepEqual(fields({ customer: 'x'.repeat(201) }), ['customer']);
    assert.deepEqual(fields({ firewallModel: ' ' }), ['firewallModel']);
    assert.deepEqual(fields({ firewallType: 'cloud' as never }), ['firewallType']);
  });
});

describe('init: defaults and choices', () => {
  it('the default PoC starts on the Monday at least a week away and ends on the Friday six weeks later', () => {
    for (const [today, start] of [['2026-12-02', '2026-12-14'], ['2026-12-07', '2026-12-14'], ['2026-12-06', '2026-12-14'], ['2026-12-08', '2026-12-21']]) {
      const d = defaultDates(parseIsoDate(today)!);
      assert.equal(d.start, start, today);
      assert.equal(new Date(`${d.start}T00:00:00Z`).getUTCDay(), 1);
      assert.equal(new Date(`${d.end}T00:00:00Z`).getUTCDay(), 5);
    }
  });

  it('choices: six patterns with the article\'s explanations, the licenses the reading allows per firewall type, listed models', () => {
    const en = initChoices('en', 'strict');
    assert.deepEqual(en.patterns.map((p) => p.label), ['Pattern 1', 'Pattern 2', 'Pattern 3', 'Pattern 4', 'Pattern 5-1', 'Pattern 5-2']);
    assert.match(en.patterns[1]!.detail, /SPAN port to an NGFW interface in Tap mode/);
    assert.deepEqual(Object.fromEntries(Object.entries(en.licenses).map(([k, v]) => [k, v.map((c) => c.id)])), { prod: ['trial', 'prod'], eval: ['trial', 'eval'], lab: ['trial', 'lab'], nfr: ['nfr'] });
    assert.deepEqual(initChoices('en', 'device-associations').licenses.prod!.map((c) => c.id), ['trial', 'eval', 'prod']);
    assert.equal(en.models[0], 'PA-440');
    assert.ok(en.models.includes('PA-3420') && en.models.includes('VM-300') && en.models.includes('PA-220R'));
    const ja = initChoices('ja', 'strict');
    assert.equal(ja.patterns[4]!.label, '構成案 5-1');
    assert.match(ja.patterns[0]!.detail, /ARP \/ DHCP を NGFW で直接モニター/);
    assert.equal(ja.licenses.prod![0]!.label, 'Trial 用');
    assert.equal(ja.messages['init.prompt.customer'], 'お客様名');
  });

  it('the init catalog: same keys and placeholders in English and Japanese; no English left in Japanese', () => {
    const en = INIT_EN as Record<string, string>; const ja = INIT_JA as Record<string, string>;
    const ph = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) assert.deepEqual(ph(ja[k]!), ph(en[k]!), k);
    for (const [k, v] of Object.entries(ja)) {
      if (/^init\.(title|name\.)/.test(k)) continue;
      assert.match(v, /[\u3040-\u30ff\u4e00-\u9fff]/, k);
      assert.doesNotMatch(v, /IoT セキュリティ/, k);
    }
  });

  it('slug: ASCII words joined by dashes; other scripts give nothing', () => {
    assert.equal(slug('Osaka Plant #2'), 'osaka-plant-2');
    assert.equal(slug('Café Zürich'), 'cafe-zurich');
    assert.equal(slug('大阪工場'), '');
    assert.equal(slug('ACME 大阪'), 'acme');
  });
});
