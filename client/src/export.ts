/**
 * "Export Plan Document" (`pocplan.exportDocument`): HTML (one self-contained file, printable to
 * PDF from a browser) or Markdown, written where the user says. The text is the editor's current
 * one, saved or not; the server renders it (`pocplan/render`) exactly as `pocplan render` would.
 */
import * as vscode from 'vscode';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../server/src/protocol-render';
import type { ClientFeature } from './features';
import { refuseTarget, writeExportFile, type ExportRefusal } from './export-target';
import { planDocument, whenRunning } from './preview';

interface FormatPick extends vscode.QuickPickItem { format: 'html' | 'md'; ext: string }

export const exportFeature: ClientFeature = (context, client) => {
  context.subscriptions.push(vscode.commands.registerCommand('pocplan.exportDocument', async (uri?: vscode.Uri) => {
    const doc = await planDocument(uri);
    if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a PoC plan (*.pocplan.yaml) to export its document.')); return; }
    const picks: FormatPick[] = [
      { label: 'HTML', description: vscode.l10n.t('one self-contained file; print it to PDF from a browser'), format: 'html', ext: 'html' },
      { label: 'Markdown', description: vscode.l10n.t('text with tables, for a wiki or a repository'), format: 'md', ext: 'md' },
    ];
    const pick = await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Export the plan document as') });
    if (!pick) return;
    const base = doc.uri.path.replace(/\.pocplan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
    const defaultUri = doc.uri.scheme === 'untitled' ? undefined : doc.uri.with({ path: `${base}.${pick.ext}` });
    const target = await vscode.window.showSaveDialog({
      ...(defaultUri ? { defaultUri } : {}),
      filters: pick.format === 'html' ? { HTML: ['html', 'htm'] } : { Markdown: ['md'] },
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return;
    const early = refuseTarget(target, doc.uri);
    if (early) { void vscode.window.showErrorMessage(refusalMessage(early, target, '')); return; }
    const params: RenderParams = { uri: doc.uri.toString(), version: doc.version, format: pick.format };
    let result: RenderResult | null;
    try {
      result = await (await whenRunning(client)).sendRequest<RenderResult | null>(RENDER_REQUEST, params);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The plan document could not be rendered: {0}', (e as Error)?.message ?? String(e)));
      return;
    }
    if (!result) return;
    if (target.scheme === 'file') {
      // On disk: the CLI's guarded write (identity, not path; no symlink; temporary file + rename).
      const failed = writeExportFile(target.fsPath, result.text, doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined);
      if (failed) { void vscode.window.showErrorMessage(refusalMessage(failed.refused, target, failed.detail)); return; }
    } else {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    }
    const openIt = pick.format === 'html' ? vscode.l10n.t('Open in Browser') : vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported the plan document to {0}.', target.scheme === 'file' ? target.fsPath : target.toString()), openIt);
    if (choice !== openIt) return;
    if (pick.format === 'html') await vscode.env.openExternal(target);
    else await vscode.window.showTextDocument(target);
  }));
};

/** The user's message for a refused export target (nothing was written). */
function refusalMessage(reason: ExportRefusal, target: vscode.Uri, detail: string): string {
  const name = target.scheme === 'file' ? target.fsPath : target.toString();
  switch (reason) {
    case 'plan': return vscode.l10n.t('Not exported: {0} is the plan itself. Choose another file name; nothing was changed.', name);
    case 'protected': return vscode.l10n.t('Not exported: {0} is a plan, a CSV device list or .pocplanrc.yaml, which an export never replaces. Choose another file name; nothing was changed.', name);
    case 'symlink': return vscode.l10n.t('Not exported: {0} is a symbolic link. Choose the file it points to or another name; nothing was changed.', name);
    case 'not-a-file': return vscode.l10n.t('Not exported: {0} is not a regular file; nothing was changed.', name);
    case 'failed': return vscode.l10n.t('The plan document could not be written to {0}: {1}', name, detail);
  }
}
