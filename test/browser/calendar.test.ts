/**
 * The exported document's calendar link in a real browser (Debian's Chromium): under the document's
 * own Content-Security-Policy a click downloads the .ics the link carries, named after the plan,
 * and that file is the calendar `pocplan export ics` makes. A screenshot of the timeline with the
 * link goes to test-results/render-calendar/.
 *
 *   npm run test:browser        (skipped when /usr/bin/chromium is missing)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { calendarOf, parseIcs } from '../calendar-helpers';
import { ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { DOC_NOW, renderText } from '../render-helpers';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(ROOT, 'test-results', 'render-calendar');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

describe('the calendar link in Chromium', function () {
  this.timeout(120_000);
  let context: BrowserContext | undefined;
  let userData = '';

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) { process.stdout.write(`      (skipped: ${CHROMIUM} is missing)\n`); this.skip(); }
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-ics-chromium-'));
    context = await chromium.launchPersistentContext(userData, { executablePath: CHROMIUM, args: ARGS, headless: true, acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  });

  after(async () => {
    await context?.close();
    if (userData) fs.rmSync(userData, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`a click downloads the plan's deadlines (${lang}), under the document's CSP`, async () => {
      const file = path.join(OUT, `clean-${lang}.html`);
      fs.writeFileSync(file, renderText(CLEAN, { files: CLEAN_FILES, lang }));
      const page = await context!.newPage();
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(String(e)));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const link = page.locator('p.ics a');
      assert.equal(await link.count(), 1);
      await link.scrollIntoViewIfNeeded();
      await page.locator('section#timeline').screenshot({ path: path.join(OUT, `timeline-${lang}.png`) });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.equal(download.suggestedFilename(), 'plan.ics');
      const saved = path.join(OUT, `downloaded-${lang}.ics`);
      await download.saveAs(saved);
      const text = fs.readFileSync(saved, 'utf8');
      assert.equal(text, calendarOf(CLEAN, { files: CLEAN_FILES, lang, now: DOC_NOW }).text);
      assert.equal((await parseIcs(text)).events.length, 6);
      assert.deepEqual(problems, []);
      // Printed, the link is gone (a PDF cannot download anything).
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.evaluate("getComputedStyle(document.querySelector('p.ics')).display"), 'none');
      await page.close();
    });
  }
});
