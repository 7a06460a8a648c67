/**
 * An in-memory LSP session: the real server (`startServer`) on one end of two PassThrough streams,
 * a protocol connection acting as the client on the other. No process, no sockets, no sleeps:
 * tests await responses and wait for notifications by predicate.
 *
 *   const lsp = await startLsp();
 *   await lsp.initialize();
 *   lsp.open(uri, text);
 *   const diags = await lsp.waitForDiagnostics(uri);
 *   const items = await lsp.request(CompletionRequest.type, { textDocument: { uri }, position });
 *   lsp.dispose();
 */
import { PassThrough } from 'node:stream';
import {
  ConfigurationRequest,
  createConnection,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  ProposedFeatures,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type ProtocolConnection,
  type ProtocolRequestType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { startServer } from '../server/src/server';

/** What a client like VS Code announces: snippets, markdown, resource operations, configuration. */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, workspaceFolders: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] } },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

export interface LspHarness {
  client: ProtocolConnection;
  /** What the client answers to `workspace/configuration` for section `pocplan` (mutable). */
  settings: Record<string, unknown>;
  initialize(params?: Partial<InitializeParams>): Promise<InitializeResult>;
  request<P, R, PR, E, RO>(type: ProtocolRequestType<P, R, PR, E, RO>, params: P): Promise<R>;
  open(uri: string, text: string, version?: number, languageId?: string): void;
  change(uri: string, text: string, version: number): void;
  close(uri: string): void;
  /** The next diagnostics published for `uri` that satisfy `accept` (already received ones count). */
  waitForDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Every diagnostics notification received so far, oldest first. */
  published: PublishDiagnosticsParams[];
  dispose(): void;
}

export function startLsp(): LspHarness {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  startServer(serverConnection);
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const harness: LspHarness = {
    client,
    settings: {},
    published,
    async initialize(params = {}) {
      const result = await client.sendRequest(InitializeRequest.type, {
        processId: null, rootUri: null, capabilities: CLIENT_CAPABILITIES, workspaceFolders: null, locale: 'en', ...params,
      } as InitializeParams);
      await client.sendNotification(InitializedNotification.type, {});
      return result;
    },
    request: (type, params) => client.sendRequest(type, params as never),
    open(uri, text, version = 1, languageId = 'pocplan') {
      void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri, text, version) {
      void client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    close(uri) {
      void client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    waitForDiagnostics(uri, accept = () => true, timeoutMs = 5000) {
      const hit = [...published].reverse().find((p) => p.uri === uri && accept(p));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    dispose() {
      client.dispose();
      serverConnection.dispose();
    },
  };
  client.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && w.accept(p)) { waiters.splice(i, 1); w.resolve(p); }
    }
  });
  client.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'pocplan' ? harness.settings : null)));
  client.onNotification('window/logMessage', () => undefined);
  client.listen();
  return harness;
}
