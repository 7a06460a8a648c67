/**
 * The deadlines calendar (server/src/service/calendar/): which events, on which days, with which
 * UIDs, reminders and texts — every calendar read back by ical.js, an independent parser.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ROOT } from '../cli-harness';
import { calendarOf, NOW, parseIcs } from '../calendar-helpers';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';
import { check } from '../helpers';
import { parseRemindDays } from '../../server/src/service/calendar';
import { CALENDAR_EN, CALENDAR_JA } from '../../server/src/service/calendar/catalog';
import { hash53 } from '../../server/src/service/calendar/uid';

const GOLDEN = path.join(ROOT, 'test', 'golden', 'calendar');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) { fs.mkdirSync(GOLDEN, { recursive: true }); fs.writeFileSync(file, actual); return; }
  assert.ok(fs.existsSync(file), `missing golden file ${path.relative(ROOT, file)}; run UPDATE_GOLDEN=1 npx mocha and review it`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)`);
}

const example = (name: string): string => fs.readFileSync(path.join(ROOT, 'examples', `${name}.pocplan.yaml`), 'utf8');
const kindOf = (uid: string): string => uid.split('.')[0]!;

describe('calendar: the events', () => {
  it('the clean plan: PoC start and end, observation end, the license expiry, the planned date and the tenant\'s last day, each on its day', async () => {
    const cal = calendarOf(CLEAN, { files: CLEAN_FILES });
    assert.deepEqual(cal.skipped, []);
    const parsed = await parseIcs(cal.text);
    assert.equal(parsed.version, '2.0');
    assert.equal(parsed.prodid, '-//pocplan//IoT Security PoC Planner//EN');
    const byKind = new Map(parsed.events.map((e) => [kindOf(e.uid), e]));
    // clean.pocplan.yaml: poc 2027-01-11 … 2027-02-19, 14 days; trial expires 2027-03-10; prod 2027-03-01.
    assert.equal(byKind.get('poc-start')!.start, '2027-01-11');
    assert.equal(byKind.get('poc-end')!.start, '2027-02-19');
    assert.equal(byKind.get('observation-end')!.start, '2027-01-25');
    assert.equal(byKind.get('license-expiry')!.start, '2027-03-10');
    assert.equal(byKind.get('prod-license')!.start, '2027-03-01');
    assert.equal(byKind.get('tenant-deadline')!.start, '2027-04-09');
    assert.deepEqual(parsed.events.map((e) => e.start), [...parsed.events.map((e) => e.start)].sort(), 'listed by day');
    for (const e of parsed.events) {
      assert.ok(e.allDay, `${e.uid} is an all-day event`);
      const next = new Date(Date.parse(e.start) + 86_400_000).toISOString().slice(0, 10);
      assert.equal(e.end, next, `${e.uid}: DTEND is the next day`);
      assert.equal(e.stamp, '2026-11-02T08:30:00Z');
      assert.ok(e.transparent, 'a deadline does not block the day');
      assert.deepEqual(e.categories, ['IoT Security PoC']);
      assert.deepEqual(e.alarms, [{ action: 'DISPLAY', trigger: '-P6DT15H', description: `In 7 days: ${e.summary}` }], 'a reminder 7 days before, at 09:00');
      assert.ok(e.summary.endsWith(': Osaka plant IoT Security PoC'), e.summary);
      assert.match(e.description, /\nCustomer: Example Manufacturing\nPlan: plan\.pocplan\.yaml$/);
    }
    assert.equal(new Set(parsed.events.map((e) => e.uid)).size, parsed.events.length, 'UIDs are unique');
    assert.equal(parsed.name, 'Osaka plant IoT Security PoC: PoC deadlines');
  });

  it('the tenant\'s last day is the one license.tenant-window computes (earliest trial/eval expiry + 30 days)', async () => {
    const text = example('mistakes-licensing');
    const rule = check(text).diagnostics.find((d) => d.code === 'license.tenant-window');
    assert.ok(rule, 'the example breaks the window');
    const events = (await parseIcs(calendarOf(text).text)).events;
    const last = events.find((e) => kindOf(e.uid) === 'tenant-deadline')!;
    assert.equal(last.start, (rule.data as { lastDay: string }).lastDay);
    assert.match(last.description, /Firewall fw-chiba-1: Eval license expires 2027-03-31, its window ends 2027-04-30\.\nFirewall fw-chiba-2: Trial license expires 2027-03-01, its window ends 2027-03-31\./);
    const prod = events.find((e) => kindOf(e.uid) === 'prod-license')!;
    assert.match(prod.description, /after the 30-day tenant window, whose last day is 2027-03-31: the tenant would not be kept/);
    // One expiry event per firewall, each with its own margin to the PoC end.
    const expiries = events.filter((e) => kindOf(e.uid) === 'license-expiry');
    assert.deepEqual(expiries.map((e) => [e.start, e.uid.split('.')[1]]), [['2027-03-01', 'fw-chiba-2'], ['2027-03-31', 'fw-chiba-1']]);
    assert.match(expiries[0]!.description, /18 days before the PoC ends: extend the license/);
  });

  it('no tenant deadline when the tenant is not kept; the planned date stays', async () => {
    const events = (await parseIcs(calendarOf(variant('keepAfterPoc: true', 'keepAfterPoc: false'), { files: CLEAN_FILES }).text)).events;
    assert.deepEqual(events.map((e) => kindOf(e.uid)).sort(), ['license-expiry', 'observation-end', 'poc-end', 'poc-start', 'prod-license']);
    assert.ok(!events.find((e) => kindOf(e.uid) === 'prod-license')!.description.includes('window'));
  });

  it('what cannot be dated is left out and named, never guessed', async () => {
    const text = variant('  end: 2027-02-19\n', '', variant('expires: 2027-03-10', 'expires: 2027-02-30'));
    const cal = calendarOf(text, { files: CLEAN_FILES });
    assert.deepEqual(cal.skipped, [
      'PoC end not in the calendar: poc.end is not set',
      'license expiry of firewall fw-osaka not in the calendar: firewalls[0].iotLicense.expires is not a date (YYYY-MM-DD): 2027-02-30',
    ]);
    const kinds = (await parseIcs(cal.text)).events.map((e) => kindOf(e.uid));
    assert.deepEqual(kinds, ['poc-start', 'observation-end', 'prod-license'], 'no license expiry, so no tenant deadline either');
    const ja = calendarOf(text, { files: CLEAN_FILES, lang: 'ja' });
    assert.equal(ja.skipped[0], 'PoC 終了日はカレンダーに入れていません: poc.end がありません');
  });

  it('a date whose deadline falls outside the years 1900–9999 is skipped, not written as an invalid date', async () => {
    const text = variant('expires: 2027-03-10', 'expires: 9999-12-20');
    const cal = calendarOf(text, { files: CLEAN_FILES });
    assert.deepEqual(cal.skipped, ['last day to keep the tenant not in the calendar: the date is outside the years 1900–9999']);
    assert.ok((await parseIcs(cal.text)).events.some((e) => e.start === '9999-12-20'));
  });

  it('an empty or non-plan text gives an empty calendar that still parses', async () => {
    for (const text of ['', 'pocplan: 1\n', '- just\n- a list\n', 'title: [unclosed\n']) {
      const cal = calendarOf(text);
      assert.deepEqual(cal.events, []);
      assert.deepEqual((await parseIcs(cal.text)).events, []);
    }
  });
});

describe('calendar: UIDs', () => {
  const uids = (text: string, o: Parameters<typeof calendarOf>[1] = {}): string[] => calendarOf(text, { files: CLEAN_FILES, ...o }).events.map((e) => e.uid).sort();

  it('are the same whatever the language, the clock, the reminder and the dates (a re-import updates)', () => {
    const base = uids(CLEAN);
    assert.deepEqual(uids(CLEAN, { lang: 'ja', now: NOW + 86_400_000 * 30, remindDays: 2 }), base);
    assert.deepEqual(uids(variant('start: 2027-01-11', 'start: 2027-01-18')), base);
    assert.deepEqual(uids(variant('title: Osaka plant IoT Security PoC', 'title: Renamed')), base, 'the tenant name keys the plan, not the title');
  });

  it('differ between plans: another tenant, or no tenant and another title', () => {
    const base = uids(CLEAN);
    const other = uids(variant('name: example-iot', 'name: example-other'));
    assert.equal(other.filter((u) => base.includes(u)).length, 0);
    const noTenant = CLEAN.replace(/^ {2}name: example-iot\n/m, '');
    assert.notDeepEqual(uids(noTenant), uids(noTenant.replace('title: Osaka plant IoT Security PoC', 'title: Kobe')));
  });

  it('one per firewall, even when two share an id or have none', () => {
    const plan = `pocplan: 1\ntitle: t\nfirewalls:\n  - id: fw-a\n    iotLicense: { type: trial, expires: 2027-03-01 }\n  - id: fw-a\n    iotLicense: { type: trial, expires: 2027-03-02 }\n  - iotLicense: { type: prod, expires: 2028-03-01 }\n  - id: "fw b/ü"\n    iotLicense: { type: prod, expires: 2028-03-02 }\n`;
    const u = calendarOf(plan).events.map((e) => e.uid.split('.').slice(0, 2).join('.'));
    assert.deepEqual(u, ['license-expiry.fw-a', 'license-expiry.fw-a#2', 'license-expiry.firewall#3', `license-expiry.fw_b__~${hash53('fw b/ü').slice(0, 8)}`]);
  });
});

describe('calendar: reminders and text', () => {
  it('N days before at 09:00, on the day at 09:00, the day before, or none', async () => {
    const trigger = async (remindDays: number | null): Promise<string[]> => (await parseIcs(calendarOf(CLEAN, { files: CLEAN_FILES, remindDays }).text)).events[0]!.alarms.map((a) => a.trigger);
    assert.deepEqual(await trigger(7), ['-P6DT15H']);
    assert.deepEqual(await trigger(1), ['-PT15H']);
    assert.deepEqual(await trigger(0), ['PT9H']);
    assert.deepEqual(await trigger(30), ['-P29DT15H']);
    assert.deepEqual(await trigger(null), []);
    assert.match((await parseIcs(calendarOf(CLEAN, { files: CLEAN_FILES, remindDays: 1 }).text)).events[0]!.alarms[0]!.description, /^Tomorrow: PoC starts/);
  });

  it('parses the reminder setting: 0–365 or off', () => {
    assert.equal(parseRemindDays('7'), 7);
    assert.equal(parseRemindDays(' 0 '), 0);
    assert.equal(parseRemindDays('365'), 365);
    assert.equal(parseRemindDays('off'), null);
    assert.equal(parseRemindDays('None'), null);
    for (const bad of ['366', '-1', '1.5', 'seven', '', '1e2']) assert.equal(parseRemindDays(bad), undefined, bad);
    assert.equal(parseRemindDays(3), 3);
    assert.equal(parseRemindDays(3.5), undefined);
  });

  it('summaries and descriptions in Japanese with the article\'s words', async () => {
    const events = (await parseIcs(calendarOf(CLEAN, { files: CLEAN_FILES, lang: 'ja' }).text)).events;
    const s = events.map((e) => e.summary);
    assert.ok(s.includes('PoC 開始: Osaka plant IoT Security PoC'), s.join('\n'));
    assert.ok(s.includes('fw-osaka の Trial 用 IoT Security ライセンス期限: Osaka plant IoT Security PoC'), s.join('\n'));
    for (const e of events) {
      assert.match(e.description, /お客様: Example Manufacturing\nプラン: plan\.pocplan\.yaml$/);
      assert.doesNotMatch(e.summary + e.description, /IoT セキュリティ/);
      assert.match(e.alarms[0]!.description, /^7 日後: /);
    }
  });

  it('the calendar catalog: same keys and placeholders in both languages, Japanese in Japanese', () => {
    const en = CALENDAR_EN as Record<string, string>; const ja = CALENDAR_JA as Record<string, string>;
    const ph = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      assert.deepEqual(ph(ja[k]!), ph(en[k]!), k);
      if (!/^calendar\.(untitled|category)$/.test(k)) assert.match(ja[k]!, /[\u3040-\u30ff\u4e00-\u9fff]/, k);
    }
  });
});

describe('calendar: RFC 5545 text', () => {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const lines = (text: string): string[] => text.split('\r\n').slice(0, -1);

  it('CRLF everywhere (the last line too), lines of at most 75 octets, never split inside a UTF-8 character', () => {
    const title = '大阪工場 IoT Security PoC — 検証評価（長いタイトルでも 75 オクテットごとに正しく折り返されること）😀'.repeat(3);
    const text = calendarOf(variant('title: Osaka plant IoT Security PoC', `title: "${title}"`), { files: CLEAN_FILES, lang: 'ja' }).text;
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    for (const l of lines(text)) {
      const bytes = Buffer.from(l, 'utf8');
      assert.ok(bytes.length <= 75, `${bytes.length} octets: ${l}`);
      assert.doesNotThrow(() => utf8.decode(bytes), `a folded line splits a character: ${l}`);
    }
    assert.ok(lines(text).some((l) => l.startsWith(' ')), 'long lines are folded');
  });

  it('escapes backslash, semicolon, comma and newline so that they read back exactly', async () => {
    const title = 'a\\b;c,d "e" \'f\' : g';
    const cal = calendarOf(variant('title: Osaka plant IoT Security PoC', `title: ${JSON.stringify(title)}`).replace('customer: Example Manufacturing', 'customer: "line one\\nline two; three, four\\\\"'), { files: CLEAN_FILES });
    assert.ok(cal.text.includes('a\\\\b\\;c\\,d "e" \'f\' : g'), 'escaped in the file');
    const events = (await parseIcs(cal.text)).events;
    assert.equal(events[0]!.summary, `PoC starts: ${title}`);
    assert.match(events[0]!.description, /\nCustomer: line one\nline two; three, four\\\nPlan:/);
  });

  it('any title and customer a plan can hold reads back unchanged (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }), async (title, customer) => {
      // What YAML cannot carry in a plain document (controls, lone surrogates, BOM, U+FFFD) is left out.
      const clean = (s: string): string => [...s].filter((ch) => { const c = ch.codePointAt(0)!; return !(c < 0x20 && c !== 0x0a && c !== 0x09) && !(c >= 0x7f && c <= 0x9f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffd && c !== 0xfeff; }).join('').trim();
      const t = clean(title); const c = clean(customer);
      fc.pre(t.length > 0);
      const plan = variant('title: Osaka plant IoT Security PoC', `title: ${JSON.stringify(t)}`).replace('customer: Example Manufacturing', `customer: ${JSON.stringify(c)}`);
      const parsed = await parseIcs(calendarOf(plan, { files: CLEAN_FILES }).text);
      assert.equal(parsed.events[0]!.summary, `PoC starts: ${t}`);
      for (const l of lines(calendarOf(plan, { files: CLEAN_FILES }).text)) assert.ok(Buffer.byteLength(l, 'utf8') <= 75);
    }), { numRuns: 150, seed: 15 });
  });

  it('matches the golden files (English and Japanese)', () => {
    golden('clean.ics', calendarOf(CLEAN, { files: CLEAN_FILES }).text);
    golden('clean-ja.ics', calendarOf(CLEAN, { files: CLEAN_FILES, lang: 'ja' }).text);
  });
});
