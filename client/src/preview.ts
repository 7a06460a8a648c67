/**
 * "Open Preview to the Side" (`pocplan.openPreview`): the plan document in a webview beside the
 * editor, updated as you type. The server renders (`pocplan/render`); this side only asks and
 * shows. Requests are coalesced: one at a time, and changes that arrive meanwhile cost one more
 * request for the latest version, so a burst of keystrokes never queues renders. Updates swap the
 * document body in place (the scroll position stays); a click on a `file:line` place posts a
 * message and the editor reveals that line. The webview runs under a strict Content-Security-
 * Policy: no inline handlers, one nonce'd script, no network.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../server/src/protocol-render';
import type { ClientFeature } from './features';

export const PREVIEW_VIEW_TYPE = 'pocplan.preview';

/** The plan a command applies to: the one it was invoked on, else the active editor's. */
export async function planDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (doc.languageId === 'pocplan' || /\.pocplan\.ya?ml$/i.test(doc.uri.path)) ? doc : undefined;
}

/** Sends a request once the client is running (it may still be starting when a command runs). */
export async function whenRunning(client: () => LanguageClient | undefined): Promise<LanguageClient> {
  for (let i = 0; i < 100; i++) {
    const c = client();
    if (c?.isRunning()) return c;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(vscode.l10n.t('The PoC plan language server is not running.'));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function messagePage(message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(message)}</p></body></html>`;
}

/** A `copy` message from the webview (the Configuration section's copy button): its text to the clipboard. */
async function copy(m: unknown): Promise<void> {
  if (!m || typeof m !== 'object' || (m as { type?: unknown }).type !== 'copy') return;
  const text = (m as { text?: unknown }).text;
  if (typeof text !== 'string' || text.length > 10_000_000) return;
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the firewall configuration.'), 3000);
}

class Preview {
  private inFlight = false;
  private again = false;
  /** The last full document, and the one the webview was last loaded with. */
  private latest: string | undefined;
  private loaded: string | undefined;
  private readonly nonce = randomBytes(18).toString('base64');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(readonly uri: vscode.Uri, readonly panel: vscode.WebviewPanel, private readonly client: () => LanguageClient | undefined, onDispose: () => void) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.uri.toString() === uri.toString() && e.contentChanges.length) this.refresh(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (/\.csv$/i.test(d.uri.path)) this.refresh(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('pocplan')) this.refresh(); }),
      panel.onDidChangeViewState(() => {
        // A hidden webview forgets its content and reloads `webview.html`: give it the latest.
        if (panel.visible && this.latest !== undefined && this.latest !== this.loaded) this.load(this.latest);
      }),
      panel.webview.onDidReceiveMessage((m: unknown) => {
        // The timeline's "Add these dates to your calendar" link: a webview cannot save a download.
        if (m && typeof m === 'object' && (m as { type?: unknown }).type === 'exportCalendar') void vscode.commands.executeCommand('pocplan.exportCalendar', uri);
        else { void this.reveal(m); void copy(m); }
      }),
    );
    panel.onDidDispose(() => { for (const d of this.subscriptions) d.dispose(); onDispose(); });
    this.refresh();
  }

  private load(html: string): void {
    this.loaded = html;
    this.panel.webview.html = html;
  }

  /** Asks for the latest version; coalesced while a request is out. */
  refresh(): void {
    if (this.inFlight) { this.again = true; return; }
    this.inFlight = true;
    void this.render().finally(() => {
      this.inFlight = false;
      if (this.again) { this.again = false; this.refresh(); }
    });
  }

  private async render(): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
    const params: RenderParams = {
      uri: this.uri.toString(), format: 'html',
      ...(doc ? { version: doc.version } : {}),
      preview: { nonce: this.nonce, cspSource: this.panel.webview.cspSource },
    };
    let result: RenderResult | null;
    try {
      result = await (await whenRunning(this.client)).sendRequest<RenderResult | null>(RENDER_REQUEST, params);
    } catch (e) {
      if (this.loaded === undefined) this.load(messagePage(vscode.l10n.t('The plan document could not be rendered: {0}', (e as Error)?.message ?? String(e))));
      return;
    }
    if (!result) return;
    this.latest = result.text;
    if (this.loaded === undefined || !this.panel.visible) this.load(result.text);
    else void this.panel.webview.postMessage({ type: 'update', body: result.body });
  }

  /** A `reveal` message from the webview: show that line of the plan in its editor. */
  private async reveal(m: unknown): Promise<void> {
    if (!m || typeof m !== 'object' || (m as { type?: unknown }).type !== 'reveal') return;
    const line = (m as { line?: unknown }).line;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const at = Math.min(line, Math.max(0, doc.lineCount - 1));
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const range = doc.lineAt(at).range;
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

export const previewFeature: ClientFeature = (context, client) => {
  const previews = new Map<string, Preview>();
  context.subscriptions.push(vscode.commands.registerCommand('pocplan.openPreview', async (uri?: vscode.Uri) => {
    const doc = await planDocument(uri);
    if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a PoC plan (*.pocplan.yaml) to preview its document.')); return; }
    const key = doc.uri.toString();
    const open = previews.get(key);
    if (open) { open.panel.reveal(vscode.ViewColumn.Beside, true); return; }
    const name = doc.uri.path.split('/').pop() ?? key;
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [],
    });
    previews.set(key, new Preview(doc.uri, panel, client, () => previews.delete(key)));
  }));
  context.subscriptions.push({ dispose: () => { for (const p of previews.values()) p.panel.dispose(); } });
};
