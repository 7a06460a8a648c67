/**
 * Helpers for the in-editor suites (they run inside VS Code's extension host, under code-server via
 * scripts/editor/run-suite.mjs or under @vscode/test-electron). Everything waits for a condition
 * with a deadline; nothing sleeps a fixed time to let the editor "settle" before an assertion.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PocplanApi } from '../../client/src/extension';

export const EXTENSION_ID = 'pocplan.iot-security-poc-planner';
/** The repository (this file runs from out/test/editor/). */
export const REPO = path.resolve(__dirname, '..', '..', '..');

export type Api = PocplanApi;

let windowPrepared: Promise<void> | undefined;
/**
 * User settings for a test window (they live in the harness's or test-electron's throw-away
 * user-data folder). `files.autoSave` matters: VS Code in a browser (code-server) defaults it to
 * `afterDelay`, which would write the tests' edits into the fixture files. The others keep
 * notifications and overlays out of the screenshots.
 */
const TEST_WINDOW_SETTINGS: Array<[section: string, key: string, value: unknown]> = [
  ['files', 'autoSave', 'off'],
  ['git', 'openRepositoryInParentFolders', 'never'],
  ['editor', 'stickyScroll.enabled', false],
  ['workbench', 'welcomePage.walkthroughs.openOnInstall', false],
];
function prepareWindow(): Promise<void> {
  return windowPrepared ??= (async () => {
    for (const [section, key, value] of TEST_WINDOW_SETTINGS) {
      if (vscode.workspace.getConfiguration(section).get(key) === value) continue;
      try {
        await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
      } catch (e) {
        if (key === 'autoSave') throw e;
        continue; // e.g. the git extension is disabled, so its setting is not registered: fine
      }
      await waitFor(`${section}.${key} = ${String(value)}`, () => vscode.workspace.getConfiguration(section).get(key) === value);
    }
  })();
}

/** The extension, activated, with its language server running (and the window prepared for tests). */
export async function activate(): Promise<{ ext: vscode.Extension<Api>; api: Api }> {
  await prepareWindow();
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this window`);
  const api = await ext.activate();
  assert.ok(api && typeof api.client === 'function', 'activate() did not return the { ready, client() } API');
  await api.ready;
  return { ext, api };
}

/** The workspace folder the suite was opened on (test/fixtures/editor). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (test/fixtures/editor)');
  return folder.uri;
}

export function fixture(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/**
 * Every plan in the workspace folder with its `# expect:` codes (errors and warnings), sorted by
 * path. Synchronous (the folder is on disk), so suites can declare one test per plan.
 */
export function plansWithExpectations(): Array<{ uri: vscode.Uri; name: string; expect: string[] }> {
  const root = workspaceRoot().fsPath;
  const out: Array<{ uri: vscode.Uri; name: string; expect: string[] }> = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && /\.pocplan\.ya?ml$/.test(e.name)) {
        const m = /^# expect:(.*)$/m.exec(fs.readFileSync(p, 'utf8'));
        if (m) out.push({ uri: vscode.Uri.file(p), name: path.relative(root, p).split(path.sep).join('/'), expect: m[1]!.trim().split(/\s+/).filter(Boolean).sort() });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Re-evaluates `probe` (every 25 ms and whenever one of `events` fires) until it returns something
 * other than undefined/false, or throws after `timeoutMs` with `describe()` of the last state.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>,
  opts: { timeoutMs?: number; events?: Array<vscode.Event<unknown>>; describe?: () => string } = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let wake: (() => void) | undefined;
  const subs = (opts.events ?? []).map((e) => e(() => wake?.()));
  try {
    for (;;) {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${((opts.timeoutMs ?? 30_000) / 1000).toFixed(0)} s waiting for ${what}${opts.describe ? `; last state: ${opts.describe()}` : ''}`);
      }
      await new Promise<void>((r) => { wake = r; setTimeout(r, 25); });
    }
  } finally {
    for (const s of subs) s.dispose();
  }
}

/** Diagnostics of our server for `uri`. */
export function pocplanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pocplan');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Sorted distinct codes of errors and warnings (what an `# expect:` line names). */
export function problemCodes(diags: readonly vscode.Diagnostic[]): string[] {
  return [...new Set(diags.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(codeOf))].sort();
}

// Every uri the diagnostics of which changed since this module loaded (before any test opened a
// document), with a counter: a clean plan publishes an empty list, which getDiagnostics cannot tell
// apart from "not checked yet".
const published = new Map<string, number>();
vscode.languages.onDidChangeDiagnostics((e) => {
  for (const u of e.uris) published.set(u.toString(), (published.get(u.toString()) ?? 0) + 1);
});
export function publishCount(uri: vscode.Uri): number {
  return published.get(uri.toString()) ?? 0;
}

/**
 * Waits until the diagnostics for `uri` satisfy `ok` — after at least one publish newer than
 * `sinceCount` (pass publishCount(uri) taken before the action that triggers a check).
 */
export async function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (d: vscode.Diagnostic[]) => boolean,
  opts: { sinceCount?: number; timeoutMs?: number } = {}): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} (${path.posix.basename(uri.path)})`, () => {
    if (opts.sinceCount !== undefined && publishCount(uri) <= opts.sinceCount) return undefined;
    const d = pocplanDiagnostics(uri);
    return ok(d) ? d : undefined;
  }, {
    events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
    timeoutMs: opts.timeoutMs,
    describe: () => `${publishCount(uri)} publish(es); codes [${pocplanDiagnostics(uri).map(codeOf).join(', ')}]`,
  });
}

/** Opens `uri` in an editor and waits for diagnostics whose error/warning codes equal `expect`. */
export async function openAndWaitForCodes(uri: vscode.Uri, expect: readonly string[]): Promise<{ editor: vscode.TextEditor; diags: vscode.Diagnostic[] }> {
  const wasOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const before = publishCount(uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'pocplan', `${uri.path} should open as a pocplan document`);
  const want = [...expect].sort().join(' ');
  // A document the server already has and checked has settled diagnostics; otherwise (newly opened,
  // or reopened after the server cleared it on close) wait for a publish after this open.
  const diags = await waitForDiagnostics(uri, `codes [${want}]`, (d) => problemCodes(d).join(' ') === want,
    wasOpen ? (before > 0 ? {} : { sinceCount: 0 }) : { sinceCount: before });
  return { editor, diags };
}

/** Waits until the language client is running again (e.g. after a server crash). */
export async function waitForRunningClient(api: Api, timeoutMs = 30_000): Promise<void> {
  await waitFor('the language client to be running', () => api.client()?.isRunning() === true, { timeoutMs });
}

/** Capabilities the server announced in its initialize result. */
export function serverCapabilities(api: Api): Record<string, unknown> {
  return (api.client()?.initializeResult?.capabilities ?? {}) as Record<string, unknown>;
}

// ---- screenshots (run-suite.mjs protocol; no-ops under test-electron) -----------------------------
interface SuiteHelpers {
  requestScreenshot(name: string, opts?: { timeoutMs?: number }): Promise<string | null>;
  screenshotsAvailable(): boolean;
}
const helpers = createRequire(__filename)(path.join(REPO, 'scripts', 'editor', 'suite-helpers.cjs')) as SuiteHelpers;

export function screenshotsAvailable(): boolean {
  return helpers.screenshotsAvailable();
}

/** Clears notifications and closes tabs the API cannot name (VS Code's welcome walkthrough, which opens late). */
async function tidyWindow(): Promise<boolean> {
  await vscode.commands.executeCommand('notifications.clearAll');
  const strays = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input === undefined);
  if (strays.length) await vscode.window.tabGroups.close(strays, true);
  return strays.length > 0;
}

/**
 * Asks the harness for a screenshot `<name>.png` and waits until it is written. The short pause
 * before it lets the workbench paint what the last command opened (a hover, a menu); it serves the
 * picture only — no assertion depends on it — and is skipped when no harness listens.
 */
export async function screenshot(name: string, paintMs = 400, opts: { keepWelcome?: boolean } = {}): Promise<string | null> {
  if (!helpers.screenshotsAvailable()) return null;
  // The welcome page (a walkthrough) is a tab the API cannot name: keep it when it is the picture.
  if (opts.keepWelcome) { await vscode.commands.executeCommand('notifications.clearAll'); await sleep(paintMs); return helpers.requestScreenshot(name); }
  await tidyWindow();
  await sleep(paintMs);
  if (await tidyWindow()) await sleep(300);
  return helpers.requestScreenshot(name);
}

/** Reverts every edited document, then closes every editor (and with them hovers, menus, webviews). */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The first range in `doc` whose text is `needle` (after `after` when given). */
export function rangeOf(doc: vscode.TextDocument, needle: string, after?: string): vscode.Range {
  const text = doc.getText();
  const from = after === undefined ? 0 : text.indexOf(after);
  assert.ok(from >= 0, `${after} not found in ${doc.uri.path}`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `${needle} not found in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Skips the running test with a reason that shows in mocha's output. */
export function skipBecause(ctx: Mocha.Context, reason: string): never {
  if (ctx.test) ctx.test.title += ` (SKIPPED: ${reason})`;
  console.log(`      skipped: ${reason}`);
  ctx.skip();
}

/** The `# expect:` codes written in a document's header. */
export function expectedCodes(doc: vscode.TextDocument): string[] {
  const m = /^# expect:(.*)$/m.exec(doc.getText());
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean).sort() : [];
}

/** Quick fixes the providers offer for `diag`, with their edits resolved. */
export async function quickFixesFor(uri: vscode.Uri, diag: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value, 100);
  return (all ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** The new text an action's edit inserts (all entries joined). */
export function insertedText(action: vscode.CodeAction): string {
  return (action.edit?.entries() ?? []).flatMap(([, edits]) => edits.map((e) => e.newText)).join('\n');
}
