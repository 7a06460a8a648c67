/**
 * The documentation says what is true (issue #13, item 7): README's console blocks are what the
 * commands print (this test runs them; `UPDATE_README=1` rewrites them from the real output —
 * review the diff), its excerpts are the files' own lines, no document links outside the
 * repository, every diagnostic code has its page (with a Japanese section) in the rule index and,
 * when added after the contract, in docs/contract/additions.md; and no file of the repository holds
 * a raw bidirectional control character (Trojan Source in our own sources).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCodes } from '../../server/src/service';
import { cli, ROOT } from '../cli-harness';

const README = path.join(ROOT, 'README.md');

/** Every Markdown file of the repository (tracked or new), without dependencies and build output. */
function markdownFiles(): string[] {
  const out: string[] = [];
  const skip = new Set(['node_modules', '.git', 'out', 'dist', 'test-results', '.vscode-test', 'demo-output']);
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (skip.has(e.name) || (e.isDirectory() && e.name.startsWith('.') && e.name !== '.ci')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(ROOT);
  return out.sort();
}

interface Block { lang: string; start: number; end: number; body: string }

/** Fenced code blocks: their info string, line span in the file and body. */
function blocks(text: string): Block[] {
  const lines = text.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const j = lines.findIndex((l, k) => k > i && /^```\s*$/.test(l));
    if (j < 0) break;
    out.push({ lang: open[1]!, start: i + 1, end: j, body: lines.slice(i + 1, j).join('\n') });
    i = j;
  }
  return out;
}

/** A console block's commands and the output under each. */
function sessions(body: string): Array<{ command: string; output: string }> {
  const out: Array<{ command: string; output: string }> = [];
  for (const line of body.split('\n')) {
    if (line.startsWith('$ ')) out.push({ command: line.slice(2), output: '' });
    else if (out.length) out[out.length - 1]!.output += `${line}\n`;
    else throw new Error(`console block starts with output, not a command: ${line}`);
  }
  return out;
}

function run(command: string): string {
  const argv = command.split(/\s+/);
  const at = argv[0] === 'npx' ? 1 : 0;
  assert.equal(argv[at], 'pocplan', `README console blocks run pocplan only: ${command}`);
  return cli(argv.slice(at + 1), { cwd: ROOT, env: { NO_COLOR: '1' } }).stdout;
}

describe('docs: the README shows what is true', () => {
  it('every console block is exactly what its commands print', () => {
    const text = fs.readFileSync(README, 'utf8');
    const consoles = blocks(text).filter((b) => b.lang === 'console');
    assert.ok(consoles.length > 0, 'the README shows a command and its output');
    let rewritten = text;
    for (const b of consoles) {
      const body = sessions(b.body).map((s) => `$ ${s.command}\n${run(s.command)}`).join('').replace(/\n$/, '');
      if (process.env.UPDATE_README === '1') { rewritten = rewritten.replace(b.body, body); continue; }
      for (const s of sessions(b.body)) {
        assert.ok(!s.output.split('\n').some((l) => /^\s*…\s*$/.test(l)), `README line ${b.start}: output abbreviated with a "…" line is not what "${s.command}" prints`);
        assert.equal(s.output.replace(/\n*$/, '\n'), run(s.command), `README line ${b.start}: "${s.command}" prints something else (UPDATE_README=1 npx mocha … rewrites the block; review the diff)`);
      }
    }
    if (process.env.UPDATE_README === '1' && rewritten !== text) fs.writeFileSync(README, rewritten);
  });

  it('an excerpt of a file is the file\'s own lines, in order', () => {
    for (const b of blocks(fs.readFileSync(README, 'utf8'))) {
      const m = /^# (\S+) \(excerpt\)$/.exec(b.body.split('\n')[0] ?? '');
      if (!m) continue;
      const file = fs.readFileSync(path.join(ROOT, m[1]!), 'utf8').split('\n');
      let at = 0;
      for (const line of b.body.split('\n').slice(1)) {
        const found = file.indexOf(line, at);
        assert.ok(found >= 0, `README line ${b.start}: ${JSON.stringify(line)} is not a line of ${m[1]} (after line ${at})`);
        at = found + 1;
      }
    }
  });
});

describe('docs: everything a document links to is in the repository', () => {
  const files = markdownFiles();

  it(`no Markdown link leaves the repository or points at nothing (${files.length} files)`, () => {
    const problems: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8').replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '));
      const targets = [
        ...[...text.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
        ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!),
        ...[...text.matchAll(/<(?:a|img)\b[^>]*\b(?:href|src)="([^"]+)"/gi)].map((m) => m[1]!),
      ];
      for (const t of targets) {
        if (/^(https?:|mailto:|#)/i.test(t)) continue;
        const rel = path.relative(ROOT, f);
        if (/^[a-z][a-z0-9+.-]*:/i.test(t)) { problems.push(`${rel}: ${t} (a ${t.split(':')[0]}: link)`); continue; }
        const target = path.resolve(path.dirname(f), decodeURIComponent(t.replace(/#.*$/, '')));
        if (path.relative(ROOT, target).startsWith('..') || path.isAbsolute(path.relative(ROOT, target))) problems.push(`${rel}: ${t} leaves the repository`);
        else if (!fs.existsSync(target)) problems.push(`${rel}: ${t} points at nothing`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('no document sends the reader to a folder beside the repository (../shared/…) or a machine path', () => {
    const problems: string[] = [];
    for (const f of files) {
      fs.readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (/(^|[\s(`'"])(\.\.\/)+shared\/|\/work\/(main|wt|shared)\b/.test(line)) problems.push(`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(problems, []);
  });
});

describe('docs: every diagnostic code is documented', () => {
  const index = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
  const additions = fs.readFileSync(path.join(ROOT, 'docs', 'contract', 'additions.md'), 'utf8');
  for (const [code, meta] of allCodes()) {
    it(code, () => {
      const page = path.join(ROOT, 'docs', 'rules', `${code}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${code}.md is missing`);
      const text = fs.readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${code.replace(/\./g, '\\.')}\\n`), 'the page is titled with its code');
      assert.match(text, /\n## 日本語\n/, 'the page has a Japanese section');
      assert.ok(index.includes(`](${code}.md)`), 'listed in docs/rules/README.md');
      if (meta.added) assert.ok(additions.includes(`\`${code}\``), 'an added code is recorded in docs/contract/additions.md');
    });
  }
});

describe('the repository holds no raw bidirectional control character (Trojan Source)', () => {
  it('in any tracked or new text file', function () {
    let list: string[];
    try {
      list = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n').filter(Boolean);
    } catch {
      this.skip(); // not a git checkout (an unpacked package)
    }
    const hits: string[] = [];
    for (const rel of list) {
      if (/\.(png|jpe?g|gif|ico|vsix|zip|woff2?)$/i.test(rel)) continue;
      const p = path.join(ROOT, rel);
      let text: string;
      try { text = fs.readFileSync(p, 'utf8'); } catch { continue; }
      const m = /[\u202A-\u202E\u2066-\u2069]/.exec(text);
      if (m) hits.push(`${rel}:${text.slice(0, m.index).split('\n').length} U+${m[0].charCodeAt(0).toString(16).toUpperCase()}`);
    }
    assert.deepEqual(hits, [], 'write them as escapes (\\u202E) instead');
  });
});
