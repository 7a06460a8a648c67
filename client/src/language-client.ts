/**
 * The language client: loaded by extension.ts only after activation has returned, because
 * vscode-languageclient is most of the client's code (about 0.8 MB of the bundle) and VS Code
 * counts its loading as activation time. Bundled separately as dist/language-client.js.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../../server/src/protocol';
import serverNode from '../../server/src/exec-argv.json';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverNode.execArgv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNode.execArgv, '--nolazy', '--inspect=6019'] } },
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
      // CSV device lists, exported firewall configurations (`runningConfig`) and the rc file: a change re-checks the plans.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.csv,*.xml,.pocplanrc.yaml}'),
    },
    initializationOptions,
  };
  return new LanguageClient('pocplan', vscode.l10n.t('IoT Security PoC Planner'), serverOptions, clientOptions);
}
