/**
 * `pocplan/render` (protocol-render.ts): the plan document for the preview webview and for export.
 * Renders the latest text the server has; when the client names a newer version than the server
 * has seen, it waits briefly for that change to arrive, so the preview never lags a keystroke.
 */
import { ResponseError, ErrorCodes, type CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renderLang, renderPlanParts } from '../service/render';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../protocol-render';
import { guardedRequest, type Feature, type ServerContext } from './context';
import { remindDaysFor } from './calendar-settings';

const WAIT_FOR_VERSION_MS = 1500;

/** The open document once it has reached `version` (or after a short wait); undefined when not open. */
export function documentAt(ctx: ServerContext, uri: string, version: number | undefined): Promise<TextDocument | undefined> {
  const doc = ctx.documents.get(uri);
  if (!doc || version === undefined || doc.version >= version) return Promise.resolve(doc);
  return new Promise((resolve) => {
    const done = (d: TextDocument | undefined): void => { clearTimeout(timer); sub.dispose(); resolve(d); };
    const timer = setTimeout(() => done(ctx.documents.get(uri)), WAIT_FOR_VERSION_MS);
    const sub = ctx.documents.onDidChangeContent((e) => { if (e.document.uri === uri && e.document.version >= version) done(e.document); });
  });
}

export async function renderRequest(ctx: ServerContext, params: RenderParams, token?: CancellationToken): Promise<RenderResult | null> {
  if (!params || typeof params.uri !== 'string' || (params.format !== 'md' && params.format !== 'html')) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'pocplan/render needs { uri, format: "md" | "html" }');
  }
  const doc = await documentAt(ctx, params.uri, params.version);
  if (token?.isCancellationRequested) return null;
  const text = doc ? doc.getText() : ctx.service.host.readFile(params.uri);
  if (text === undefined) throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${params.uri}`);
  const settings = await ctx.settingsFor(params.uri);
  const parsed = ctx.service.parse(params.uri, text);
  const lang = renderLang(parsed, params.lang);
  const result = ctx.service.check(params.uri, text, { ...settings, lang });
  const preview = params.preview && typeof params.preview.nonce === 'string' && typeof params.preview.cspSource === 'string' ? params.preview : undefined;
  // An exported HTML document carries its deadlines as an .ics link, stamped now.
  const calendar = !preview && params.format === 'html' ? { now: Date.now(), remindDays: await remindDaysFor(ctx, params.uri) } : undefined;
  const parts = renderPlanParts(parsed, result, { format: params.format, lang, matrix: settings.licenseMatrix, ...(preview ? { preview } : {}), ...(calendar ? { calendar } : {}) });
  return { uri: params.uri, version: doc?.version, text: parts.text, body: parts.body, lang };
}

export const previewFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(RENDER_REQUEST, guardedRequest(ctx, 'render', (params: RenderParams, token) => renderRequest(ctx, params, token), 'the plan document could not be rendered'));
  },
};
