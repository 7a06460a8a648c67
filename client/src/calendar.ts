/**
 * *PoC Plan: Export Deadlines to Calendar…* (`pocplan.exportCalendar`): the plan's deadlines as
 * an .ics file where the save dialog says, for the engineer's calendar application. The server
 * makes the calendar (`pocplan/calendar`) from the editor's current text; this side asks, and
 * writes through node/safe-write.ts (never over the plan, a plan or a device list). A plan with
 * errors is exported only when the user confirms, as `pocplan export ics` needs `--force`.
 * The preview's "Add these dates to your calendar" link runs this command for its plan.
 *
 * Called with `(planUri, { target, force })` it asks nothing (automation, tests).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { writeFileSafely } from '../../server/src/node/safe-write';
import { CALENDAR_REQUEST, type CalendarParams, type CalendarResult } from '../../server/src/protocol';
import type { ClientFeature } from './features';
import { planDocument, whenRunning } from './preview';

export interface ExportCalendarOptions { target?: vscode.Uri | string; force?: boolean }

async function write(target: vscode.Uri, text: string, plan: vscode.Uri): Promise<void> {
  if (target.scheme === 'file') { writeFileSafely(target.fsPath, text, { inputs: plan.scheme === 'file' ? [plan.fsPath] : [] }); return; }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}

export async function exportCalendarCommand(client: () => LanguageClient | undefined, uri?: vscode.Uri, opts: ExportCalendarOptions = {}): Promise<vscode.Uri | undefined> {
  const doc = await planDocument(uri);
  if (!doc) { void vscode.window.showWarningMessage(vscode.l10n.t('Open a PoC plan (*.pocplan.yaml) to export its deadlines.')); return undefined; }
  const params: CalendarParams = { uri: doc.uri.toString(), version: doc.version };
  let cal: CalendarResult | null;
  try {
    cal = await (await whenRunning(client)).sendRequest<CalendarResult | null>(CALENDAR_REQUEST, params);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The deadlines could not be exported: {0}', (e as Error)?.message ?? String(e)));
    return undefined;
  }
  if (!cal) return undefined;
  if (!cal.events.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The plan has no dates to put in a calendar yet (poc.start, poc.end, iotLicense.expires, tenant.prodLicenseDate).'));
    return undefined;
  }
  if (cal.errors && !opts.force) {
    const anyway = vscode.l10n.t('Export Anyway');
    const pick = await vscode.window.showWarningMessage(
      vscode.l10n.t('The plan has {0} error(s): deadlines from a plan that does not check may be wrong.', cal.errors),
      { modal: true, detail: vscode.l10n.t('Fix the errors first, or export the deadlines as they are.') }, anyway);
    if (pick !== anyway) return undefined;
  }
  let target = opts.target ? (typeof opts.target === 'string' ? vscode.Uri.parse(opts.target) : opts.target) : undefined;
  if (!target) {
    const base = doc.uri.path.replace(/\.pocplan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
    target = await vscode.window.showSaveDialog({
      ...(doc.uri.scheme === 'untitled' ? {} : { defaultUri: doc.uri.with({ path: `${base}.ics` }) }),
      filters: { iCalendar: ['ics'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Deadlines to Calendar'),
    });
    if (!target) return undefined;
  }
  try {
    await write(target, cal.text, doc.uri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The deadlines could not be exported: {0}', (e as Error)?.message ?? String(e)));
    return undefined;
  }
  const shown = target.scheme === 'file' ? target.fsPath : target.toString();
  const message = vscode.l10n.t('Exported {0} deadline(s) to {1}: open the file with your calendar application to add them.', cal.events.length, shown)
    + (cal.skipped.length ? ` ${vscode.l10n.t('Not in the calendar: {0}', cal.skipped.join('; '))}` : '');
  if (opts.target) { void vscode.window.showInformationMessage(message); return target; }
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(message, open).then((c) => { if (c === open) void vscode.env.openExternal(target!); });
  return target;
}

export const calendarFeature: ClientFeature = (context, client) => {
  context.subscriptions.push(vscode.commands.registerCommand('pocplan.exportCalendar', (uri?: vscode.Uri, opts?: ExportCalendarOptions) =>
    exportCalendarCommand(client, uri instanceof vscode.Uri ? uri : undefined, opts && typeof opts === 'object' ? opts : {})));
};
