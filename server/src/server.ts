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
import { createPlanService, DEFAULT_SETTINGS } from './service';
import { startWarmUp, warmUpHost, WARM_UP_URI } from './lsp/warm-up';

/**
 * Copies in the warm-up plan (about 37 lines and one device list each): 24 make a 900-line plan, a
 * slice of 20-30 ms once warm (the first about 70 ms). Measured with the bench's cold open of the
 * 10k plan, 24 beat 8, 12, 16 and 32: smaller plans leave the JIT colder, larger ones make the
 * open wait longer for the slice in progress.
 */
const WARM_UP_COPIES = 24;

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
    // Let the JIT optimise the whole check while the editor is idle (lsp/warm-up.ts); the first
    // document opened stops it. The warm-up has a service of its own, whose host serves the plan's
    // device lists from memory, so the real service's caches never see the warm-up plan.
    const warm = createPlanService({ host: warmUpHost(WARM_UP_COPIES) });
    void startWarmUp({
      check: (text) => { warm.check(WARM_UP_URI, text, DEFAULT_SETTINGS); warm.forget(WARM_UP_URI); },
      busy: () => documents.all().length > 0,
      copies: WARM_UP_COPIES,
    });
  });

  for (const f of ALL_FEATURES) f.register(ctx);
  documents.listen(connection);
  connection.listen();
  return ctx;
}
