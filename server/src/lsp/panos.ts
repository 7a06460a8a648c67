/**
 * The PAN-OS bridge in the editor (protocol-panos.ts): *Import Firewall Configuration…* reads the
 * configuration file the user picked and answers with the edit of the open plan (computed by the
 * service, panos/import-edit.ts); *Export Firewall Configuration…* answers with the set commands or
 * XML of the open plan (panos/index.ts). The client applies the edit or writes the file.
 */
import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { containedIn } from '../service/check';
import { exportPanos, importConfig, readConfig } from '../service/panos';
import { describeReadProblem } from '../service/panos';
import { importEdit } from '../service/panos/import-edit';
import { renderLang } from '../service/render';
import { getString } from '../service/tree';
import { pathToUri, uriToPath } from '../node/host';
import { readConfigFile } from '../node/read-config';
import { EXPORT_PANOS_REQUEST, IMPORT_PANOS_REQUEST, type ExportPanosParams, type ExportPanosResult, type ImportPanosParams, type ImportPanosResult } from '../protocol-panos';
import { guardedRequest, type Feature, type ServerContext } from './context';
import { openPlan } from './editing';

const WAIT_FOR_VERSION_MS = 1500;

/** Waits (briefly) until the server has the document version the client saw. */
function atVersion(ctx: ServerContext, uri: string, version: number | undefined): Promise<void> {
  const doc = ctx.documents.get(uri);
  if (!doc || version === undefined || doc.version >= version) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => { clearTimeout(timer); sub.dispose(); resolve(); };
    const timer = setTimeout(done, WAIT_FOR_VERSION_MS);
    const sub = ctx.documents.onDidChangeContent((e) => { if (e.document.uri === uri && e.document.version >= version) done(); });
  });
}

export async function importRequest(ctx: ServerContext, params: ImportPanosParams): Promise<ImportPanosResult> {
  if (!params || typeof params.uri !== 'string' || typeof params.configUri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'pocplan/importPanos needs { uri, configUri }');
  await atVersion(ctx, params.uri, params.version);
  const plan = await openPlan(ctx, params.uri);
  if (!plan) throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not an open plan`);
  const file = uriToPath(params.configUri);
  const none = { edits: [], added: [], updated: [], notes: [] };
  if (!file) return { ...none, problem: `${params.configUri}: only files on disk can be imported` };
  const shown = path.basename(file);
  const text = readConfigFile(file, shown);
  if (typeof text !== 'string') return { ...none, problem: text.error };
  const read = readConfig(text);
  if (!read.ok) return { ...none, problem: `${shown}:${read.problem.line}:${read.problem.column}: ${describeReadProblem(read.problem)}` };
  const parsed = ctx.service.parse(plan.uri, plan.text);
  const lang = plan.settings.lang;
  // `runningConfig`: the file, relative to the plan, when it is inside the plan's workspace (drift checks then start at once).
  const planPath = uriToPath(plan.uri);
  const folder = ctx.service.host.workspaceFolder?.(plan.uri) ?? (planPath ? pathToUri(path.dirname(planPath)) : undefined);
  const runningConfig = planPath && folder && containedIn(folder, pathToUri(file)) ? path.relative(path.dirname(planPath), file).split(path.sep).join('/') : undefined;
  const panorama = read.config.kind === 'panorama';
  const r = importEdit(parsed, importConfig(read.config, new Set()), { lang, file: runningConfig ?? shown, panorama, ...(runningConfig ? { runningConfig } : {}) });
  return { edits: r.edit.edits.map((e) => ({ range: plan.lines.range(e.start, e.end), newText: e.newText })), added: r.added, updated: r.updated, notes: r.notes };
}

export async function exportRequest(ctx: ServerContext, params: ExportPanosParams): Promise<ExportPanosResult> {
  if (!params || typeof params.uri !== 'string' || (params.format !== 'set' && params.format !== 'xml')) throw new ResponseError(ErrorCodes.InvalidParams, 'pocplan/exportPanos needs { uri, format: "set" | "xml" }');
  await atVersion(ctx, params.uri, params.version);
  const doc = ctx.documents.get(params.uri);
  const text = doc ? doc.getText() : ctx.service.host.readFile(params.uri);
  if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${params.uri}`);
  const settings = await ctx.settingsFor(params.uri);
  const parsed = ctx.service.parse(params.uri, text);
  // The comments follow the plan's `locale:` when it has one (as its document does), else the editor's language.
  const lang = getString(parsed.model.root, 'locale') !== undefined ? renderLang(parsed) : settings.lang;
  const errors = ctx.service.check(params.uri, text, { ...settings, lang }).diagnostics.filter((d) => d.severity === 'error').length;
  const firewalls = parsed.model.firewalls.map((f) => f.id).filter((id): id is string => id !== undefined);
  if (errors && !params.force) return { errors, firewalls, reason: 'errors' };
  const shown = path.basename(uriToPath(params.uri) ?? params.uri);
  const r = exportPanos(parsed.model, { format: params.format, lang, plan: shown, ...(typeof params.firewall === 'string' ? { firewall: params.firewall } : {}), ...(errors ? { errors } : {}) });
  return r.ok ? { text: r.text, errors, firewalls } : { errors, firewalls, reason: r.reason };
}

export const panosFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(IMPORT_PANOS_REQUEST, guardedRequest(ctx, 'import', (p: ImportPanosParams) => importRequest(ctx, p)));
    ctx.connection.onRequest(EXPORT_PANOS_REQUEST, guardedRequest(ctx, 'export', (p: ExportPanosParams) => exportRequest(ctx, p)));
  },
};
