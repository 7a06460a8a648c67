/**
 * The VS Code side: registers nothing the server can do itself. It starts the language server for
 * pocplan documents (and the CSV lists they reference), forwards settings and file changes, and
 * hosts the commands that need the editor (preview, export: see their own modules).
 *
 * Activation only registers commands and schedules the start: the language client's code is
 * required on the next turn of the event loop (language-client.ts), so activation stays short.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_FEATURES } from './features';
import type * as LanguageClientModule from './language-client';

let client: LanguageClient | undefined;

export interface PocplanApi {
  /** Resolves once the language server is running (tests wait on it). */
  ready: Promise<void>;
  client(): LanguageClient | undefined;
}

function startClient(context: vscode.ExtensionContext): Promise<void> {
  return new Promise<void>((resolve) => { setImmediate(resolve); }).then(() => {
    // A separate bundle (esbuild.mjs); its path is computed so the bundler leaves it out of this one.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, on purpose
    const { createLanguageClient } = require(context.asAbsolutePath('dist/language-client.js')) as typeof LanguageClientModule;
    client = createLanguageClient(context);
    context.subscriptions.push({ dispose: () => { void client?.stop(); } });
    return client.start();
  });
}

export function activate(context: vscode.ExtensionContext): PocplanApi {
  context.subscriptions.push(vscode.commands.registerCommand('pocplan.restartServer', async () => {
    await client?.restart();
  }));
  for (const feature of CLIENT_FEATURES) feature(context, () => client);
  const ready = startClient(context);
  ready.catch((e: unknown) => { void vscode.window.showErrorMessage(vscode.l10n.t('The IoT Security PoC Planner language server could not start: {0}', String(e))); });
  return { ready, client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
