// A minimal stand-in for the `vscode` module and an ExtensionContext, enough for dist/client.js to
// load and run activate() in a plain node process (bench/activation.mjs).
//
// Only what the extension and vscode-languageclient really use is spelled out (version, env, l10n,
// Uri, EventEmitter, Disposable, the workspace/window/commands calls). Everything else falls back
// to a recording no-op (`anything`), so a new API call in the extension does not break the
// benchmark; the names it touched are reported, so a stub that hides real work is visible.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const disposable = () => ({ dispose() {} });
/** A vscode.Event<T>: subscribing returns a Disposable and nothing ever fires. */
const event = () => () => disposable();

/**
 * A no-op that can be called, constructed and dotted into, recording each path in `touched`.
 * `then` stays undefined so a stub value is never mistaken for a promise (that would change timing).
 */
function anything(path, touched) {
  touched.add(path);
  const target = function stub() {};
  return new Proxy(target, {
    get(t, k) {
      if (k === 'then' || k === Symbol.iterator) return undefined;
      if (k === Symbol.toPrimitive || k === 'toString' || k === 'valueOf') return () => `[stub ${path}]`;
      if (typeof k === 'symbol' || k === 'prototype') return t[k];
      return anything(`${path}.${String(k)}`, touched);
    },
    apply: () => anything(`${path}()`, touched),
    construct: () => anything(`new ${path}`, touched),
  });
}

/** Wraps a namespace so that names missing from `known` fall back to `anything`. */
function namespace(path, known, touched) {
  return new Proxy(known, {
    get(t, k) {
      if (k in t || typeof k === 'symbol') return t[k];
      // The real module is not an ES module. So `__importStar(require('vscode'))` copies its own
      // keys, and a name missing from `known` reads as undefined there, as in an old VS Code.
      if (k === '__esModule') return undefined;
      return anything(`${path}.${String(k)}`, touched);
    },
  });
}

class Uri {
  constructor(scheme, path) { this.scheme = scheme; this.path = path; this.fsPath = path; this.authority = ''; this.query = ''; this.fragment = ''; }
  static file(p) { return new Uri('file', p); }
  static parse(s) { const u = new URL(s); return new Uri(u.protocol.replace(/:$/, ''), decodeURIComponent(u.pathname)); }
  static joinPath(base, ...parts) { return new Uri(base.scheme, join(base.path, ...parts)); }
  with(change) { return Object.assign(new Uri(this.scheme, this.path), change); }
  toString() { return this.scheme === 'file' ? pathToFileURL(this.path).href : `${this.scheme}://${this.path}`; }
  toJSON() { return { scheme: this.scheme, path: this.path }; }
}

class EventEmitter {
  constructor() { this.listeners = new Set(); this.event = (l) => { this.listeners.add(l); return { dispose: () => this.listeners.delete(l) }; }; }
  fire(e) { for (const l of this.listeners) l(e); }
  dispose() { this.listeners.clear(); }
}

class Disposable {
  constructor(fn) { this.fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach((d) => d?.dispose?.())); }
  dispose() { this.fn?.(); }
}

// Classes vscode-languageclient extends when its module is evaluated (e.g. `class ProtocolCodeLens
// extends code.CodeLens`): plain classes, so loading costs what it would in VS Code.
const CLASSES = Object.fromEntries(['CallHierarchyItem', 'CancellationError', 'CodeAction', 'CodeLens', 'CompletionItem', 'Diagnostic', 'DocumentLink', 'InlayHint', 'SymbolInformation', 'TypeHierarchyItem']
  .map((name) => [name, { [name]: class { constructor(...args) { this.args = args; } } }[name]]));

class CodeActionKind {
  constructor(value) { this.value = value; }
  append(part) { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
  intersects(o) { return this.contains(o) || o.contains(this); }
  contains(o) { return this.value === o.value || o.value.startsWith(`${this.value}.`); }
}
CodeActionKind.Empty = new CodeActionKind('');
for (const k of ['QuickFix', 'Refactor', 'RefactorExtract', 'RefactorInline', 'RefactorMove', 'RefactorRewrite', 'Source', 'SourceOrganizeImports', 'SourceFixAll', 'Notebook']) {
  CodeActionKind[k] = new CodeActionKind(k.replace(/([a-z])([A-Z])/g, '$1.$2').toLowerCase().replace('organize.imports', 'organizeImports').replace('fix.all', 'fixAll'));
}

/** The `vscode` module. `touched` (a Set) collects the names that hit the generic fallback. */
export function vscodeStub({ version = '1.100.0', language = 'en', touched = new Set() } = {}) {
  const config = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} };
  const workspace = namespace('workspace', {
    workspaceFolders: undefined,
    textDocuments: [],
    getConfiguration: () => config,
    getWorkspaceFolder: () => undefined,
    createFileSystemWatcher: () => ({ onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose() {} }),
    onDidOpenTextDocument: event(),
    onDidChangeTextDocument: event(),
    onDidCloseTextDocument: event(),
    onDidSaveTextDocument: event(),
    onDidChangeConfiguration: event(),
    onDidChangeWorkspaceFolders: event(),
    // file operations: vscode-languageclient subscribes to these while it starts
    onDidCreateFiles: event(),
    onDidRenameFiles: event(),
    onDidDeleteFiles: event(),
    onWillCreateFiles: event(),
    onWillRenameFiles: event(),
    onWillDeleteFiles: event(),
    onWillSaveTextDocument: event(),
  }, touched);
  const window = namespace('window', {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    // a LogOutputChannel ({ log: true }) has the level methods too
    createOutputChannel: (name) => ({ name, logLevel: 3, onDidChangeLogLevel: event(), append() {}, appendLine() {}, replace() {}, clear() {}, show() {}, hide() {}, dispose() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} }),
    onDidChangeActiveTextEditor: event(),
    onDidChangeVisibleTextEditors: event(),
    registerWebviewPanelSerializer: disposable,
    // the client reports a failed start here (after the timed part)
    showErrorMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showInformationMessage: async () => undefined,
  }, touched);
  return namespace('vscode', {
    version,
    env: namespace('env', { language, appName: 'bench', machineId: 'bench', sessionId: 'bench', uiKind: 1 }, touched),
    l10n: namespace('l10n', { t: (m, ...a) => (typeof m === 'string' ? m : m.message).replace(/\{(\d+)\}/g, (_, i) => String(a[i])) }, touched),
    Uri,
    EventEmitter,
    Disposable,
    ...CLASSES,
    CodeActionKind,
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    workspace,
    window,
    commands: namespace('commands', { registerCommand: disposable, registerTextEditorCommand: disposable, executeCommand: async () => undefined }, touched),
    languages: namespace('languages', { createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, dispose() {} }), onDidChangeDiagnostics: event() }, touched),
  }, touched);
}

/** A fake ExtensionContext rooted at `root` (the extension folder, i.e. the repo). */
export function fakeContext(root, touched = new Set()) {
  const memento = () => ({ get: (_k, d) => d, update: async () => {}, keys: () => [], setKeysForSync() {} });
  return namespace('context', {
    subscriptions: [],
    extensionPath: root,
    extensionUri: Uri.file(root),
    asAbsolutePath: (p) => join(root, p),
    storageUri: undefined,
    globalStorageUri: Uri.file(join(root, '.bench-storage')),
    logUri: Uri.file(join(root, '.bench-log')),
    extensionMode: 1, // Production
    globalState: memento(),
    workspaceState: memento(),
  }, touched);
}
