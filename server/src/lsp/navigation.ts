/** Go to definition, find references, document highlights, rename (with prepareRename). */
import { DocumentHighlightKind, ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import type { Feature } from './context';
import { withPlan } from './editing';

export const navigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, documentHighlightProvider: true, renameProvider: { prepareProvider: true } },
  register(ctx) {
    const c = ctx.connection;
    c.onDefinition((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) =>
      ctx.service.definition(p.uri, p.text, p.lines.offsetAt(params.position)).map((s) => ({ uri: p.uri, range: p.lines.range(s.start, s.end) }))));
    c.onReferences((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) =>
      ctx.service.references(p.uri, p.text, p.lines.offsetAt(params.position), params.context.includeDeclaration).map((s) => ({ uri: p.uri, range: p.lines.range(s.start, s.end) }))));
    c.onDocumentHighlight((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) =>
      ctx.service.highlights(p.uri, p.text, p.lines.offsetAt(params.position)).map((s) => ({ range: p.lines.range(s.start, s.end), kind: s.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }))));
    c.onPrepareRename((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const r = ctx.service.prepareRename(p.uri, p.text, p.lines.offsetAt(params.position));
      return r ? { range: p.lines.range(r.start, r.end), placeholder: r.placeholder } : null;
    }));
    c.onRenameRequest(async (params, token) => {
      const result = await withPlan<WorkspaceEdit | string | null>(ctx, params.textDocument.uri, null, token, (p) => {
        const r = ctx.service.rename(p.uri, p.text, p.lines.offsetAt(params.position), params.newName, p.settings);
        if ('error' in r) return r.error;
        return { changes: { [p.uri]: r.edits.map((e) => ({ range: p.lines.range(e.start, e.end), newText: e.newText })) } };
      });
      // A name that cannot be used is an error the editor shows, not an empty rename.
      if (typeof result === 'string') throw new ResponseError(ErrorCodes.InvalidParams, result);
      return result;
    });
  },
};
