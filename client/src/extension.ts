/**
 * The VS Code side: registers nothing the server can do itself. It starts the language server for
 * pocplan documents (and the CSV lists they reference), forwards settings and file changes, and
 * hosts the commands that need the editor (preview, export: see their own modules).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import { CLIENT_FEATURES } from './features';

let client: LanguageClient | undefined;

export interface PocplanApi {
  /** Resolves once the language server is running (tests wait on it). */
  ready: Promise<void>;
  client(): LanguageClient | undefined;
}

export function activate(context: vscode.ExtensionContext): PocplanApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { displayLanguage: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'pocplan' },
      { scheme: 'file', pattern: '**/*.csv' },
      { scheme: 'file', pattern: '**/.pocplanrc.yaml' },
    ],
    synchronize: {
      configurationSection: 'pocplan',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.csv,.pocplanrc.yaml}'),
    },
    initializationOptions,
  };
  client = new LanguageClient('pocplan', vscode.l10n.t('IoT Security PoC Planner'), serverOptions, clientOptions);
  const ready = client.start();
  context.subscriptions.push({ dispose: () => { void client?.stop(); } });

  context.subscriptions.push(vscode.commands.registerCommand('pocplan.restartServer', async () => {
    await client?.restart();
  }));
  for (const feature of CLIENT_FEATURES) feature(context, () => client);
  return { ready, client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
