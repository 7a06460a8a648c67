#!/usr/bin/env node
// Turns screenshots of the in-editor suite (test-results/editor/*.png, 1440×900, written by
// `npm run test:editor`) into the README screenshots the package ships: images/screenshots/*.png,
// 1200 px wide, resampled by Debian's Chromium (playwright-core) and, when Debian's `pngquant` is
// installed, quantised to a palette (a third of the size; `apt-get install pngquant`). Also the
// walkthrough's pictures, images/walkthrough/*.png, from the same suite and from the exported
// plan document in Chromium (test-results/render-calendar/, written by `npm run test:browser`).
// Usage: node scripts/images/readme-screenshots.mjs [--from test-results/editor] [--width 1200]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { from: { type: 'string', default: 'test-results/editor' }, width: { type: 'string', default: '1200' } } });
const from = path.resolve(repo, values.from);
const width = Number(values.width);
const outDir = path.join(repo, 'images', 'screenshots');

// README name <- suite screenshot (see test/editor/suite/*.test.ts).
const SHOTS = {
  'diagnostics.png': 'editor-diagnostic-hover.png', // squiggles, a finding's hover, the Problems panel
  'quick-fix.png': 'quick-fix-traffic.tap-enforcement.png', // the lightbulb menu on traffic.tap-enforcement
  'completion.png': 'completion-firewall.png', // firewall ids offered after `firewall: `
  'japanese.png': 'diagnostics-ja.png', // pocplan.language = ja
  'preview.png': 'preview.png', // the rendered plan beside the editor
};

// The walkthrough's own pictures (its other steps show the README screenshots above), cut to what
// the step is about (the walkthrough shows them small): images/walkthrough/<name> <- a path
// relative to --from (or to the repository when it starts with test-results/), crop [x, y, w, h]
// in the 1440×900 screenshot's pixels.
const WALKTHROUGH = {
  // New Plan asking for a site's pattern (test/editor/suite/first-steps.test.ts)
  'new-plan.png': { src: 'new-plan-patterns.png', crop: [300, 0, 840, 340] },
  // the light bulb's six "Configure as pattern" actions on a new segment
  'pattern.png': { src: 'pattern-actions.png', crop: [350, 300, 700, 440] },
  // the exported document's timeline and calendar link, in Chromium (test/browser/calendar.test.ts)
  'export.png': { src: 'test-results/render-calendar/timeline-en.png' },
};

const pngquant = spawnSync('pngquant', ['--version'], { encoding: 'utf8' }).status === 0;
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.POCPLAN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const jobs = [
    ...Object.entries(SHOTS).map(([name, source]) => [path.join(outDir, name), path.join(from, source), null]),
    ...Object.entries(WALKTHROUGH).map(([name, w]) => [path.join(repo, 'images', 'walkthrough', name), w.src.startsWith('test-results/') ? path.join(repo, w.src) : path.join(from, w.src), w.crop ?? null]),
  ];
  fs.mkdirSync(path.join(repo, 'images', 'walkthrough'), { recursive: true });
  for (const [out, src, crop] of jobs) {
    const name = path.relative(path.join(repo, 'images'), out);
    if (!fs.existsSync(src)) { console.log(`skip ${name}: ${path.relative(repo, src)} not found (run npm run test:editor, and npm run test:browser for the document)`); continue; }
    const dataUrl = `data:image/png;base64,${fs.readFileSync(src).toString('base64')}`;
    const b64 = await page.evaluate(async ({ dataUrl, width: most, crop }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const [sx, sy, sw, sh] = crop ?? [0, 0, img.width, img.height];
      const width = Math.min(most, sw); // never enlarged
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = Math.round((sh * width) / sw);
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png').split(',')[1];
    }, { dataUrl, width, crop });
    fs.writeFileSync(out, Buffer.from(b64, 'base64'));
    const before = fs.statSync(out).size;
    if (pngquant) {
      const q = spawnSync('pngquant', ['--quality=65-90', '--speed=1', '--strip', '--force', '--output', out, out]);
      if (q.status !== 0 && q.status !== 99) console.log(`pngquant failed on ${name} (${q.status}); kept the unquantised PNG`);
    }
    console.log(`${path.relative(repo, out)}  ${(fs.statSync(out).size / 1024).toFixed(0)} KB` +
      (pngquant ? ` (${(before / 1024).toFixed(0)} KB before pngquant)` : ' (pngquant not installed: not quantised)'));
  }
} finally {
  await browser.close();
}
