/**
 * The server's side of *Export Deadlines to Calendar…* (`pocplan/calendar`) and *New Plan…*
 * (`pocplan/newPlanChoices`, `pocplan/newPlan`), over the in-memory LSP connection.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResponseError } from 'vscode-languageserver/node';
import {
  CALENDAR_REQUEST, NEW_PLAN_CHOICES_REQUEST, NEW_PLAN_REQUEST,
  type CalendarParams, type CalendarResult, type NewPlanChoicesResult, type NewPlanParams, type NewPlanResult,
} from '../../../server/src/protocol';
import { RENDER_REQUEST, type RenderResult } from '../../../server/src/protocol-render';
import { parseIcs } from '../../calendar-helpers';
import { ROOT } from '../../cli-harness';
import { CLEAN } from '../../fixtures';
import { startLsp, type LspHarness } from '../../lsp-harness';

const URI = 'file:///ws/cal.pocplan.yaml';

describe('pocplan/calendar and pocplan/newPlan', () => {
  let lsp: LspHarness;
  beforeEach(async () => { lsp = startLsp(); await lsp.initialize(); });
  afterEach(() => lsp.dispose());

  const calendar = (p: Partial<CalendarParams> = {}): Promise<CalendarResult | null> => lsp.client.sendRequest<CalendarResult | null>(CALENDAR_REQUEST, { uri: URI, ...p });

  it('the open document\'s deadlines, unsaved edits included, with the reminder of the settings', async () => {
    const plan = fs.readFileSync(path.join(ROOT, 'examples', 'pattern-1-inline.pocplan.yaml'), 'utf8');
    lsp.open(URI, plan);
    lsp.change(URI, plan.replace('end: 2027-02-19', 'end: 2027-02-26'), 2);
    lsp.settings = { calendar: { remindDays: 3 } };
    const r = (await calendar({ version: 2 }))!;
    assert.equal(r.version, 2);
    assert.equal(r.errors, 0);
    assert.deepEqual(r.skipped, []);
    const cal = await parseIcs(r.text);
    assert.ok(cal.events.some((e) => e.uid.startsWith('poc-end.') && e.start === '2027-02-26'), 'the edited end date');
    assert.ok(cal.events.every((e) => e.alarms[0]?.trigger === '-P2DT15H'));
    assert.deepEqual(r.events.map((e) => e.kind), cal.events.map((e) => e.uid.split('.')[0]));
  });

  it('reminders off in the settings, or remindDays: null in the request, leave the alarms out; the request overrides the settings', async () => {
    lsp.open(URI, CLEAN);
    lsp.settings = { calendar: { reminders: false, remindDays: 3 } };
    assert.ok((await parseIcs((await calendar())!.text)).events.every((e) => e.alarms.length === 0));
    lsp.settings = {};
    assert.ok((await parseIcs((await calendar({ remindDays: null }))!.text)).events.every((e) => e.alarms.length === 0));
    assert.ok((await parseIcs((await calendar({ remindDays: 0 }))!.text)).events.every((e) => e.alarms[0]?.trigger === 'PT9H'));
    assert.ok((await parseIcs((await calendar())!.text)).events.every((e) => e.alarms[0]?.trigger === '-P6DT15H'), 'default 7 days');
  });

  it('says how many errors the plan has (the client asks before exporting them), and in which language', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'mistakes-licensing.pocplan.yaml'), 'utf8');
    lsp.open(URI, text);
    const r = (await calendar({ lang: 'ja' }))!;
    assert.equal(r.errors, 2);
    assert.equal(r.lang, 'ja');
    assert.match((await parseIcs(r.text)).events[0]!.summary, /^PoC 開始: /);
  });

  it('bad parameters are an InvalidParams error, not a crash', async () => {
    await assert.rejects(lsp.client.sendRequest(CALENDAR_REQUEST, {}), (e: ResponseError<unknown>) => e.code === -32602);
    await assert.rejects(calendar({ remindDays: 400 }), (e: ResponseError<unknown>) => e.code === -32602 && /0 to 365/.test(e.message));
    await assert.rejects(calendar({ uri: 'file:///ws/none.pocplan.yaml' }), (e: ResponseError<unknown>) => e.code === -32602);
  });

  it('the exported HTML document links its calendar; the preview links to the command instead', async () => {
    lsp.open(URI, CLEAN);
    const html = (await lsp.client.sendRequest<RenderResult>(RENDER_REQUEST, { uri: URI, format: 'html' }));
    assert.match(html.text, /<a href="data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR[^"]*" download="cal\.ics"/);
    const preview = (await lsp.client.sendRequest<RenderResult>(RENDER_REQUEST, { uri: URI, format: 'html', preview: { nonce: 'bm9uY2U', cspSource: "'self'" } }));
    assert.ok(!preview.text.includes('data:text/calendar'));
    assert.match(preview.body, /data-export="ics"/);
  });

  it('newPlanChoices: the patterns with the article\'s explanations, the licenses of the reading, defaults, in the asked language', async () => {
    const en = await lsp.client.sendRequest<NewPlanChoicesResult>(NEW_PLAN_CHOICES_REQUEST, { lang: 'en' });
    assert.equal(en.reading, 'strict');
    assert.equal(en.patterns.length, 6);
    assert.deepEqual(en.licenses.prod!.map((c) => c.id), ['trial', 'prod']);
    assert.equal(en.defaults.firewallModel, 'PA-440');
    assert.match(en.defaults.start!, /^\d{4}-\d\d-\d\d$/);
    lsp.settings = { licenseMatrix: 'device-associations' };
    const ja = await lsp.client.sendRequest<NewPlanChoicesResult>(NEW_PLAN_CHOICES_REQUEST, { lang: 'ja', uri: 'file:///ws/x.pocplan.yaml' });
    assert.equal(ja.reading, 'device-associations');
    assert.deepEqual(ja.licenses.prod!.map((c) => c.id), ['trial', 'eval', 'prod']);
    assert.equal(ja.patterns[0]!.label, '構成案 1');
    assert.equal(ja.defaults.sites![0]!.name, '本社');
  });

  it('newPlan: the text and the CSV stubs for the target, checked as they will be; problems instead of a plan for refused answers', async () => {
    const params: NewPlanParams = { uri: 'file:///ws/acme.pocplan.yaml', answers: { customer: 'ACME', start: '2027-01-11', end: '2027-02-19', sites: [{ name: 'Lab', pattern: '5-1' }] } };
    const r = await lsp.client.sendRequest<NewPlanResult>(NEW_PLAN_REQUEST, params);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.counts, { errors: 0, warnings: 0, infos: 0 });
    assert.match(r.text, /^title: ACME IoT Security PoC$/m);
    assert.deepEqual(r.files, [{ uri: 'file:///ws/lab-iot.csv', text: 'ip,mac,vendor,model\n10.0.1.1,,,\n' }]);
    assert.deepEqual(r.notes, ['Created lab-iot.csv for segment lab-iot: replace its example row with the segment\'s static-IP devices.']);
    const bad = await lsp.client.sendRequest<NewPlanResult>(NEW_PLAN_REQUEST, { uri: params.uri, answers: { licenseType: 'nfr', sites: 'not a list', extra: 1 } } as never);
    assert.equal(bad.text, '');
    assert.deepEqual(bad.problems.map((p) => p.field), ['licenseType']);
    await assert.rejects(lsp.client.sendRequest(NEW_PLAN_REQUEST, { uri: 'file:///ws/plan.yaml', answers: {} }), (e: ResponseError<unknown>) => e.code === -32602);
  });
});
