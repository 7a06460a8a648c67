/**
 * Shared by the editing features: the open plan behind a request (text, line index, settings) and
 * the one conversion of the service's offset-based edits to LSP workspace edits.
 */
import type { CancellationToken, TextDocumentEdit, CreateFile, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type PlanEdit, type Settings } from '../service';
import { isPlanUri, type ServerContext } from './context';

export interface OpenPlan {
  uri: string;
  doc: TextDocument;
  text: string;
  lines: LineIndex;
  settings: Settings;
}

/** The open plan for `uri`, or undefined (not open, or not a plan). */
export async function openPlan(ctx: ServerContext, uri: string): Promise<OpenPlan | undefined> {
  const doc = ctx.documents.get(uri);
  if (!doc || !isPlanUri(uri)) return undefined;
  const settings = await ctx.settingsFor(uri);
  const current = ctx.documents.get(uri);
  if (!current) return undefined;
  const text = current.getText();
  return { uri, doc: current, text, lines: new LineIndex(text), settings };
}

/**
 * Runs a handler on the open plan; a failure is logged and answered with `fallback`, never thrown.
 * A request cancelled while its settings were fetched (a round trip to the client) does no work.
 */
export async function withPlan<R>(ctx: ServerContext, uri: string, fallback: R, token: CancellationToken | undefined, fn: (p: OpenPlan) => R | Promise<R>): Promise<R> {
  try {
    const p = await openPlan(ctx, uri);
    if (!p || token?.isCancellationRequested) return fallback;
    return await fn(p);
  } catch (e) {
    ctx.log(`pocplan: request failed for ${uri}: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

/**
 * A service edit as an LSP workspace edit: plain `changes` when it only edits the plan, else
 * `documentChanges` that create each new file and then fill it.
 */
export function toWorkspaceEdit(p: OpenPlan, edit: PlanEdit): WorkspaceEdit {
  const edits = edit.edits.map((e) => ({ range: p.lines.range(e.start, e.end), newText: e.newText }));
  if (!edit.createFiles?.length) return { changes: { [p.uri]: edits } };
  const changes: Array<TextDocumentEdit | CreateFile> = [];
  if (edits.length) changes.push({ textDocument: { uri: p.uri, version: p.doc.version }, edits });
  for (const f of edit.createFiles) {
    // Never ignoreIfExists: the text below is inserted at 0:0, so over an existing file (one created
    // since the fix was computed) it would put a stub in front of the user's list. Without it the
    // editor refuses the whole edit when the file exists.
    changes.push({ kind: 'create', uri: f.uri, options: { overwrite: false, ignoreIfExists: false } });
    changes.push({ textDocument: { uri: f.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: f.text }] });
  }
  return { documentChanges: changes };
}
