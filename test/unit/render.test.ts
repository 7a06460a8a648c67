import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { cli, ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { escapeAttr, escapeHtml, escapeMd, messageMd, splitTicks } from '../../server/src/service/render/escape';
import { fit, textWidth, wrap } from '../../server/src/service/render/svg';
import { FIXTURES, generatePlan, renderFile, renderText, timeRender } from '../render-helpers';
import en from '../../server/src/service/l10n/en/render.json';
import ja from '../../server/src/service/l10n/ja/render.json';
import { englishWords, planVocabulary } from '../glossary-check';

const GOLDEN = path.join(ROOT, 'test', 'golden', 'render');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compares with test/golden/render/<name>; `UPDATE_GOLDEN=1 npx mocha` rewrites the files instead. */
function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${path.relative(ROOT, file)}; run UPDATE_GOLDEN=1 npx mocha and review it`);
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== actual) {
    const a = actual.split('\n'); const e = expected.split('\n');
    const i = a.findIndex((l, k) => l !== e[k]);
    assert.fail(`${name} differs from its golden file at line ${i + 1}:\n  expected: ${e[i]?.slice(0, 300)}\n  actual:   ${a[i]?.slice(0, 300)}\n(UPDATE_GOLDEN=1 npx mocha rewrites the golden files; review the diff)`);
  }
}

function examplePlans(): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  for (const [dir, prefix] of [[path.join(ROOT, 'examples'), ''], [path.resolve(ROOT, '..', 'shared', 'examples'), 'shared-']] as const) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => /\.pocplan\.ya?ml$/.test(n)).sort()) {
      out.push({ name: prefix + f.replace(/\.pocplan\.ya?ml$/, ''), file: path.join(dir, f) });
    }
  }
  return out;
}

const HOSTILE = fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.pocplan.yaml'), 'utf8');
const HOSTILE_CSV = fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.csv'), 'utf8');
const hostile = (format: 'md' | 'html'): string => renderText(HOSTILE, { format, files: { 'hostile.csv': HOSTILE_CSV } });

describe('plan document: golden files', () => {
  for (const format of ['md', 'html'] as const) {
    it(`clean fixture (${format})`, () => golden(`clean.${format}`, renderText(CLEAN, { format, files: CLEAN_FILES })));
    it(`clean fixture in Japanese (${format})`, () => golden(`clean-ja.${format}`, renderText(CLEAN, { format, files: CLEAN_FILES, lang: 'ja' })));
    for (const ex of examplePlans()) it(`${ex.name} (${format})`, () => golden(`${ex.name}.${format}`, renderFile(ex.file, { format })));
  }
});

describe('plan document: escaping', () => {
  it('escapes text and attributes for HTML and SVG', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a">'&`), '&lt;img src=x onerror=&quot;a&quot;&gt;&#39;&amp;');
    assert.equal(escapeHtml(']]>'), ']]&gt;');
    assert.equal(escapeAttr('a\n"b"\u0000'), 'a &quot;b&quot;');
  });

  it('escapes Markdown so nothing becomes a link, an image or HTML', () => {
    assert.equal(escapeMd('[x](javascript:alert(1))'), '\\[x\\](javascript\\:alert(1))');
    assert.equal(escapeMd('<b>*a*_b_`c`|d'), '\\<b\\>\\*a\\*\\_b\\_\\`c\\`\\|d');
    assert.equal(escapeMd('see https://x.example and www.x.example or a@b.example'), 'see https\\://x.example and www\\.x.example or a\\@b.example');
    assert.equal(escapeMd('a\nb'), 'a b');
  });

  it('keeps catalog code spans as code and never lets a backtick out', () => {
    assert.deepEqual(splitTicks('Segment `a` uses `b'), [{ code: false, text: 'Segment ' }, { code: true, text: 'a' }, { code: false, text: ' uses ' }, { code: false, text: '`b' }]);
    assert.equal(messageMd('Segment `x|y` and [z](javascript:q)'), 'Segment `x|y` and \\[z\\](javascript\\:q)');
    // In a table cell nothing may end the cell early: the whole message is escaped text.
    const cell = messageMd('Segment `a\\|[x](javascript:alert(1))` here', true);
    const out = new MarkdownIt({ html: true, linkify: true }).render(`| h |\n|---|\n| ${cell} |\n`);
    assert.doesNotMatch(out, /<a /);
    assert.equal(out.match(/<td>/g)!.length, 1);
  });

  it('HTML: every hostile string shows as text; no markup, handler or script URL gets through', () => {
    const html = hostile('html');
    // The export has no script at all, and the only elements are our own.
    assert.doesNotMatch(html, /<script/i);
    const body = html.slice(html.indexOf('</head>'));
    assert.doesNotMatch(body, /<(img|iframe|b|style)[\s>]/i);
    assert.equal(html.match(/<svg/g)!.length, html.match(/<\/svg>/g)!.length);
    // Escaped text cannot contain '<', so every tag found here is one of ours: no attribute is a handler.
    for (const [tag] of body.matchAll(/<[a-zA-Z][^>]*>/g)) assert.doesNotMatch(tag.replace(/="[^"]*"/g, '=""'), /\son[a-z]+\s*=/i, tag);
    // Links: in-document anchors, sources, and the one calendar download the renderer makes.
    const links = [...html.matchAll(/href="(?!#|https:\/\/)([^"]*)"/gi)].map((m) => m[1]!);
    assert.equal(links.length, 1, links.join('\n'));
    assert.match(links[0]!, /^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A[^"<>\s]*$/);
    assert.doesNotMatch(html, /]]>/);
    // ...and they are all there, as text.
    for (const s of ['&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;', 'fw&quot;&gt;&lt;img src=x onerror=window.__pwned=4&gt;',
      '[x](javascript:window.__pwned=14)', '&lt;img src=x onerror=window.__pwned=15&gt;', ']]&gt; &quot;quoted&quot; | pipe `tick`', 'Site &#39; onmouseover=&#39;window.__pwned=11']) {
      assert.ok(html.includes(s), `missing ${s}`);
    }
  });

  it('Markdown: rendered by markdown-it (HTML and linkify on), hostile strings stay text', () => {
    const md = hostile('md');
    const out = new MarkdownIt({ html: true, linkify: true }).render(md);
    assert.doesNotMatch(out, /<(img|script|iframe|svg|style|b)[\s>]/i);
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) assert.match(h, /^https:\/\/(docs\.paloaltonetworks\.com|www\.paloaltonetworks\.com|www\.paloaltofirewalls\.com)\//, h);
    assert.ok(out.includes('[x](javascript:window.__pwned=1)'), 'the customer string is shown as text');
    assert.ok(out.includes('&lt;img src=x onerror=window.__pwned=15&gt;'), 'the CSV model is shown as text');
  });

  it('the preview adds one nonce script and data-line places; the CSP forbids everything else', () => {
    const html = renderText(CLEAN, { files: CLEAN_FILES, preview: { nonce: 'abc123', cspSource: 'https://x.vscode-cdn.net' } });
    assert.equal(html.match(/<script/g)!.length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.match(html, /content="default-src 'none'; style-src https:\/\/x\.vscode-cdn\.net 'nonce-abc123'; img-src https:\/\/x\.vscode-cdn\.net data:; script-src 'nonce-abc123';/);
    assert.match(html, /data-line="\d+"/);
    assert.doesNotMatch(html, /\son(click|load|error|mouseover)=/i, 'no inline event handlers');
    const exported = renderText(CLEAN, { files: CLEAN_FILES });
    assert.doesNotMatch(exported, /data-line=/);
    assert.match(exported, /content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;/);
  });

  it('a hostile nonce or CSP source cannot break out of the meta tag', () => {
    const html = renderText(CLEAN, { files: CLEAN_FILES, preview: { nonce: '"><script>x</script>', cspSource: "'unsafe-eval' \"><b>" } });
    assert.equal(html.match(/<script/g)!.length, 1);
    assert.doesNotMatch(html, /unsafe-eval|<b>/);
  });
});

describe('plan document: content', () => {
  it('is deterministic: the same plan gives the same bytes', () => {
    for (const format of ['md', 'html'] as const) {
      const a = renderText(CLEAN, { format, files: CLEAN_FILES });
      const b = renderText(CLEAN, { format, files: CLEAN_FILES });
      assert.equal(a, b);
    }
  });

  it('a plan with errors still renders and lists its findings', () => {
    const text = CLEAN.replace('type: trial', 'type: nfr').replace(/ {8}traffic:\n {10}method: inline\n {10}firewall: fw-osaka\n {10}interface: ethernet1\/3\n/, '');
    const html = renderText(text, { files: CLEAN_FILES });
    assert.match(html, /license\.incompatible/);
    assert.match(html, /segment\.traffic-missing/);
    assert.match(html, /plan\.pocplan\.yaml:\d+/);
    assert.match(html, /class="st-unmet"/);
    const md = renderText('pocplan: 1\ntitle: [unclosed\n', { format: 'md' });
    assert.match(md, /yaml\.syntax/);
  });

  it('renders empty, half-written and absurd plans without throwing or showing a catalog id', () => {
    for (const text of ['', 'pocplan: 1\n', '[1, 2]', 'title: { a: 1 }\npoc: { start: 1900-01-01, end: 9999-12-31 }\n',
      'sites:\n  - segments:\n      - {}\n      - identity: { method: bogus }\n        traffic: { method: mirror, firewall: nowhere }\n']) {
      for (const format of ['md', 'html'] as const) assert.doesNotMatch(renderText(text, { format }), /render\.[a-z]/, JSON.stringify(text));
    }
  });

  it('the language is --lang, else the plan\'s locale, else English', () => {
    const jaPlan = CLEAN.replace('locale: en', 'locale: ja');
    assert.match(renderText(jaPlan, { files: CLEAN_FILES }), /<html lang="ja">/);
    assert.match(renderText(jaPlan, { files: CLEAN_FILES, lang: 'en' }), /<html lang="en">/);
    assert.match(renderText(CLEAN.replace('locale: en\n', ''), { files: CLEAN_FILES }), /<html lang="en">/);
  });

  it('a Japanese document has no English headings, labels or sentences', () => {
    const html = renderText(CLEAN, { files: CLEAN_FILES, lang: 'ja' });
    const md = renderText(CLEAN, { files: CLEAN_FILES, lang: 'ja', format: 'md' });
    const jaText = /[\u3040-\u30ff\u4e00-\u9fff\u2460-\u2473]/;
    const pick = (re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim()).filter(Boolean);
    // A heading or label is Japanese, or made only of product names and the plan's own ids
    // (「NGFW fw-osaka(PA-450)」).
    const planWords = planVocabulary(CLEAN);
    for (const h of [...pick(/<h[2-4][^>]*>(.*?)<\/h[2-4]>/g), ...pick(/<th[^>]*>(.*?)<\/th>/g), ...pick(/<dt>(.*?)<\/dt>/g), ...pick(/<figcaption>(.*?)<\/figcaption>/g)]) {
      assert.ok(jaText.test(h) || englishWords(h, planWords).length === 0, `not Japanese: ${h}`);
    }
    // Every heading but the title (the plan's own words) is Japanese.
    for (const line of md.split('\n').filter((l) => /^#{2,} /.test(l))) assert.ok(jaText.test(line) || englishWords(line.replace(/^#+ /, ''), planWords).length === 0, line);
    // No English catalog sentence leaks (values that differ between the catalogs, cut at placeholders).
    for (const [key, value] of Object.entries(en as Record<string, string>)) {
      if ((ja as Record<string, string>)[key] === value) continue;
      for (const part of value.split(/\{\w+\}/)) {
        if (part.trim().length < 14) continue;
        assert.ok(!html.includes(escapeHtml(part)), `${key}: "${part}" in the Japanese HTML`);
      }
    }
  });

  it('both catalogs have the same keys and placeholders, and no key leaks as its id', () => {
    const ph = (s: string): string => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(en as Record<string, string>)) assert.equal(ph((ja as Record<string, string>)[k]!), ph(v), k);
    for (const lang of ['en', 'ja']) {
      for (const format of ['md', 'html'] as const) {
        assert.doesNotMatch(renderText(CLEAN, { files: CLEAN_FILES, lang, format }), /render\.[a-z]/);
        assert.doesNotMatch(hostile(format), /render\.[a-z]/);
      }
    }
  });

  it('marks a segment\'s conditions from that segment\'s findings only', () => {
    const text = CLEAN.replace(/(- name: ethernet1\/7\n\s+mode: )tap/, '$1layer2');
    const html = renderText(text, { files: CLEAN_FILES, format: 'md' });
    const row = (id: string): string => html.split('\n').find((l) => l.startsWith(`| ${id} |`))!;
    assert.match(row('p2-cameras'), /✗ not met \| ✓ met/);
    assert.match(row('p52-meters'), /✓ met \| ✗ not met/);
    assert.match(row('p1-scanners'), /✓ met \| ✓ met/);
  });

  it('shows the CSV devices with their vendor and model', () => {
    const md = renderText(CLEAN, { files: CLEAN_FILES, format: 'md' });
    assert.match(md, /\| 10\.1\.30\.5 \| 00:0a:95:9d:68:16 \| Trane \| Tracer SC \|/);
  });

  it('a site with 50 segments: a compact overview, one diagram each, all the same size', () => {
    const { text, files } = generatePlan(50);
    const html = renderText(text, { files });
    assert.equal(html.match(/<figure class="diagram"/g)!.length, 50);
    const overview = /<table class="overview">.*?<\/table>/s.exec(html)![0];
    assert.equal(overview.match(/<tr>/g)!.length, 51);
    const heights = [...html.matchAll(/class="topology" viewBox="0 0 800 (\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    assert.equal(heights.length, 50);
    assert.ok(Math.max(...heights) < 500, `diagram heights ${Math.min(...heights)}..${Math.max(...heights)}`);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(new Set(ids).size, ids.length, 'element ids are unique');
  });

  it('fits diagram text to its box, with an ellipsis and the full text as a tooltip', () => {
    assert.equal(fit('short', 100, 12), 'short');
    const cut = fit('a-very-long-firewall-identifier-that-cannot-fit', 80, 12);
    assert.ok(cut.endsWith('…') && textWidth(cut, 12) <= 80, cut);
    assert.deepEqual(wrap('Strata Logging Service', 104, 11.5, 2, true), ['Strata Logging', 'Service']);
    assert.equal(wrap('IoT Security クラウド', 60, 12, 2).length, 2);
    const { text, files } = generatePlan(1);
    const html = renderText(text.replace(/fw-0/g, 'fw-with-a-remarkably-long-identifier-0'), { files });
    assert.match(html, /<title>fw-with-a-remarkably-long-identifier-0<\/title>/);
  });

  it('renders a generated 10,000-line plan to HTML in under a second', async function () {
    this.timeout(60_000);
    // The benchmark's generator when it is there (bench/generate.mjs), else ours (denser: more segments per line).
    const bench = path.join(ROOT, 'bench', 'generate.mjs');
    let text: string; let files: Record<string, string>;
    if (fs.existsSync(bench)) {
      const mod = (await import(pathToFileURL(bench).href)) as { generatePlanFiles(o: { lines: number; seed: number }): { text: string; csvFiles: Array<{ path: string; content: string }> } };
      const g = mod.generatePlanFiles({ lines: 10_000, seed: 1 });
      text = g.text; files = Object.fromEntries(g.csvFiles.map((f) => [f.path, f.content]));
    } else ({ text, files } = generatePlan(1550, { sites: 10, firewalls: 20 }));
    const lines = text.split('\n').length;
    assert.ok(lines >= 10_000, `${lines} lines`);
    const t = timeRender(text, files);
    if (process.env.RENDER_TIMING) process.stdout.write(`      ${lines} lines: check ${t.check.toFixed(0)} ms, render ${t.render.toFixed(0)} ms\n`);
    assert.ok(t.render < 1000, `rendering ${lines} lines took ${t.render.toFixed(0)} ms`);
  });
});

describe('pocplan render', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-render-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  const plan = (text = CLEAN): string => {
    const file = path.join(dir, 'plan.pocplan.yaml');
    fs.writeFileSync(file, text);
    for (const [k, v] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, k), v);
    return file;
  };

  it('prints Markdown to stdout by default and writes nothing', () => {
    const file = plan();
    const before = fs.readdirSync(dir).sort();
    const r = cli(['render', file], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Osaka plant IoT Security PoC/);
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
  });

  it('-o writes exactly that file; the format follows its extension unless --format says', () => {
    const file = plan();
    const before = fs.readdirSync(dir);
    const r = cli(['render', '-o', 'doc.html', file], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(fs.readdirSync(dir).sort(), [...before, 'doc.html'].sort());
    assert.match(fs.readFileSync(path.join(dir, 'doc.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.equal(cli(['render', '--format', 'md', '-o', 'doc.txt', file], { cwd: dir }).code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'doc.txt'), 'utf8'), /^# /);
  });

  it('renders a plan with errors (exit 0) and in the language asked for', () => {
    const file = plan(CLEAN.replace('type: trial', 'type: nfr'));
    const r = cli(['render', '--lang', 'ja', '--format', 'html', file], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /<html lang="ja">/);
    assert.match(r.stdout, /license\.incompatible/);
  });

  it('exit 2 on bad usage or unreadable input, and nothing written', () => {
    const file = plan();
    const before = fs.readdirSync(dir).sort();
    for (const args of [['render'], ['render', file, file], ['render', '--format', 'pdf', file], ['render', '--lang', 'fr', file],
      ['render', '--bogus', file], ['render', 'missing.pocplan.yaml'], ['render', dir], ['render', '-o', path.join(dir, 'no', 'such', 'dir.html'), file],
      ['render', '-o', file, file]]) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, /pocplan: /);
    }
    assert.deepEqual(fs.readdirSync(dir).sort(), before);
    assert.equal(fs.readFileSync(file, 'utf8'), CLEAN);
  });

  it('render --help exits 0 and the main usage lists render', () => {
    assert.equal(cli(['render', '--help']).code, 0);
    assert.match(cli(['--help']).stdout, /pocplan render/);
  });
});
