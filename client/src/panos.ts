/**
 * The PAN-OS bridge in VS Code. The server does the work (`pocplan/importPanos`,
 * `pocplan/exportPanos`, protocol-panos.ts); this side picks files and applies what it gets.
 *
 * - *Import Firewall Configuration…* (`pocplan.importFirewallConfig`): an exported configuration
 *   (XML) → the open plan's `firewalls:`, as one undoable edit. A firewall the plan already has is
 *   offered as an update, never added twice. A second argument (the configuration's uri) skips the
 *   file dialog, for tests and other extensions.
 * - *Export Firewall Configuration…* (`pocplan.exportFirewallConfig`): the plan's firewalls as
 *   configuration-mode set commands or as XML, written where the save dialog says. A plan with
 *   errors is exported only when the user says so.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_PANOS_REQUEST, IMPORT_PANOS_REQUEST, type ExportPanosParams, type ExportPanosResult, type ImportPanosParams, type ImportPanosResult,
} from '../../server/src/protocol-panos';
import type { ClientFeature } from './features';
import { planDocument, whenRunning } from './preview';

let output: vscode.OutputChannel | undefined;

function showNotes(notes: readonly string[]): void {
  output ??= vscode.window.createOutputChannel(vscode.l10n.t('PoC Plan: PAN-OS import'));
  output.clear();
  for (const n of notes) output.appendLine(n);
  output.show(true);
}

async function importConfig(client: () => LanguageClient | undefined, planUri?: vscode.Uri, configUri?: vscode.Uri): Promise<void> {
  const doc = await planDocument(planUri);
  if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a PoC plan (*.pocplan.yaml) to import a firewall configuration into it.')); return; }
  let config = configUri;
  if (!(config instanceof vscode.Uri)) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      ...(doc.uri.scheme === 'file' ? { defaultUri: vscode.Uri.joinPath(doc.uri, '..') } : {}),
      filters: { [vscode.l10n.t('PAN-OS configuration (XML)')]: ['xml'] },
      openLabel: vscode.l10n.t('Import'),
      title: vscode.l10n.t('Import Firewall Configuration'),
    });
    config = picked?.[0];
    if (!config) return;
  }
  const params: ImportPanosParams = { uri: doc.uri.toString(), version: doc.version, configUri: config.toString() };
  let r: ImportPanosResult;
  try {
    r = await (await whenRunning(client)).sendRequest<ImportPanosResult>(IMPORT_PANOS_REQUEST, params);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The firewall configuration could not be imported: {0}', (e as Error)?.message ?? String(e)));
    return;
  }
  if (r.problem) { void vscode.window.showErrorMessage(vscode.l10n.t('The firewall configuration could not be imported: {0}', r.problem)); return; }
  if (r.updated.length && !configUri) {
    const update = vscode.l10n.t('Update');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('The plan already has {0}: update it from the configuration (mode, zone, Device-ID, relays, DHCP server, multicast firewalling, version)?', r.updated.join(', ')),
      { modal: true }, update);
    if (choice !== update) return;
  }
  if (!r.edits.length) { void vscode.window.showInformationMessage(vscode.l10n.t('The plan already says what the configuration says.')); return; }
  const edit = new vscode.WorkspaceEdit();
  for (const e of r.edits) edit.replace(doc.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) { void vscode.window.showErrorMessage(vscode.l10n.t('The plan changed while importing: try again.')); return; }
  const notesLabel = vscode.l10n.t('Show Notes');
  const message = vscode.l10n.t('Imported from {0}: added {1}; updated {2}.', vscode.workspace.asRelativePath(config), r.added.join(', ') || '-', r.updated.join(', ') || '-');
  void vscode.window.showInformationMessage(message, ...(r.notes.length ? [notesLabel] : [])).then((c) => { if (c === notesLabel) showNotes(r.notes); });
}

interface FormatPick extends vscode.QuickPickItem { format: 'set' | 'xml' }

async function exportConfig(client: () => LanguageClient | undefined, planUri?: vscode.Uri): Promise<void> {
  const doc = await planDocument(planUri);
  if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a PoC plan (*.pocplan.yaml) to export its firewall configuration.')); return; }
  const picks: FormatPick[] = [
    { label: vscode.l10n.t('Set commands'), description: vscode.l10n.t('configuration-mode commands to paste into the firewall CLI, with comments'), format: 'set' },
    { label: 'XML', description: vscode.l10n.t('one firewall\'s configuration, to load as a partial configuration'), format: 'xml' },
  ];
  const pick = await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Export the firewall configuration as') });
  if (!pick) return;
  const params: ExportPanosParams = { uri: doc.uri.toString(), version: doc.version, format: pick.format };
  const send = async (): Promise<ExportPanosResult | undefined> => {
    try { return await (await whenRunning(client)).sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, params); } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The firewall configuration could not be exported: {0}', (e as Error)?.message ?? String(e)));
      return undefined;
    }
  };
  let r = await send();
  for (let round = 0; r && !r.text && round < 3; round++) {
    if (r.reason === 'no-firewalls') { void vscode.window.showWarningMessage(vscode.l10n.t('The plan has no firewalls: nothing to export.')); return; }
    if (r.reason === 'errors') {
      const anyway = vscode.l10n.t('Export Anyway');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('The plan has {0} errors; the configuration may not work. Export anyway?', r.errors), { modal: true }, anyway);
      if (choice !== anyway) return;
      params.force = true;
    } else {
      const id = await vscode.window.showQuickPick(r.firewalls, { placeHolder: vscode.l10n.t('The XML holds one firewall: choose it') });
      if (!id) return;
      params.firewall = id;
    }
    r = await send();
  }
  if (!r?.text) return;
  const base = doc.uri.path.replace(/\.pocplan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  const suffix = params.firewall ? `-${params.firewall}` : '';
  const ext = pick.format === 'xml' ? 'xml' : 'set.txt';
  const target = await vscode.window.showSaveDialog({
    ...(doc.uri.scheme === 'untitled' ? {} : { defaultUri: doc.uri.with({ path: `${base}${suffix}.${ext}` }) }),
    filters: pick.format === 'xml' ? { XML: ['xml'] } : { [vscode.l10n.t('Set commands')]: ['txt', 'set'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;
  if (/\.(pocplan\.ya?ml|csv)$/i.test(target.path) || target.toString() === doc.uri.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('A plan or a device list is never overwritten by an export: choose another file.'));
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.text));
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported the firewall configuration to {0}.', target.scheme === 'file' ? target.fsPath : target.toString()), open);
  if (choice === open) await vscode.window.showTextDocument(target);
}

export const panosFeature: ClientFeature = (context, client) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('pocplan.importFirewallConfig', (planUri?: vscode.Uri, configUri?: vscode.Uri) => importConfig(client, planUri, configUri)),
    vscode.commands.registerCommand('pocplan.exportFirewallConfig', (planUri?: vscode.Uri) => exportConfig(client, planUri)),
    { dispose: () => { output?.dispose(); } },
  );
};
