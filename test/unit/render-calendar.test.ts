/**
 * The plan document's timeline links to the deadlines calendar: the exported HTML carries the .ics
 * itself (a data: URI, byte for byte what `pocplan export ics` writes), the preview asks the editor.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarOf, parseIcs } from '../calendar-helpers';
import { cli, ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { DOC_NOW, FIXTURES, renderText } from '../render-helpers';

/** The calendar link's href in an exported document, decoded; undefined when there is none. */
function linkedCalendar(html: string): { text: string; download: string } | undefined {
  const m = /<a href="data:text\/calendar;charset=utf-8,([^"]*)" download="([^"]*)"/.exec(html);
  return m ? { text: decodeURIComponent(m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'")), download: m[2]! } : undefined;
}

describe('plan document: the calendar link', () => {
  it('the exported HTML carries the same calendar export ics makes, named after the plan, in the timeline section', () => {
    const html = renderText(CLEAN, { files: CLEAN_FILES });
    const link = linkedCalendar(html);
    assert.ok(link, 'a download link');
    assert.equal(link.download, 'plan.ics');
    assert.equal(link.text, calendarOf(CLEAN, { files: CLEAN_FILES, now: DOC_NOW }).text);
    const timeline = html.slice(html.indexOf('<section id="timeline">'), html.indexOf('</section>', html.indexOf('<section id="timeline">')));
    assert.match(timeline, /<p class="ics screen-only"><a href="data:text\/calendar;[^"]*" download="plan\.ics" type="text\/calendar" title="[^"]+">Add these dates to your calendar \(\.ics\)<\/a><\/p>$/);
  });

  it('pocplan render -o x.html links the file pocplan export ics writes (same SOURCE_DATE_EPOCH)', () => {
    const env = { SOURCE_DATE_EPOCH: '1793952000' };
    const tmp = fs.mkdtempSync(path.join(ROOT, 'out', 'render-ics-'));
    try {
      const out = path.join(tmp, 'p1.html');
      assert.equal(cli(['render', '-o', out, 'examples/pattern-1-inline.pocplan.yaml'], { env }).code, 0);
      const ics = cli(['export', 'ics', 'examples/pattern-1-inline.pocplan.yaml'], { env });
      const link = linkedCalendar(fs.readFileSync(out, 'utf8'));
      assert.equal(link?.text, ics.stdout);
      assert.equal(link?.download, 'pattern-1-inline.ics');
      const bad = cli(['render', '-o', out, 'examples/pattern-1-inline.pocplan.yaml'], { env: { SOURCE_DATE_EPOCH: 'soon' } });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /SOURCE_DATE_EPOCH must be a whole number of seconds/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('in Japanese for a Japanese document', async () => {
    const link = linkedCalendar(renderText(CLEAN, { files: CLEAN_FILES, lang: 'ja' }));
    assert.match((await parseIcs(link!.text)).events[0]!.summary, /^PoC 開始: /);
    assert.ok(renderText(CLEAN, { files: CLEAN_FILES, lang: 'ja' }).includes('>これらの日付をカレンダーに追加 (.ics)</a>'));
  });

  it('the preview links to the editor\'s export command instead (no data: URI, no clock)', () => {
    const html = renderText(CLEAN, { files: CLEAN_FILES, preview: { nonce: 'bm9uY2U', cspSource: "'self'" } });
    assert.ok(!html.includes('data:text/calendar'));
    assert.match(html, /<a href="#timeline" data-export="ics" role="button" title="[^"]+">Add these dates to your calendar \(\.ics\)<\/a>/);
    assert.match(html, /closest\('a\[data-export="ics"\]'\)\) \{ ev\.preventDefault\(\); vscode\.postMessage\(\{ type: 'exportCalendar' \}\)/);
  });

  it('no link without dates, without the document\'s time, or in Markdown', () => {
    const undated = 'pocplan: 1\ntitle: No dates yet\n';
    assert.ok(!renderText(undated).includes('class="ics'));
    assert.ok(!renderText(undated, { preview: { nonce: 'n', cspSource: "'self'" } }).includes('class="ics'));
    assert.ok(!renderText(CLEAN, { files: CLEAN_FILES, calendar: false }).includes('class="ics'));
    assert.ok(!renderText(CLEAN, { files: CLEAN_FILES, format: 'md' }).includes('.ics'));
  });

  it('hostile plan strings are only text inside the linked calendar', async () => {
    const plan = fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.pocplan.yaml'), 'utf8');
    const html = renderText(plan, { files: { 'hostile.csv': fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.csv'), 'utf8') } });
    const link = linkedCalendar(html);
    assert.ok(link);
    const cal = await parseIcs(link.text);
    assert.ok(cal.events.length > 0);
    assert.ok(cal.events[0]!.summary.includes('<img src=x onerror=alert(1)><script>window.__pwned=1</script>'), cal.events[0]!.summary);
    // The href is one attribute value: percent-encoding leaves no quote, angle bracket or space in it.
    assert.match(/href="(data:[^"]*)"/.exec(html)![1]!, /^[A-Za-z0-9%:;,=/.\-_!~*()&#]+$/);
  });
});
