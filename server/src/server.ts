/**
 * The language server: thin handlers over the language service. Each feature (lsp/*.ts) brings its
 * capabilities and handlers; this file wires them to a connection. The server never dies on any
 * input: handlers catch, and an uncaught error is logged, not fatal.
 */
import { TextDocuments, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createContext, type Feature, type ServerContext } from './lsp/context';
import { diagnosticsFeature } from './lsp/diagnostics';
import type { InitializationOptions } from './protocol';
import { FEATURES } from './lsp/features';
import { DEFAULT_SETTINGS } from './service';
import { startWarmUp } from './lsp/warm-up';

/** A uri no document has: the warm-up check below runs on it. */
const WARM_UP_URI = 'untitled:pocplan-warm-up.pocplan.yaml';

export const ALL_FEATURES: readonly Feature[] = [diagnosticsFeature, ...FEATURES];

declare const POCPLAN_VERSION: string | undefined;

export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const ctx = createContext(connection, documents);

  connection.onInitialize((params): InitializeResult => {
    ctx.folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (!ctx.folders.length && params.rootUri) ctx.folders = [params.rootUri];
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    ctx.displayLanguage = init.displayLanguage ?? params.locale;
    ctx.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    const capabilities: ServerCapabilities = {};
    for (const f of ALL_FEATURES) Object.assign(capabilities, f.capabilities ?? {});
    capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    return { capabilities, serverInfo: { name: 'pocplan-language-server', version: typeof POCPLAN_VERSION === 'string' ? POCPLAN_VERSION : '0.0.0-dev' } };
  });

  connection.onInitialized(() => {
    if (ctx.supportsConfiguration) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        ctx.folders = ctx.folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
        ctx.settingsChanged();
      });
    }
    // Compile the validator and let the JIT optimise parser and rules while the editor is idle
    // (lsp/warm-up.ts); the first document opened stops it.
    void startWarmUp({
      check: (text) => { ctx.service.check(WARM_UP_URI, text, DEFAULT_SETTINGS); ctx.service.forget(WARM_UP_URI); },
      busy: () => documents.all().length > 0,
    });
  });

  for (const f of ALL_FEATURES) f.register(ctx);
  documents.listen(connection);
  connection.listen();
  return ctx;
}
