/**
 * `--lang ja` output has no English words except product and protocol names, codes, keys, values
 * quoted from the plan, file paths and the titles of the (English) documents it cites: checked on
 * `pocplan check --lang ja` (text, every example plan at once, so the summary line is included) and
 * on `pocplan render --lang ja` as Markdown and as HTML (its text, titles, ARIA labels and SVG
 * labels) for every example plan, the mistakes plans included.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, ROOT } from '../cli-harness';
import { englishWords, planVocabulary, schemaVocabulary } from '../glossary-check';
import { allCodes } from '../../server/src/service';
import { sourceList } from '../../server/src/service/render/sources';

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.pocplan.yaml')).sort();

/** The plans' and CSV lists' own words, the language's keys and values, codes, and cited titles. */
function allowed(): Set<string> {
  const csv = fs.readdirSync(path.join(ROOT, 'examples', 'devices')).flatMap((f) => fs.readFileSync(path.join(ROOT, 'examples', 'devices', f), 'utf8').split(/[\n,]/));
  const words = new Set<string>([...schemaVocabulary(), ...allCodes().keys(), ...sourceList().map((s) => s.title)]);
  for (const f of EXAMPLES) for (const w of planVocabulary(fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'), csv)) words.add(w);
  return words;
}

/** What a reader sees of an HTML document: text nodes and the title / aria-label / alt attributes. */
function visibleText(html: string): string {
  const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  // Code spans are the plan's keys, values and codes (backticks in Markdown).
  const body = html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ');
  const attrs = [...body.matchAll(/\s(?:title|aria-label|alt)="([^"]*)"/g)].map((m) => m[1]!);
  const text = body.replace(/<[^>]+>/g, '\n');
  return decode([text, ...attrs].join('\n'));
}

/**
 * Markdown as read: backslash escapes removed (`Device \> Setup`); in fenced blocks (the PAN-OS
 * commands of the Configuration section) only the comments are prose — the commands stay as typed.
 */
const unescapeMd = (md: string): string => md
  .replace(/^```[^\n]*\n([\s\S]*?)^```$/gm, (_m, body: string) => body.split('\n').filter((l) => /^\s*#/.test(l)).join('\n'))
  .replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/^(\s*)- \[[ x]\] /gm, '$1- ');

function strayWords(label: string, text: string, words: Set<string>): string[] {
  return text.split('\n').flatMap((line) => englishWords(line, words).map((w) => `${label}: "${w}" in ${line.trim().slice(0, 140)}`));
}

/**
 * The same over an HTML document's visible text, joined: an SVG label wrapped over two <text> lines
 * (「Strata Logging」 / 「Service」) reads as one phrase.
 */
function strayWordsHtml(label: string, text: string, words: Set<string>): string[] {
  const joined = text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return englishWords(joined, words).map((w) => {
    const at = joined.search(new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    return `${label}: "${w}" in …${joined.slice(Math.max(0, at - 60), at + 80)}…`;
  });
}

describe('--lang ja output is Japanese', function () {
  this.timeout(60_000);
  const words = allowed();

  it('pocplan check --lang ja over every example plan (messages, severities, summary)', () => {
    const r = cli(['check', '--lang', 'ja', 'examples']);
    assert.ok(r.stdout.split('\n').length > EXAMPLES.length, 'the examples have findings');
    assert.deepEqual(strayWords('check', r.stdout, words), []);
  });

  for (const f of EXAMPLES) {
    for (const format of ['md', 'html'] as const) {
      it(`pocplan render --lang ja --format ${format} ${f}`, () => {
        const r = cli(['render', '--lang', 'ja', '--format', format, path.join('examples', f)]);
        assert.equal(r.code, 0, r.stderr);
        const stray = format === 'html' ? strayWordsHtml(`${f} (html)`, visibleText(r.stdout), words) : strayWords(`${f} (md)`, unescapeMd(r.stdout), words);
        assert.deepEqual(stray, []);
        // Japanese labels are wider than English ones: none of the diagram's labels is cut short.
        if (format === 'html') assert.deepEqual([...r.stdout.matchAll(/<text[^>]*>([^<]*…[^<]*)<\/text>/g)].map((m) => m[1]), []);
      });
    }
  }

  it('would catch English: the English summary line and an English message are flagged', () => {
    const en = cli(['check', 'examples/mistakes-licensing.pocplan.yaml']).stdout;
    const stray = strayWords('check (en)', en, words);
    assert.ok(stray.some((s) => s.includes('"errors"') && s.includes('in 1 plan')), stray.join('\n'));
    assert.ok(stray.some((s) => s.includes('"licenses"')), 'an English message');
  });
});
