/**
 * The plan document in a real browser (Debian's Chromium through playwright-core): every example's
 * HTML opens without a console error, a dialog or any request that is not file:, data: or about:;
 * each segment's diagram is screenshot into test-results/render/ (look at them); the hostile plan
 * shows its strings as text and runs nothing, even with the CSP taken out; the preview's one
 * nonce script turns a click into a reveal message.
 *
 *   npx tsc -p . && npx mocha out/test/browser        (skipped when /usr/bin/chromium is missing)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { FIXTURES, generatePlan, renderFile, renderText } from '../render-helpers';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-results', 'render');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

interface Watch { blocked: string[]; console: string[]; dialogs: string[] }

function examples(): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  for (const [dir, prefix] of [[path.join(ROOT, 'examples'), ''], [path.resolve(ROOT, '..', 'shared', 'examples'), 'shared-']] as const) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => /\.pocplan\.ya?ml$/.test(n)).sort()) out.push({ name: prefix + f.replace(/\.pocplan\.ya?ml$/, ''), file: path.join(dir, f) });
  }
  return out;
}

describe('plan document in Chromium', function () {
  this.timeout(180_000);
  let context: BrowserContext | undefined;
  let userData = '';

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      process.stdout.write(`      (skipped: ${CHROMIUM} is missing; install it with apt-get install -y chromium)\n`);
      this.skip();
    }
    fs.rmSync(OUT, { recursive: true, force: true }); // only this suite's output: no stale screenshots
    fs.mkdirSync(OUT, { recursive: true });
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-chromium-'));
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1100, height: 900 } });
  });

  after(async () => {
    await context?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  async function open(file: string, init?: string): Promise<{ page: Page; watch: Watch }> {
    const watch: Watch = { blocked: [], console: [], dialogs: [] };
    const page = await context!.newPage();
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(file|data|about):/i.test(url)) await route.continue();
      else { watch.blocked.push(url); await route.abort(); }
    });
    page.on('request', (r) => { if (!/^(file|data|about):/i.test(r.url())) watch.blocked.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') watch.console.push(m.text()); });
    page.on('pageerror', (e) => { watch.console.push(String(e)); });
    page.on('dialog', (d) => { watch.dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
    // A trap: any script that runs and touches window.__pwned is recorded.
    await page.addInitScript(`(() => { const hits = []; Object.defineProperty(window, '__pwnedHits', { value: hits });
      Object.defineProperty(window, '__pwned', { get() { hits.push('get'); return 0; }, set(v) { hits.push(String(v)); } });
      ${init ?? ''} })();`);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, watch };
  }

  function clean(watch: Watch): void {
    assert.deepEqual(watch.blocked, [], 'requests other than file:, data:, about:');
    assert.deepEqual(watch.console, [], 'console errors');
    assert.deepEqual(watch.dialogs, [], 'dialogs');
  }

  const write = (name: string, html: string): string => {
    const file = path.join(OUT, name);
    fs.writeFileSync(file, html);
    return file;
  };

  for (const ex of examples()) {
    it(`${ex.name}: opens cleanly; one screenshot per segment diagram`, async () => {
      const { page, watch } = await open(write(`${ex.name}.html`, renderFile(ex.file, { format: 'html' })));
      const figures = await page.$$('figure.diagram');
      assert.ok(figures.length > 0, 'at least one diagram');
      for (const [i, fig] of figures.entries()) {
        const pattern = await fig.getAttribute('data-pattern');
        await fig.screenshot({ path: path.join(OUT, `${ex.name}-${i + 1}-pattern-${pattern}.png`) });
      }
      const timeline = await page.$('figure.timeline');
      if (timeline) await timeline.screenshot({ path: path.join(OUT, `${ex.name}-timeline.png`) });
      clean(watch);
      await page.close();
    });
  }

  it('clean fixture (every pattern), in English and Japanese, and printed to PDF', async () => {
    for (const lang of ['en', 'ja']) {
      const { page, watch } = await open(write(`clean-${lang}.html`, renderText(CLEAN, { files: CLEAN_FILES, lang })));
      for (const [i, fig] of (await page.$$('figure.diagram')).entries()) {
        await fig.screenshot({ path: path.join(OUT, `clean-${lang}-${i + 1}-pattern-${await fig.getAttribute('data-pattern')}.png`) });
      }
      if (lang === 'en') {
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.evaluate("getComputedStyle(document.querySelector('nav.toc')).display"), 'none', 'the contents list is screen-only');
        await page.pdf({ path: path.join(OUT, 'clean-en.pdf'), format: 'A4', printBackground: true });
      }
      clean(watch);
      await page.close();
    }
  });

  it('a segment with every element, and a site with 50 segments, stay legible', async () => {
    const sink = await open(write('kitchen-sink.html', renderFile(path.join(FIXTURES, 'render', 'kitchen-sink.pocplan.yaml'), { format: 'html' })));
    for (const [i, fig] of (await sink.page.$$('figure.diagram')).entries()) await fig.screenshot({ path: path.join(OUT, `kitchen-sink-${i + 1}.png`) });
    clean(sink.watch);
    await sink.page.close();
    const { text, files } = generatePlan(50);
    const big = await open(write('fifty-segments.html', renderText(text, { files })));
    assert.equal((await big.page.$$('figure.diagram')).length, 50);
    await (await big.page.$('table.overview'))!.screenshot({ path: path.join(OUT, 'fifty-segments-overview.png') });
    // Every diagram is drawn at the same scale as a lone one: none is squeezed.
    const widths = await big.page.$$eval('svg.topology', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    assert.ok(Math.min(...widths) >= 780, `diagram widths ${Math.min(...widths)}`);
    clean(big.watch);
    await big.page.close();
  });

  for (const withCsp of [true, false]) {
    it(`the hostile plan shows its strings as text and runs nothing (${withCsp ? 'as exported' : 'CSP removed: escaping alone'})`, async () => {
      let html = renderText(fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.pocplan.yaml'), 'utf8'), { files: { 'hostile.csv': fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.csv'), 'utf8') } });
      if (!withCsp) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      const { page, watch } = await open(write(`hostile${withCsp ? '' : '-no-csp'}.html`, html));
      assert.deepEqual(await page.evaluate('window.__pwnedHits'), [], 'no hostile script ran');
      assert.equal(await page.$$eval('script, img, iframe, object, embed', (els) => els.length), 0);
      assert.equal(await page.$$eval('*', (els) => els.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length), 0, 'no element has an event handler');
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!));
      // In-document anchors, documentation links, and the renderer's own deadlines calendar (one
      // percent-encoded data: URI; plan strings inside it are calendar TEXT, never markup here).
      for (const h of hrefs) assert.match(h, /^(#|https:\/\/|data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A[^<>"\s]*$)/, h.slice(0, 200));
      assert.ok(hrefs.filter((h) => h.startsWith('data:')).length <= 1, 'at most one calendar link');
      assert.notEqual(await page.evaluate('getComputedStyle(document.body).display'), 'none', 'an injected <style> did not apply');
      const h1 = await page.$eval('h1', (h) => h.textContent);
      assert.equal(h1, `<img src=x onerror=alert(1)><script>window.__pwned=1</script> [click](javascript:alert(1)) ]]> "q" 'a' & <!-- c -->`);
      const text = await page.$eval('main', (m) => m.textContent ?? '');
      for (const s of ['fw"><img src=x onerror=window.__pwned=4>', '<svg><script>window.__pwned=5</script></svg>', '[x](javascript:window.__pwned=14)', '<img src=x onerror=window.__pwned=15>', 'Site \' onmouseover=\'window.__pwned=11']) {
        assert.ok(text.includes(s), `shown as text: ${s}`);
      }
      const svgText = await page.$eval('svg.topology', (s) => s.textContent ?? '');
      assert.ok(svgText.includes('fw"><img src=x'), 'SVG labels carry the strings as text');
      for (const fig of await page.$$('figure.diagram')) await fig.screenshot({ path: path.join(OUT, `hostile${withCsp ? '' : '-no-csp'}-${await fig.getAttribute('data-pattern')}.png`) });
      clean(watch);
      await page.close();
    });
  }

  it('preview: the nonce script runs under the CSP and a click posts the plan line; nothing else runs', async () => {
    const html = renderText(fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.pocplan.yaml'), 'utf8'), {
      files: { 'hostile.csv': fs.readFileSync(path.join(FIXTURES, 'render', 'hostile.csv'), 'utf8') },
      preview: { nonce: 'dGVzdG5vbmNlMTIz', cspSource: "'self' https://*.vscode-cdn.net" },
    });
    const stub = "window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });";
    const { page, watch } = await open(write('hostile-preview.html', html), stub);
    await page.click('.loc[data-line]');
    const posted = await page.evaluate('window.__posted') as Array<{ type: string; line: number }>;
    assert.equal(posted.length, 1);
    assert.equal(posted[0]!.type, 'reveal');
    assert.ok(Number.isInteger(posted[0]!.line) && posted[0]!.line > 0);
    // The update message swaps the document body in place.
    await page.evaluate(`window.postMessage({ type: 'update', body: '<h1 id="swapped">new</h1>' }, '*')`);
    await page.waitForSelector('#swapped');
    assert.deepEqual(await page.evaluate('window.__pwnedHits'), []);
    clean(watch);
    await page.close();
  });
});
