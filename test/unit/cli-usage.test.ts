/**
 * The command line says no clearly (issue #13, items 4 and 5): a path that names no plan, a folder
 * without plans and an unknown option value all exit 2 with a message naming what is allowed,
 * never a green "0 errors … in 1 plan"; and nothing a plan holds can act on the terminal.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseOptions } from '../../server/src/cli/args';
import { jsonTermSafe, termSafe } from '../../server/src/cli/formats';
import { cli } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';

/** Raw characters a terminal would act on (ESC, other controls, bidi controls and marks, line separators). */
// eslint-disable-next-line no-control-regex -- the point
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('pocplan: paths that name no plan exit 2', () => {
  let dir = '';
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-usage-')));
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.writeFileSync(path.join(dir, 'docs', 'notes.md'), '# not a plan\n');
    fs.mkdirSync(path.join(dir, 'plans'));
    fs.writeFileSync(path.join(dir, 'plans', 'ok.pocplan.yaml'), CLEAN);
    for (const [n, t] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, 'plans', n), t);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder with no plans: exit 2, the folder named, no summary line', () => {
    for (const folder of ['empty', 'docs']) {
      const r = cli(['check', folder], { cwd: dir });
      assert.equal(r.code, 2, folder);
      assert.equal(r.stderr, `pocplan: no *.pocplan.yaml or *.pocplan.yml files under ${folder}\npocplan: no plan was checked\n`);
      assert.equal(r.stdout, '', 'nothing that reads like a result');
    }
  });

  it('a missing file: exit 2, "cannot read", and never "0 errors … in 1 plan"', () => {
    const r = cli(['check', 'plans/typo.pocplan.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^pocplan: cannot read plans\/typo\.pocplan\.yaml: no such file\n/);
    assert.doesNotMatch(r.stdout, /in \d+ plan/);
    const j = JSON.parse(cli(['check', '--format', 'json', 'plans/typo.pocplan.yaml'], { cwd: dir }).stdout) as { files: Array<{ error?: string }>; summary: { files: number } };
    assert.equal(j.summary.files, 0, 'an unread file is not a checked plan');
    assert.equal(j.files[0]!.error, 'no such file');
  });

  it('a typo beside a good path still exits 2; the good plan is checked and counted alone', () => {
    const r = cli(['check', 'plans', 'emtpy/'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /0 errors, 0 warnings, \d+ infos? in 1 plan\n$/);
    assert.match(r.stderr, /cannot read emtpy\/: no such file/);
    const both = cli(['check', 'plans', 'empty'], { cwd: dir });
    assert.equal(both.code, 2);
    assert.match(both.stdout, /in 1 plan\n$/);
  });

  it('SARIF marks the run unsuccessful and names the input', () => {
    const r = cli(['check', '--format', 'sarif', 'empty'], { cwd: dir });
    assert.equal(r.code, 2);
    const s = JSON.parse(r.stdout) as { runs: Array<{ invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    assert.equal(s.runs[0]!.invocations![0]!.executionSuccessful, false);
    assert.match(s.runs[0]!.invocations![0]!.toolExecutionNotifications[0]!.message.text, /^no \*\.pocplan\.yaml or \*\.pocplan\.yml files under empty$/);
  });

  it('a FIFO given as a plan is refused at once (exit 2), never waited on', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe.pocplan.yaml');
    try { execFileSync('mkfifo', [fifo]); } catch { this.skip(); }
    for (const args of [['check', 'pipe.pocplan.yaml'], ['render', 'pipe.pocplan.yaml']]) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /cannot read pipe\.pocplan\.yaml: not a regular file \(a FIFO\)/);
    }
    fs.unlinkSync(fifo);
  });
});

describe('pocplan: every option value outside its set exits 2 and names the allowed values', () => {
  const plan = 'examples/pattern-1-inline.pocplan.yaml';
  const cases: Array<[string[], RegExp]> = [
    [['check', '--format', 'xml', plan], /--format must be one of: text, json, sarif \(not "xml"\)/],
    [['check', '-f', 'xml', plan], /-f must be one of: text, json, sarif/],
    [['check', '--format=xml', plan], /--format must be one of: text, json, sarif/],
    [['check', '--lang', 'fr', plan], /--lang must be one of: en, ja \(not "fr"\)/],
    [['check', '--lang=', plan], /--lang needs a value \(one of: en, ja\), not an empty one/],
    [['check', '--license-matrix', 'loose', plan], /--license-matrix must be one of: strict, device-associations/],
    [['check', '--profile', 'x', plan], /--profile must be one of: default, strict \(not "x"\)/],
    [['check', '--no-color=1', plan], /--no-color takes no value/],
    [['check', '--color=always', plan], /--color takes no value/],
    [['check', plan, '--lang'], /--lang needs a value \(one of: en, ja\)/],
    [['check', '--bogus', plan], /unknown option --bogus/],
    [['render', '--format', 'pdf', plan], /--format must be one of: md, html \(not "pdf"\)/],
    [['render', '--lang', 'fr', plan], /--lang must be one of: en, ja/],
    [['render', '--license-matrix', 'x', plan], /--license-matrix must be one of: strict, device-associations/],
    [['render', '--profile', 'x', plan], /--profile must be one of: default, strict/],
    [['render', '-o', '', plan], /-o needs a value, not an empty one/],
    [['render', '--output=', plan], /--output needs a value, not an empty one/],
    [['render', '--help=me', plan], /--help takes no value/],
    [['render', plan, 'second.pocplan.yaml'], /render takes exactly one plan file, not 2/],
    [['render'], /render needs a plan file/],
  ];
  for (const [args, message] of cases) {
    it(`pocplan ${args.map((a) => (a === '' ? "''" : a)).join(' ')}`, () => {
      const r = cli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /\nUsage:[ \n]/, 'the usage follows');
      assert.equal(r.stdout, '', 'nothing is checked or rendered');
    });
  }

  it('the values still accepted: each listed value, `--opt=value`, `-f`, and `markdown` for md', () => {
    for (const args of [['check', '--lang', 'ja', plan], ['check', '--lang=en', plan], ['check', '-f', 'json', plan], ['check', '--profile=strict', '--license-matrix', 'device-associations', plan], ['render', '--format', 'markdown', plan], ['render', '-f', 'html', '--lang', 'ja', plan]]) {
      assert.equal(cli(args).code, 0, args.join(' '));
    }
  });

  it('parseOptions: last value wins, `--` ends options, `-` is a positional', () => {
    const o = parseOptions(['--lang', 'en', '--lang=ja', '-', '--', '--lang'], { lang: { values: ['en', 'ja'] } });
    assert.deepEqual([...o.values], [['lang', 'ja']]);
    assert.deepEqual(o.positionals, ['-', '--lang']);
    assert.deepEqual(o.errors, []);
  });
});

describe('pocplan: nothing from a plan acts on the terminal', () => {
  it('termSafe shows controls, bidi controls and separators as <U+XXXX>; tabs and text stay', () => {
    assert.equal(termSafe('a\u001b[2Jb\u202Ec\u2066d\u200Fe\u2028f\tg ok'), 'a<U+001B>[2Jb<U+202E>c<U+2066>d<U+200F>e<U+2028>f\tg ok');
    assert.equal(JSON.parse(jsonTermSafe(JSON.stringify({ s: 'x\u202Ey\u0085' }, null, 2))).s, 'x\u202Ey\u0085', 'the same JSON value');
    assert.ok(!RAW_UNSAFE.test(jsonTermSafe(JSON.stringify({ s: 'x\u202Ey\u0085\u001b' }))));
  });

  it('a plan value with ESC and U+202E, quoted in messages: text, JSON and SARIF output carry neither raw', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-term-'));
    fs.writeFileSync(path.join(dir, 'p\u202Eq.pocplan.yaml'), CLEAN.replace('locale: en', 'locale: "\\e[2J\\u202Een"').replace('title:', '"ti\\u202Etle\\e[8m": x\ntitle:'));
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const r = cli(['check', '--format', format, '.'], { cwd: dir });
        assert.equal(r.code, 1, r.stderr);
        assert.ok(!RAW_UNSAFE.test(r.stdout), `${format}: ${JSON.stringify(r.stdout.match(RAW_UNSAFE))}`);
        assert.ok(!RAW_UNSAFE.test(r.stderr));
        if (format === 'text') assert.match(r.stdout, /p<U\+202E>q\.pocplan\.yaml:\d+:\d+ error schema\.(enum|unknown-key)/);
      }
      const missing = cli(['check', 'gone\u202E\u001b.pocplan.yaml'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.ok(!RAW_UNSAFE.test(missing.stderr), missing.stderr);
      assert.match(missing.stderr, /gone<U\+202E><U\+001B>\.pocplan\.yaml/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
