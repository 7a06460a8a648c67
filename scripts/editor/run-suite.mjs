#!/usr/bin/env node
// Runs an in-editor mocha suite (the same one @vscode/test-electron runs) inside code-server 4.100.3
// (= VS Code 1.100.3 workbench + node extension host) driven by Debian's Chromium via playwright-core.
//
// Usage:
//   node scripts/editor/run-suite.mjs --ext <extensionDevelopmentPath> --tests <abs path to compiled suite index.js>
//        --folder <workspace folder> [--file <file to open>] [--screenshots test-results] [--vsix <path>]
//        [--timeout 240] [--verbose] [--keep-open-on-failure]
//
//   --ext        extension folder loaded from source (extensionDevelopmentPath). Ignored with --vsix.
//   --tests      the suite module exporting run(): Promise<void> (extensionTestsPath).
//   --folder     workspace folder opened in the window.
//   --file       file opened in an editor at start (optional).
//   --vsix       install this package into the (fresh) extensions dir and run the suite against the
//                installed extension: extensionDevelopmentPath then points to an EMPTY folder (VS Code
//                runs extensionTestsPath only in an extension-development window; without any dev
//                path the suite silently never starts).
//   --screenshots  output dir for screenshots + browser-console.log (default ./test-results).
//   --timeout    overall seconds for start + run (default 240; env POCPLAN_EDITOR_TIMEOUT).
//                A first-time code-server install (~1 min) happens before and is not counted.
//   --verbose    also print workbench (renderer) console messages and code-server's own log.
//
// Exit code: the code the workbench passes to window.codeAutomationExit (0 = suite passed), 124 on
// overall timeout, 130/143/129 on SIGINT/SIGTERM/SIGHUP, 1 on harness errors.
// code-server and Chromium never outlive this process (process groups + exit hooks + a guardian
// that kills code-server when this process's pipe closes, even after SIGKILL).
//
// Console: extension-host console output (mocha's reporter, console.log/error in tests) is relayed
// by the workbench to the browser console; the harness reads it over CDP, tells it apart from the
// workbench's own log lines by the JS stack (MainThreadConsole.$logExtensionHostMessage), applies
// printf formatting and prints it to stdout (console.error -> stderr). Everything, including the
// workbench's own messages, is also written to <screenshots>/browser-console.log; the workbench's
// own messages reach stderr only with --verbose (they include harmless open-vsx.org lookup errors:
// the gallery is unreachable here).
//
// SCREENSHOT PROTOCOL (suite -> harness):
//   * The suite logs one console line   `@@screenshot <name> [<id>]`
//     (<name> matching [A-Za-z0-9._-]+; <id> optional, [A-Za-z0-9._-]+).
//   * The harness captures the workbench into `<screenshots>/<name>.png` (written atomically:
//     temp file + rename). Requests are handled one at a time, in order.
//   * If <id> was given, the harness then writes `$POCPLAN_SCREENSHOT_ACK_DIR/<id>.json`
//     ({"path": "<abs png>"} or {"error": "..."}). The env var is set for the extension host by the
//     harness; the suite polls for that file to wait until the screenshot exists.
//     scripts/editor/suite-helpers.cjs implements this: `await requestScreenshot('name')`
//     (a no-op returning null outside the harness, e.g. under test-electron).
//   * Without <id> the request is fire-and-forget.
//   * When the suite finishes the harness always saves `<screenshots>/final.png`
//     (and `<screenshots>/timeout.png` when the overall timeout hits): do not use those names.
//   Env for the extension host: POCPLAN_SCREENSHOT_ACK_DIR, POCPLAN_SCREENSHOT_DIR, POCPLAN_EDITOR_HARNESS=1.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import util, { parseArgs } from 'node:util';
import { ensureCodeServer, startCodeServer, installExtension, makeTempDir, CODE_SERVER_VERSION } from './code-server.mjs';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.POCPLAN_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const say = (...a) => console.error('[run-suite]', ...a);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

function usage(msg) {
  if (msg) console.error(`run-suite: ${msg}`);
  console.error('usage: node scripts/editor/run-suite.mjs --ext <dir> --tests <suite/index.js> --folder <dir> ' +
    '[--file <file>] [--screenshots test-results] [--vsix <file.vsix>] [--timeout 240] [--verbose]');
  process.exit(2);
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      ext: { type: 'string' }, tests: { type: 'string' }, folder: { type: 'string' }, file: { type: 'string' },
      screenshots: { type: 'string', default: 'test-results' }, vsix: { type: 'string' },
      timeout: { type: 'string', default: process.env.POCPLAN_EDITOR_TIMEOUT || '240' },
      verbose: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (e) {
  usage(e.message);
}
if (opts.help) usage();
if (!opts.tests) usage('--tests is required');
if (!opts.folder) usage('--folder is required');
if (!opts.ext && !opts.vsix) usage('--ext (or --vsix) is required');
const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) usage('--timeout must be a positive number of seconds');

const abs = (p) => (p ? path.resolve(p) : undefined);
const extDir = abs(opts.ext);
const testsPath = abs(opts.tests);
const folder = abs(opts.folder);
const file = abs(opts.file);
const vsix = abs(opts.vsix);
const shotsDir = abs(opts.screenshots);
for (const [flag, p] of [['--ext', opts.vsix ? undefined : extDir], ['--tests', testsPath], ['--folder', folder], ['--file', file], ['--vsix', vsix]]) {
  if (p && !fs.existsSync(p)) usage(`${flag} ${p} does not exist`);
}

// ---- cleanup machinery ------------------------------------------------------------------------
let codeServer = null; // { stop }
let context = null; // playwright BrowserContext (persistent)
let tmpRoot = null;
let shuttingDown = null;
let consoleLog = null;

async function withDeadline(promise, ms) {
  let t;
  await Promise.race([promise.catch(() => {}), new Promise((r) => { t = setTimeout(r, ms); })]);
  clearTimeout(t);
}

async function cleanup() {
  if (context) { const c = context; context = null; await withDeadline(c.close(), 10_000); }
  if (codeServer) { const s = codeServer; codeServer = null; await withDeadline(s.stop(), 15_000); }
  if (tmpRoot) { await fsp.rm(tmpRoot, { recursive: true, force: true }).catch(() => {}); tmpRoot = null; }
  if (consoleLog) { const l = consoleLog; consoleLog = null; await withDeadline(new Promise((r) => l.end(r)), 5_000); }
}

function shutdown(code, why) {
  if (!shuttingDown) {
    if (why) say(why);
    shuttingDown = cleanup().finally(() => process.exit(code));
  }
  return shuttingDown;
}

const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
for (const [sig, code] of Object.entries(signalCodes)) {
  process.on(sig, () => {
    if (shuttingDown) { say(`${sig} again: exiting now`); process.exit(code); } // exit hooks SIGKILL the rest
    shutdown(code, `${sig}: stopping Chromium and code-server`);
  });
}
process.on('uncaughtException', (e) => shutdown(1, `harness error: ${e?.stack || e}`));
process.on('unhandledRejection', (e) => shutdown(1, `harness error: ${e?.stack || e}`));

// ---- helpers ----------------------------------------------------------------------------------
function remoteUri(authority, p) {
  return `vscode-remote://${authority}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
}

async function atomicWrite(target, writer) {
  const tmp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writer(tmp);
  await fsp.rename(tmp, target);
}

const SHOT_RE = /^@@screenshot\s+([A-Za-z0-9._-]+)(?:\s+([A-Za-z0-9._-]+))?\s*$/;

function remoteValue(o) {
  if (!o) return undefined;
  if ('value' in o) return o.value;
  if (o.type === 'undefined') return undefined;
  if (o.unserializableValue) return o.unserializableValue;
  return o.description ?? `[${o.subtype || o.type}]`;
}

/** Turns a CDP Runtime.consoleAPICalled event into one printable line (printf-style formatting applied). */
function formatConsole(ev) {
  let vals = (ev.args || []).map(remoteValue);
  const frames = ev.stackTrace?.callFrames || [];
  let fromExtHost = frames.some((f) => f.functionName.includes('$logExtensionHostMessage'));
  // VS Code's browser ConsoleLogger: ('%c INFO', 'color: #33f', message, ...args)
  if (typeof vals[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)\s*$/.test(vals[0]) && /^color:/.test(String(vals[1]))) {
    vals = vals.slice(2);
  } else if (typeof vals[0] === 'string' && vals[0].startsWith('%c[Extension Host]')) {
    // Non-CLI-test relay: ('%c[Extension Host] %c<fmt>', 'color: blue', 'color: ', ...args)
    const styles = (vals[0].match(/%c/g) || []).length;
    vals = [vals[0].replace(/%c/g, '').replace(/^\[Extension Host\]\s?/, ''), ...vals.slice(1 + styles)];
    fromExtHost = true;
  }
  const line = vals.length === 0 ? '' : typeof vals[0] === 'string' ? util.format(...vals) : vals.map((v) => (typeof v === 'string' ? v : util.inspect(v))).join(' ');
  return { line: line.replace(/\s+$/, ''), fromExtHost };
}

// ---- main -------------------------------------------------------------------------------------
async function main() {
  const tInstall = Date.now();
  const cs = await ensureCodeServer();
  const installMs = Date.now() - tInstall;
  if (cs.installed) say(`code-server ${CODE_SERVER_VERSION} installed in ${secs(installMs)}`);

  const overall = setTimeout(() => { onTimeout().catch(() => {}); }, timeoutMs);

  await fsp.mkdir(shotsDir, { recursive: true });
  tmpRoot = await makeTempDir('pocplan-run-suite-');
  const ackDir = path.join(tmpRoot, 'screenshot-acks');
  const extensionsDir = path.join(tmpRoot, 'extensions');
  const userDataDir = path.join(tmpRoot, 'user-data');
  const chromeProfile = path.join(tmpRoot, 'chromium-profile');
  for (const d of [ackDir, extensionsDir, userDataDir, chromeProfile]) await fsp.mkdir(d, { recursive: true });
  consoleLog = fs.createWriteStream(path.join(shotsDir, 'browser-console.log'));

  const t0 = Date.now();
  if (vsix) {
    say(`installing ${vsix}`);
    const out = await installExtension(vsix, { extensionsDir, userDataDir });
    if (opts.verbose) say(out);
  }
  const tVsix = Date.now();
  codeServer = await startCodeServer({
    userDataDir, extensionsDir, verbose: opts.verbose,
    env: { POCPLAN_SCREENSHOT_ACK_DIR: ackDir, POCPLAN_SCREENSHOT_DIR: shotsDir, POCPLAN_EDITOR_HARNESS: '1' },
  });
  const tStarted = Date.now();
  say(`code-server ${CODE_SERVER_VERSION} up at ${codeServer.url} in ${secs(tStarted - tVsix)}`);

  const { chromium } = require('playwright-core');
  context = await chromium.launchPersistentContext(chromeProfile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // we clean up ourselves
  });
  const page = context.pages()[0] ?? await context.newPage();
  const tBrowser = Date.now();

  // Screenshots: one at a time, in order.
  let shotQueue = Promise.resolve();
  const screenshot = (name, id) => {
    shotQueue = shotQueue.then(async () => {
      const target = path.join(shotsDir, `${name}.png`);
      let ack;
      try {
        await atomicWrite(target, (tmp) => page.screenshot({ path: tmp, type: 'png', timeout: 15_000 }));
        ack = { path: target };
        say(`screenshot ${path.relative(process.cwd(), target) || target}`);
      } catch (e) {
        ack = { error: String(e?.message || e).split('\n')[0] };
        say(`screenshot ${name} failed: ${ack.error}`);
      }
      if (id) await atomicWrite(path.join(ackDir, `${id}.json`), (tmp) => fsp.writeFile(tmp, JSON.stringify(ack)));
    });
    return shotQueue;
  };
  onTimeout = async () => {
    say(`TIMEOUT: the suite did not finish within ${timeoutMs / 1000} s (--timeout); saving timeout.png and stopping`);
    await withDeadline(screenshot('timeout'), 10_000);
    await shutdown(124);
  };

  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : 1);
  });
  // Console via CDP (not page.on('console')): events arrive in order with raw arguments and the
  // JS stack, which tells extension-host output (relayed by MainThreadConsole.$logExtensionHostMessage)
  // apart from the workbench's own log lines, which use the same "%c INFO" logger format.
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (ev) => {
    try {
      const { line, fromExtHost } = formatConsole(ev);
      const type = ev.type === 'warning' ? 'warn' : ev.type;
      if (fromExtHost) {
        const shot = line.match(SHOT_RE);
        if (shot) { screenshot(shot[1], shot[2]); return; }
        consoleLog?.write(`[ext-host ${type}] ${line}\n`);
        (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
        return;
      }
      consoleLog?.write(`[${type}] ${line}\n`);
      if (opts.verbose) process.stderr.write(`[browser ${type}] ${line}\n`);
    } catch (e) {
      say(`console relay error: ${e?.message || e}`);
    }
  });
  await cdp.send('Runtime.enable');
  page.on('pageerror', (e) => { consoleLog?.write(`[pageerror] ${e?.stack || e}\n`); if (opts.verbose) process.stderr.write(`[browser pageerror] ${e?.message || e}\n`); });
  page.on('crash', () => shutdown(1, 'the workbench page crashed'));
  context.on('close', () => { if (!shuttingDown) shutdown(1, 'Chromium closed unexpectedly'); });

  const payload = [];
  // VS Code only runs extensionTestsPath in an extension-development window, so with --vsix the
  // development path is an empty folder: no extension is loaded from source, the installed one runs.
  const devPath = vsix ? path.join(tmpRoot, 'no-dev-extension') : extDir;
  if (vsix) await fsp.mkdir(devPath, { recursive: true });
  payload.push(['extensionDevelopmentPath', remoteUri(codeServer.authority, devPath)]);
  payload.push(['extensionTestsPath', remoteUri(codeServer.authority, testsPath)]);
  if (file) payload.push(['openFile', remoteUri(codeServer.authority, file)]);
  const url = `${codeServer.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (opts.verbose) say(`opening ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  const code = await exited;
  const tDone = Date.now();
  await shotQueue;
  await screenshot('final');
  if (code !== 0) say(`workbench console: ${path.join(shotsDir, 'browser-console.log')}`);
  clearTimeout(overall);
  say(`suite finished with code ${code}; timings: ${cs.installed ? `install ${secs(installMs)}, ` : ''}` +
    `${vsix ? `vsix ${secs(tVsix - t0)}, ` : ''}code-server start ${secs(tStarted - tVsix)}, ` +
    `browser ${secs(tBrowser - tStarted)}, suite ${secs(tDone - tBrowser)}, total ${secs(Date.now() - t0)}`);
  await shutdown(code);
}

let onTimeout = async () => {
  say(`TIMEOUT: the suite did not finish within ${timeoutMs / 1000} s (--timeout) (stuck before the browser started)`);
  await shutdown(124);
};

main().catch((e) => shutdown(1, `error: ${e?.stack || e}`));
