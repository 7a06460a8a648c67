#!/usr/bin/env node
// Turns screenshots of the in-editor suite (test-results/editor/*.png, 1440×900, written by
// `npm run test:editor`) into the README screenshots the package ships: images/screenshots/*.png,
// 1200 px wide, resampled by Debian's Chromium (playwright-core) and, when Debian's `pngquant` is
// installed, quantised to a palette (a third of the size; `apt-get install pngquant`).
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

const pngquant = spawnSync('pngquant', ['--version'], { encoding: 'utf8' }).status === 0;
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.POCPLAN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const [name, source] of Object.entries(SHOTS)) {
    const src = path.join(from, source);
    if (!fs.existsSync(src)) { console.log(`skip ${name}: ${path.relative(repo, src)} not found (run npm run test:editor)`); continue; }
    const dataUrl = `data:image/png;base64,${fs.readFileSync(src).toString('base64')}`;
    const b64 = await page.evaluate(async ({ dataUrl, width }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = Math.round((img.height * width) / img.width);
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/png').split(',')[1];
    }, { dataUrl, width });
    const out = path.join(outDir, name);
    fs.writeFileSync(out, Buffer.from(b64, 'base64'));
    const before = fs.statSync(out).size;
    if (pngquant) {
      const q = spawnSync('pngquant', ['--quality=65-90', '--speed=1', '--strip', '--force', '--output', out, out]);
      if (q.status !== 0 && q.status !== 99) console.log(`pngquant failed on ${name} (${q.status}); kept the unquantised PNG`);
    }
    console.log(`${path.relative(repo, out)}  ${width} px wide  ${(fs.statSync(out).size / 1024).toFixed(0)} KB` +
      (pngquant ? ` (${(before / 1024).toFixed(0)} KB before pngquant)` : ' (pngquant not installed: not quantised)'));
  }
} finally {
  await browser.close();
}
