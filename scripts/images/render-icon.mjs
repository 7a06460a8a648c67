#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128×128, transparent) with Debian's Chromium through
// playwright-core. The SVG is the source; the PNG is what the .vsix ships (package.json `icon`).
// Usage: node scripts/images/render-icon.mjs [--size 128]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '128' }, out: { type: 'string' } } });
const size = Number(values.size);
const svg = fs.readFileSync(path.join(repo, 'images', 'icon.svg'), 'utf8');
const out = path.resolve(values.out ?? path.join(repo, 'images', 'icon.png'));

const browser = await chromium.launch({
  executablePath: process.env.POCPLAN_CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const sized = svg.replace(/<svg([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${size}" height="${size}"`);
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`${path.relative(process.cwd(), out)}: ${size}×${size}, ${fs.statSync(out).size} bytes`);
} finally {
  await browser.close();
}
