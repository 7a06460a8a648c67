/**
 * `pocplan export ics`: options, what it refuses, what it writes, and the bytes it writes being the
 * same in every time zone (a real `node dist/cli.js` process per zone).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, ROOT } from '../cli-harness';
import { parseIcs } from '../calendar-helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const EPOCH = '1793952000'; // 2026-11-06T08:00:00Z
const ENV = { SOURCE_DATE_EPOCH: EPOCH };
const P1 = 'examples/pattern-1-inline.pocplan.yaml';

describe('pocplan export ics', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-ics-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the calendar of a clean plan, DTSTAMP from SOURCE_DATE_EPOCH', async () => {
    const r = cli(['export', 'ics', P1], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const cal = await parseIcs(r.stdout);
    assert.equal(cal.events.length, 6);
    assert.ok(cal.events.every((e) => e.stamp === '2026-11-06T08:00:00Z'));
    assert.ok(cal.events.every((e) => e.alarms[0]?.trigger === '-P6DT15H'));
  });

  it('is listed by `pocplan export --help` and has its own --help', () => {
    assert.match(cli(['export', '--help']).stdout, /pocplan export ics \[--lang en\|ja\] \[--remind-days N\|off\]/);
    const h = cli(['export', 'ics', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: pocplan export ics /);
  });

  it('-o writes the file and prints nothing; the same plan exported again gives the same UIDs', async () => {
    const out = path.join(tmp, 'deadlines.ics');
    const r = cli(['export', 'ics', '-o', out, P1], { env: ENV });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, '');
    const first = await parseIcs(fs.readFileSync(out, 'utf8'));
    assert.equal(cli(['export', 'ics', '--lang', 'ja', '--remind-days', '3', '-o', out, P1], { env: { SOURCE_DATE_EPOCH: '1800000000' } }).code, 0, 'overwrites its own earlier export');
    const again = await parseIcs(fs.readFileSync(out, 'utf8'));
    assert.deepEqual(again.events.map((e) => e.uid), first.events.map((e) => e.uid));
    assert.notDeepEqual(again.events.map((e) => e.summary), first.events.map((e) => e.summary), 'in Japanese this time');
    assert.equal(again.events[0]!.alarms[0]!.trigger, '-P2DT15H');
  });

  it('--lang ja, or the plan\'s locale, picks the language', async () => {
    const ja = await parseIcs(cli(['export', 'ics', '--lang', 'ja', P1], { env: ENV }).stdout);
    assert.match(ja.events[0]!.summary, /^PoC 開始: /);
    const plan = path.join(tmp, 'p.pocplan.yaml');
    fs.writeFileSync(plan, fs.readFileSync(path.join(ROOT, P1), 'utf8').replace(/^locale: en$/m, 'locale: ja'));
    assert.match((await parseIcs(cli(['export', 'ics', plan], { env: ENV }).stdout)).events[0]!.summary, /^PoC 開始: /);
  });

  it('--remind-days off leaves the reminders out; a bad value exits 2 naming the allowed ones', async () => {
    const off = await parseIcs(cli(['export', 'ics', '--remind-days', 'off', P1], { env: ENV }).stdout);
    assert.ok(off.events.every((e) => e.alarms.length === 0));
    for (const bad of ['366', '-1', 'week', '']) {
      const r = cli(['export', 'ics', `--remind-days=${bad}`, P1], { env: ENV });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, bad === '' ? /^pocplan: --remind-days needs a value, not an empty one\n/ : /^pocplan: --remind-days must be a whole number of days from 0 to 365, or off\n/);
    }
  });

  it('validates every option: --lang, --license-matrix, --profile, unknown options, SOURCE_DATE_EPOCH, one plan', () => {
    const cases: Array<[string[], RegExp, Record<string, string>?]> = [
      [['--lang', 'de', P1], /--lang must be one of: en, ja/],
      [['--license-matrix', 'loose', P1], /--license-matrix must be one of: strict, device-associations/],
      [['--profile', 'lax', P1], /--profile must be one of: default, strict/],
      [['--colour', P1], /unknown option --colour/],
      [[], /export ics takes exactly one plan file/],
      [[P1, P1], /export ics takes exactly one plan file/],
      [['-o', '', P1], /-o needs a value, not an empty one/],
      [[P1], /SOURCE_DATE_EPOCH must be a whole number of seconds/, { SOURCE_DATE_EPOCH: 'yesterday' }],
      [['examples/none.pocplan.yaml'], /cannot read examples\/none\.pocplan\.yaml: no such file/],
      [['examples'], /cannot read examples: is a directory/],
    ];
    for (const [args, re, env] of cases) {
      const r = cli(['export', 'ics', ...args], { env: env ?? ENV });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stdout, '');
    }
  });

  it('refuses a plan with errors (exit 1, the errors on stderr, nothing written) unless --force', async () => {
    const out = path.join(tmp, 'x.ics');
    const r = cli(['export', 'ics', '-o', out, 'examples/mistakes-licensing.pocplan.yaml'], { env: ENV });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^pocplan: examples\/mistakes-licensing\.pocplan\.yaml has 2 errors; no calendar written \(fix them, or pass --force/);
    assert.match(r.stderr, /error license\.tenant-window /);
    assert.match(r.stderr, /error license\.incompatible /);
    assert.doesNotMatch(r.stderr, /:\d+:\d+ warning /, 'only the errors');
    assert.ok(!fs.existsSync(out));
    const forced = cli(['export', 'ics', '--force', '-o', out, 'examples/mistakes-licensing.pocplan.yaml'], { env: ENV });
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok((await parseIcs(fs.readFileSync(out, 'utf8'))).events.some((e) => e.uid.startsWith('tenant-deadline.')));
  });

  it('names what it left out on stderr, and exits 1 when there is nothing to put in a calendar', () => {
    const plan = path.join(tmp, 'partial.pocplan.yaml');
    fs.writeFileSync(plan, 'pocplan: 1\ntitle: Partial\npoc:\n  start: 2027-01-11\n');
    const r = cli(['export', 'ics', plan], { env: ENV, cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'pocplan: PoC end not in the calendar: poc.end is not set\n');
    assert.match(r.stdout, /^BEGIN:VCALENDAR\r\n/);
    fs.writeFileSync(plan, 'pocplan: 1\ntitle: No dates\n');
    const none = cli(['export', 'ics', plan], { env: ENV, cwd: tmp });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /has no dates to put in a calendar/);
    assert.equal(none.stdout, '');
  });

  it('never writes over the plan, a plan or a device list, or through a symbolic link (node/safe-write.ts)', () => {
    const plan = path.join(tmp, 'p.pocplan.yaml');
    fs.copyFileSync(path.join(ROOT, P1), plan);
    const before = fs.readFileSync(plan, 'utf8');
    fs.symlinkSync(plan, path.join(tmp, 'link.ics'));
    for (const [target, re] of [['p.pocplan.yaml', /refusing to write p\.pocplan\.yaml: plans/], ['devices.csv', /refusing to write devices\.csv/], ['link.ics', /symbolic link/], ['no/such/dir/x.ics', /no such directory/]] as const) {
      const r = cli(['export', 'ics', '-o', target, 'p.pocplan.yaml'], { env: ENV, cwd: tmp });
      assert.equal(r.code, 2, `${target}: ${r.stderr}`);
      assert.match(r.stderr, re);
    }
    assert.equal(fs.readFileSync(plan, 'utf8'), before);
    assert.ok(!fs.existsSync(path.join(tmp, 'devices.csv')));
  });

  it('the same bytes in every time zone (all-day dates never move a day)', function () {
    if (!fs.existsSync(CLI)) this.skip();
    const run = (tz: string): string => {
      const r = spawnSync(process.execPath, [CLI, 'export', 'ics', P1], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, TZ: tz, SOURCE_DATE_EPOCH: EPOCH } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const utc = run('UTC');
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/Los_Angeles']) assert.equal(run(tz), utc, tz);
    assert.match(utc, /DTSTART;VALUE=DATE:20270111\r\n/);
  });
});
