// Helpers for in-editor mocha suites run by scripts/editor/run-suite.mjs (code-server + Chromium).
// Plain CommonJS so a compiled suite can `require()` it (or copy the function).
// Everything is a harmless no-op when the suite runs elsewhere (e.g. @vscode/test-electron).
'use strict';

const fs = require('fs');
const path = require('path');

const ACK_ENV = 'POCPLAN_SCREENSHOT_ACK_DIR';

/** True when running under run-suite.mjs (named screenshots available). */
function screenshotsAvailable() {
  return Boolean(process.env[ACK_ENV]);
}

/**
 * Asks the harness for a screenshot of the whole workbench, saved as `<screenshots dir>/<name>.png`,
 * and waits until it has been written. Resolves to the PNG path, or null when not under the harness
 * or when the harness did not answer in time (a screenshot never fails a test; a warning is logged).
 *
 * Protocol: logs the console line `@@screenshot <name> <id>`; the harness takes the screenshot,
 * then writes `$POCPLAN_SCREENSHOT_ACK_DIR/<id>.json` = {"path": "..."} or {"error": "..."}.
 * @param {string} name  [A-Za-z0-9._-]+ (other characters are replaced by '-')
 * @param {{timeoutMs?: number}} [opts]
 * @returns {Promise<string|null>}
 */
async function requestScreenshot(name, opts = {}) {
  const ackDir = process.env[ACK_ENV];
  if (!ackDir) return null;
  const safe = String(name).replace(/[^A-Za-z0-9._-]/g, '-') || 'screenshot';
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const ack = path.join(ackDir, `${id}.json`);
  console.log(`@@screenshot ${safe} ${id}`);
  const deadline = Date.now() + (opts.timeoutMs ?? 20000);
  while (Date.now() < deadline) {
    try {
      const res = JSON.parse(fs.readFileSync(ack, 'utf8'));
      if (res.error) {
        console.warn(`[screenshot] ${safe}: ${res.error}`);
        return null;
      }
      return res.path;
    } catch {
      /* not written yet (or being renamed into place) */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  console.warn(`[screenshot] ${safe}: harness did not confirm within ${(opts.timeoutMs ?? 20000) / 1000} s`);
  return null;
}

module.exports = { requestScreenshot, screenshotsAvailable };
