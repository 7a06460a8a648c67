/**
 * Bidirectional control characters (issue #13, item 6; the "Trojan Source" class): the checker
 * points at each (`yaml.bidi-control`, with a fix that removes it), messages quote them as
 * `<U+202E>`, and no plan string carries one into the plan document — HTML, its SVG diagrams or
 * Markdown — where right-to-left text is isolated (FSI … PDI) so it cannot move the words around it.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { mergeSettings } from '../../server/src/service';
import { escapeAttr, escapeHtml, escapeMd, isolate, mdCode, messageHtml } from '../../server/src/service/render/escape';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';
import { check, PLAN_URI } from '../helpers';
import { renderText } from '../render-helpers';
import { makeService } from './editing/helpers';

const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const RLO = '\u202E';
const PDF = '\u202C';

/** FSI/PDI pairs we add are allowed; after removing them, no bidirectional control may remain. */
function assertNoControls(out: string, what: string): void {
  let depth = 0;
  for (const ch of out) {
    if (ch === '\u2068') depth++;
    else if (ch === '\u2069') { depth--; assert.ok(depth >= 0, `${what}: a PDI without its FSI`); }
  }
  assert.equal(depth, 0, `${what}: an FSI without its PDI`);
  const stray = out.replace(/\u2068|\u2069/g, '').match(ANY_CONTROL);
  assert.equal(stray, null, `${what}: a raw ${JSON.stringify(stray?.[0])} in the output`);
}

describe('bidi controls: the checker', () => {
  it('yaml.bidi-control on each of the nine characters, in a value, a key and a comment, on the character', () => {
    for (const ch of CONTROLS) {
      const text = variant('title: Osaka plant IoT Security PoC', `title: Osaka ${ch}plant`);
      const ds = check(text, { files: CLEAN_FILES }).diagnostics.filter((d) => d.code === 'yaml.bidi-control');
      assert.equal(ds.length, 1, `U+${ch.charCodeAt(0).toString(16)}`);
      assert.equal(text.slice(ds[0]!.start, ds[0]!.end), ch);
      assert.match(ds[0]!.message, new RegExp(`U\\+${ch.charCodeAt(0).toString(16).toUpperCase()}, [A-Z -]+\\)`));
    }
    const inKey = variant('customer: Example Manufacturing', `cust${RLO}omer: x\ncustomer: Example Manufacturing`);
    assert.ok(check(inKey, { files: CLEAN_FILES }).diagnostics.some((d) => d.code === 'yaml.bidi-control'));
    const inComment = variant('customer: Example Manufacturing', `customer: Example Manufacturing   # ${RLO}do not touch${PDF}`);
    assert.equal(check(inComment, { files: CLEAN_FILES }).diagnostics.filter((d) => d.code === 'yaml.bidi-control').length, 2);
  });

  it('is info by default and a warning under profile: strict (added after the contract); silent on marks and escapes', () => {
    const text = variant('title: Osaka plant IoT Security PoC', `title: Osaka ${RLO}plant`);
    assert.equal(check(text, { files: CLEAN_FILES }).diagnostics.find((d) => d.code === 'yaml.bidi-control')!.severity, 'info');
    assert.equal(check(text, { files: CLEAN_FILES, settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === 'yaml.bidi-control')!.severity, 'warning');
    const marks = variant('title: Osaka plant IoT Security PoC', 'title: "\\u202E escaped" # שלום\u200F עולם');
    assert.ok(!check(marks, { files: CLEAN_FILES }).diagnostics.some((d) => d.code === 'yaml.bidi-control'));
  });

  it('at most 10 per file', () => {
    const text = variant('title: Osaka plant IoT Security PoC', `title: ${RLO.repeat(50)}`);
    assert.equal(check(text, { files: CLEAN_FILES }).diagnostics.filter((d) => d.code === 'yaml.bidi-control').length, 10);
  });

  it('has a Japanese message', () => {
    const text = variant('title: Osaka plant IoT Security PoC', `title: Osaka ${RLO}plant`);
    assert.match(check(text, { files: CLEAN_FILES, settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === 'yaml.bidi-control')!.message, /双方向制御文字/);
  });

  it('the quick fix removes exactly that character, and Fix all removes every one', () => {
    const text = variant('customer: Example Manufacturing', `customer: Ex${RLO}ample   # ${RLO}keep this comment${PDF}`);
    const service = makeService(CLEAN_FILES);
    const S = mergeSettings({});
    const ds = service.check(PLAN_URI, text, S).diagnostics.filter((d) => d.code === 'yaml.bidi-control');
    assert.equal(ds.length, 3);
    const actions = service.codeActions(PLAN_URI, text, S, { start: ds[0]!.start, end: ds[0]!.end, diagnostics: [ds[0]!], only: ['quickfix'] });
    assert.equal(actions[0]!.title, 'Remove the invisible control character U+202E');
    assert.deepEqual(actions[0]!.edit!.edits, [{ start: ds[0]!.start, end: ds[0]!.end, newText: '' }]);
    const all = service.fixAll(PLAN_URI, text, S)!;
    let out = text;
    for (const e of [...all.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    assert.equal(out, variant('customer: Example Manufacturing', 'customer: Example   # keep this comment'));
    // A stale diagnostic that no longer covers a control character offers nothing.
    assert.deepEqual(service.codeActions(PLAN_URI, CLEAN, S, { start: 5, end: 6, diagnostics: [{ code: 'yaml.bidi-control', start: 5, end: 6 }], only: ['quickfix'] }).filter((a) => a.title.startsWith('Remove')), []);
  });

  it('messages quote plan text with its bidi controls and marks shown as <U+XXXX>', () => {
    const text = variant('customer: Example Manufacturing', `customer: Example Manufacturing\nco${RLO}lour\u200F: red`);
    const d = check(text, { files: CLEAN_FILES }).diagnostics.find((x) => x.code === 'schema.unknown-key')!;
    assert.match(d.message, /`co<U\+202E>lour<U\+200F>`/);
    assertNoControls(d.message, 'message');
  });
});

describe('bidi controls: the plan document', () => {
  const hostile = (s: string): string => CLEAN
    .replace('title: Osaka plant IoT Security PoC', `title: ${JSON.stringify(`Osaka ${s} PoC`)}`)
    .replace('customer: Example Manufacturing', `customer: ${JSON.stringify(`Example ${s}`)}`)
    .split('fw-osaka').join(`"fw-${s.replace(/[^\u0590-\u08ff\u202a-\u202e\u2066-\u2069a-z]/g, '')}x"`)
    .replace(/(\n {4}managedBy: local\n)/, `$1    notes: ${JSON.stringify(`note ${s} end`)}\n`);
  const files = { ...CLEAN_FILES, 'hvac.csv': CLEAN_FILES['hvac.csv']!.replace(',Trane,', `,"Tra${RLO}ne ${PDF}",`) };

  for (const s of [`${RLO}evil`, `a${RLO}b${PDF}c`, '\u2067unclosed isolate', `x\u202Bembedding`, '\u2069\u2069 pops', 'שלום עולם', 'مرحبا (1)', `עברית${RLO}mixed`]) {
    for (const format of ['html', 'md'] as const) {
      it(`${format}: ${JSON.stringify(s)} reaches no output raw, and right-to-left text is isolated`, () => {
        const out = renderText(hostile(s), { format, files });
        assertNoControls(out, format);
        // What the reader sees: the title without the controls (Markdown folds runs of spaces).
        const visible = `Osaka ${s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')} PoC`.replace(/ +/g, ' ');
        const text = out.replace(/ +/g, ' ').replace(/\\([()])/g, '$1');
        assert.ok(text.includes(/[\u0590-\u08ff]/.test(s) ? `\u2068${visible}\u2069` : visible), `the title ${JSON.stringify(visible)}${/[\u0590-\u08ff]/.test(s) ? ', isolated' : ''}`);
      });
    }
  }

  it('the escape functions: controls dropped in every context, RTL isolated, LTR text untouched', () => {
    assert.equal(escapeHtml(`a${RLO}b<`), 'ab&lt;');
    assert.equal(escapeAttr(`a${RLO}"b`), 'a&quot;b');
    assert.equal(escapeMd(`a${RLO}*b`), 'a\\*b');
    assert.equal(mdCode(`a${RLO}b`), '`ab`');
    assert.equal(escapeHtml('שלום'), '\u2068שלום\u2069');
    assert.equal(mdCode('שלום'), '`\u2068שלום\u2069`');
    assert.equal(isolate('plain ascii / 日本語'), 'plain ascii / 日本語');
    assert.equal(messageHtml(`\`fw-${RLO}x\` is y`), '<code>fw-x</code> is y');
  });

  it('the Markdown still reads as the same Markdown (markdown-it): no control, no new markup', () => {
    const md = renderText(hostile(`${RLO}*x*${PDF}`), { format: 'md', files });
    const html = new MarkdownIt({ html: false, linkify: true }).render(md);
    assertNoControls(html, 'markdown rendered');
    assert.ok(!/<em>x<\/em>/.test(html), 'the asterisks stay text');
  });
});
