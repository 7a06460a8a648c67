/**
 * What every LSP feature handler gets: the connection, open documents, the language service and
 * the effective settings for a document. Handlers stay thin: fetch the document, call the service,
 * convert at the edge.
 */
import * as path from 'node:path';
import type { CancellationToken, Connection, ServerCapabilities } from 'vscode-languageserver';
import { ErrorCodes, ResponseError, type TextDocuments } from 'vscode-languageserver';
import { type TextDocument } from 'vscode-languageserver-textdocument';
import { createPlanService, mergeSettings, normalizeLang, readSettingsObject, type PartialSettings, type PlanService, type Settings } from '../service';
import { createNodeHost, findRcFile, loadRcFile, localDocsBase, uriToPath } from '../node/host';
import type { ClientSettings } from '../protocol';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: PlanService;
  /** Effective settings for a document: defaults < .pocplanrc.yaml < editor settings. */
  settingsFor(uri: string): Promise<Settings>;
  /** Folders of the workspace, as uris. */
  folders: string[];
  /** Language of the editor UI, from initialize. */
  displayLanguage: string | undefined;
  supportsConfiguration: boolean;
  /** Log to the client's output channel (never to stdout: stdout is the protocol in --stdio). */
  log(message: string): void;
  /** Called when settings change, so features can drop caches. */
  onSettingsChanged(listener: () => void): void;
  settingsChanged(): void;
}

export interface Feature {
  capabilities?: ServerCapabilities;
  register(ctx: ServerContext): void;
}

/**
 * A custom request's handler that never lets an exception escape as it is: a ResponseError (bad
 * parameters, cancellation) passes through; anything else is logged with its stack and answered
 * with an InternalError saying `message` (by default, "`name` failed").
 */
export function guardedRequest<P, R>(ctx: ServerContext, name: string, fn: (p: P, token: CancellationToken) => Promise<R>, message = `${name} failed`): (p: P, token: CancellationToken) => Promise<R> {
  return async (p, token) => {
    try {
      return await fn(p, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      const uri = (p as { uri?: unknown } | undefined)?.uri;
      ctx.log(`pocplan: ${name} failed${typeof uri === 'string' ? ` for ${uri}` : ''}: ${(e as Error)?.stack ?? e}`);
      throw new ResponseError(ErrorCodes.InternalError, message);
    }
  };
}

export function isPlanUri(uri: string): boolean {
  return /\.pocplan\.ya?ml$/i.test(uri);
}

export function createContext(connection: Connection, documents: TextDocuments<TextDocument>): ServerContext {
  const listeners: Array<() => void> = [];
  const clientSettings = new Map<string, Promise<ClientSettings>>();
  const rcCache = new Map<string, { settings: PartialSettings; problems: string[]; file: string | undefined }>();
  const host = createNodeHost({ openText: (uri) => documents.get(uri)?.getText(), folders: () => ctx.folders });
  const docsBase = localDocsBase(__dirname);
  const ctx: ServerContext = {
    connection,
    documents,
    service: createPlanService({ host, ...(docsBase ? { docsBase } : {}) }),
    folders: [],
    displayLanguage: undefined,
    supportsConfiguration: false,
    log: (m) => connection.console.log(m),
    onSettingsChanged: (l) => { listeners.push(l); },
    settingsChanged: () => { clientSettings.clear(); rcCache.clear(); for (const l of listeners) l(); },
    async settingsFor(uri) {
      let cs = clientSettings.get(uri);
      if (!cs) {
        cs = ctx.supportsConfiguration
          ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'pocplan' }).then((v: unknown) => (v ?? {}) as ClientSettings, () => ({}))
          : Promise.resolve({});
        clientSettings.set(uri, cs);
      }
      const c = await cs;
      const rc = rcFor(uri);
      const fromClient: PartialSettings = {};
      const problems: string[] = [];
      const obj: Record<string, unknown> = {};
      if (c.licenseMatrix && c.licenseMatrix !== 'auto') obj.licenseMatrix = c.licenseMatrix;
      if (c.profile && c.profile !== 'auto') obj.profile = c.profile;
      if (c.rules && typeof c.rules === 'object' && Object.keys(c.rules).length) obj.rules = c.rules;
      Object.assign(fromClient, readSettingsObject(obj, problems));
      const lang = c.language && c.language !== 'auto' ? normalizeLang(c.language) : normalizeLang(ctx.displayLanguage);
      return mergeSettings(rc.settings, fromClient, { lang: rc.settings.lang && (!c.language || c.language === 'auto') && !ctx.displayLanguage ? rc.settings.lang : lang });
    },
  };
  function rcFor(uri: string): { settings: PartialSettings; problems: string[]; file: string | undefined } {
    const p = uriToPath(uri);
    if (!p) return { settings: {}, problems: [], file: undefined };
    const folder = host.workspaceFolder?.(uri);
    const stop = folder ? uriToPath(folder) : path.dirname(p);
    const file = findRcFile(path.dirname(p), stop);
    const key = file ?? '';
    let hit = rcCache.get(key);
    if (!hit) { hit = { ...loadRcFile(file), file }; rcCache.set(key, hit); }
    return hit;
  }
  return ctx;
}
