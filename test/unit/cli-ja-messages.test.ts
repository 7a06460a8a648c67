/**
 * The command line's own messages follow `--lang ja` and `POCPLAN_LANG=ja`: every error path of
 * `export panos`, `export ics`, `import panos`, `init` and the plan read shared with `render`
 * prints Japanese on stderr (no English word but file names, codes, keys, option names and values
 * quoted from the plan, and the usage line, which is command syntax), with the exit code of the
 * English run, which stays English.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, cliAsync, ROOT, type CliRun } from '../cli-harness';
import { englishWords, planVocabulary, schemaVocabulary } from '../glossary-check';
import { allCodes } from '../../server/src/service';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const example = (name: string): string => fs.readFileSync(path.join(ROOT, 'examples', `${name}.pocplan.yaml`), 'utf8');
/** An example plan in Japanese (its findings are then Japanese whichever way the UI language is set). */
const inJapanese = (text: string): string => text.replace(/^pocplan: 1$/m, 'pocplan: 1\nlocale: ja');

const TWO = 'pocplan: 1\nfirewalls:\n  - { id: a, interfaces: [{ name: ethernet1/1, mode: tap }] }\n  - { id: b, interfaces: [{ name: ethernet1/2, mode: tap }] }\n';

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-cli-ja-'));
  const files: Record<string, string> = {
    'two.pocplan.yaml': TWO,
    'none.pocplan.yaml': 'pocplan: 1\n',
    'nodates.pocplan.yaml': 'pocplan: 1\nlocale: ja\ntitle: No dates\n',
    'vis.pocplan.yaml': inJapanese(example('mistakes-visibility')),
    'lic.pocplan.yaml': inJapanese(example('mistakes-licensing')),
    'bad.xml': '<config version="11.1.0">\n  <devices>\n</config>\n',
    'dtd.xml': '<?xml version="1.0"?>\n<!DOCTYPE config [ <!ENTITY x "y"> ]>\n<config/>\n',
    'project.xml': '<project/>\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  fs.mkdirSync(path.join(dir, 'folder'));
  return dir;
}

/** A command's error path: its arguments, exit code, and what its English message says. */
interface Case { args: string[]; code: number; en: RegExp; env?: Record<string, string>; init?: boolean }

const CASES: Case[] = [
  // The plan read shared by render, export panos and export ics (check's readPlan / cannotRead).
  { args: ['render', 'missing.pocplan.yaml'], code: 2, en: /^pocplan: cannot read missing\.pocplan\.yaml: no such file\n$/ },
  { args: ['render', 'folder'], code: 2, en: /^pocplan: cannot read folder: is a directory\n$/ },
  { args: ['export', 'panos', 'missing.pocplan.yaml'], code: 2, en: /^pocplan: cannot read missing\.pocplan\.yaml: no such file\n$/ },
  { args: ['export', 'ics', 'folder'], code: 2, en: /^pocplan: cannot read folder: is a directory\n$/ },
  // export panos
  { args: ['export', 'panos'], code: 2, en: /^pocplan: export panos takes exactly one plan file\nUsage: pocplan export panos / },
  { args: ['export', 'panos', '--log-profile', 'a;b', 'two.pocplan.yaml'], code: 2, en: /--log-profile must be a PAN-OS profile name \(up to 31 letters, digits, spaces, '\.', '_' and '-'\), not "a;b"/ },
  { args: ['export', 'panos', '--format', 'xml', 'two.pocplan.yaml'], code: 2, en: /--format xml writes one firewall's configuration, and two\.pocplan\.yaml has several: choose one with --firewall \(one of: a, b\)/ },
  { args: ['export', 'panos', '--firewall', 'c', 'two.pocplan.yaml'], code: 2, en: /--firewall c: no such firewall in two\.pocplan\.yaml \(one of: a, b\)/ },
  { args: ['export', 'panos', 'none.pocplan.yaml'], code: 2, en: /none\.pocplan\.yaml has no firewalls: nothing to export/ },
  { args: ['export', 'panos', 'vis.pocplan.yaml'], code: 1, en: /^pocplan: vis\.pocplan\.yaml has \d+ errors \(pocplan check vis\.pocplan\.yaml lists them\): not exported\. Fix them, or export anyway with --force\.\n$/ },
  { args: ['export', 'panos', '--force', 'vis.pocplan.yaml'], code: 0, en: /^pocplan: vis\.pocplan\.yaml has \d+ errors: exported anyway \(--force\)\n$/ },
  { args: ['export', 'panos', '--format', 'json', 'two.pocplan.yaml'], code: 2, en: /--format must be one of: set, xml \(not "json"\)/ },
  // export ics
  { args: ['export', 'ics', 'a.pocplan.yaml', 'b.pocplan.yaml'], code: 2, en: /^pocplan: export ics takes exactly one plan file\nUsage: pocplan export ics / },
  { args: ['export', 'ics', '--remind-days', 'week', 'two.pocplan.yaml'], code: 2, en: /^pocplan: --remind-days must be a whole number of days from 0 to 365, or off\n$/ },
  { args: ['export', 'ics', 'two.pocplan.yaml'], code: 2, env: { SOURCE_DATE_EPOCH: 'yesterday' }, en: /SOURCE_DATE_EPOCH must be a whole number of seconds/ },
  { args: ['export', 'ics', 'lic.pocplan.yaml'], code: 1, env: { SOURCE_DATE_EPOCH: '1800000000' }, en: /^pocplan: lic\.pocplan\.yaml has 2 errors; no calendar written \(fix them, or pass --force to export the deadlines anyway\)\n/ },
  { args: ['export', 'ics', 'nodates.pocplan.yaml'], code: 1, env: { SOURCE_DATE_EPOCH: '1800000000' }, en: /nodates\.pocplan\.yaml has no dates to put in a calendar \(poc\.start, poc\.end, iotLicense\.expires, tenant\.prodLicenseDate\)/ },
  // import panos
  { args: ['import', 'panos'], code: 2, en: /^pocplan: import panos takes exactly one configuration file\nUsage: pocplan import panos / },
  { args: ['import', 'panos', 'missing.xml'], code: 2, en: /^pocplan: cannot read missing\.xml: no such file\n$/ },
  { args: ['import', 'panos', 'folder'], code: 2, en: /^pocplan: cannot read folder: is a directory\n$/ },
  { args: ['import', 'panos', 'bad.xml'], code: 2, en: /^pocplan: bad\.xml:\d+:\d+: not well-formed XML: / },
  { args: ['import', 'panos', 'dtd.xml'], code: 2, en: /^pocplan: dtd\.xml:2:\d+: refusing a document type declaration \(<!DOCTYPE\): PAN-OS configurations have none, and DTDs and external entities are never read\n$/ },
  { args: ['import', 'panos', 'project.xml'], code: 2, en: /^pocplan: project\.xml:1:1: not a PAN-OS configuration: the root element is <project>, not <config>\n$/ },
  // init (nothing is written: every value is checked first)
  { args: ['init', '--yes', 'plan.pocplan.yaml'], code: 2, init: true, en: /unexpected argument plan\.pocplan\.yaml \(the file goes after -o\)/ },
  { args: ['init', '--yes', '--site'], code: 2, init: true, en: /^pocplan: --site needs a value\n/ },
  { args: ['init', '--yes', '--start', '2027-02-30'], code: 2, init: true, en: /^pocplan: --start must be a date \(YYYY-MM-DD\): 2027-02-30\n$/ },
  { args: ['init', '--yes', '--observation-days', 'two'], code: 2, init: true, en: /^pocplan: --observation-days must be a whole number of days from 1 to 3650\n$/ },
  { args: ['init', '--yes', '--site', 'Osaka:7'], code: 2, init: true, en: /^pocplan: --site needs NAME:PATTERN with PATTERN one of 1, 2, 3, 4, 5-1, 5-2: Osaka:7\n$/ },
  { args: ['init', '--yes', '--keep-tenant', '--no-keep-tenant'], code: 2, init: true, en: /^pocplan: --keep-tenant and --no-keep-tenant exclude each other\n$/ },
  { args: ['init', '--yes', '-o', 'plan.yaml'], code: 2, init: true, en: /^pocplan: -o must name a \*\.pocplan\.yaml file: plan\.yaml\n$/ },
];

/** Words that may stay: the plans' own words, keys, codes, and what the cases quote (ids, values). */
function allowed(): Set<string> {
  const words = new Set<string>([...schemaVocabulary(), ...allCodes().keys(), 'pocplan', 'a', 'b', 'c', 'Osaka', 'two', 'DOCTYPE', 'project', 'folder', 'set', 'xml', 'json']);
  for (const f of ['mistakes-visibility', 'mistakes-licensing']) for (const w of planVocabulary(example(f))) words.add(w);
  return words;
}

/** stderr without the usage line (command syntax, the same in both languages). */
const prose = (stderr: string): string[] => {
  const lines: string[] = [];
  let usage = false;
  for (const line of stderr.split('\n')) {
    if (line.startsWith('使い方:') || line.startsWith('Usage:')) usage = true;
    else if (!/^\s/.test(line)) usage = false;
    if (!usage && line.trim()) lines.push(line);
  }
  return lines;
};

async function run(c: Case, cwd: string, ja: 'flag' | 'env' | 'none'): Promise<CliRun> {
  // `--lang` goes after the command's words (export panos / import panos), before its operands.
  const at = c.args[0] === 'export' || c.args[0] === 'import' ? 2 : 1;
  const args = ja === 'flag' ? [...c.args.slice(0, at), '--lang', 'ja', ...c.args.slice(at)] : c.args;
  const env = { ...(c.env ?? {}), ...(ja === 'env' ? { POCPLAN_LANG: 'ja' } : {}) };
  return c.init ? cliAsync(args, { cwd, env }) : cli(args, { cwd, env });
}

describe('the command line\'s own messages follow --lang ja and POCPLAN_LANG=ja', function () {
  this.timeout(60_000);
  const words = allowed();
  let dir: string;
  before(() => { dir = workspace(); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  for (const c of CASES) {
    it(`pocplan ${c.args.join(' ')} → exit ${c.code}`, async () => {
      const en = await run(c, dir, 'none');
      assert.equal(en.code, c.code, en.stderr);
      assert.ok(en.stderr, 'says why on stderr');
      // The command's own message is English by default (the findings follow the plan's `locale: ja`).
      assert.match(en.stderr, c.en);
      assert.doesNotMatch(c.en.exec(en.stderr)![0], JAPANESE, 'English by default');
      for (const how of ['flag', 'env'] as const) {
        const ja = await run(c, dir, how);
        assert.equal(ja.code, c.code, `${how}: ${ja.stderr}`);
        const lines = prose(ja.stderr);
        assert.ok(lines.length, `${how}: says why on stderr`);
        for (const line of lines) assert.match(line, JAPANESE, `${how}: ${line}`);
        assert.deepEqual(lines.flatMap((l) => englishWords(l, words).map((w) => `${how}: "${w}" in ${l}`)), []);
      }
    });
  }

  it('nothing was written by the refused commands', () => {
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bad.xml', 'dtd.xml', 'folder', 'lic.pocplan.yaml', 'nodates.pocplan.yaml', 'none.pocplan.yaml', 'project.xml', 'two.pocplan.yaml', 'vis.pocplan.yaml']);
  });
});
