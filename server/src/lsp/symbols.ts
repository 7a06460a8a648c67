/** Outline, folding and selection ranges. */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type SelectionRange } from 'vscode-languageserver';
import type { PlanSymbol, SymbolKind as PlanSymbolKind } from '../service';
import type { Feature } from './context';
import { withPlan, type OpenPlan } from './editing';

const KIND: Record<PlanSymbolKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  key: SymbolKind.Property,
  firewall: SymbolKind.Class,
  interface: SymbolKind.Interface,
  switch: SymbolKind.Class,
  site: SymbolKind.Module,
  segment: SymbolKind.Struct,
};

function toSymbol(p: OpenPlan, s: PlanSymbol): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: KIND[s.kind],
    range: p.lines.range(s.start, s.end),
    selectionRange: p.lines.range(s.selStart, s.selEnd),
    children: s.children.map((c) => toSymbol(p, c)),
  };
}

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true, foldingRangeProvider: true, selectionRangeProvider: true },
  register(ctx) {
    ctx.connection.onDocumentSymbol((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) =>
      ctx.service.documentSymbols(p.uri, p.text, p.settings).map((s) => toSymbol(p, s))));
    ctx.connection.onFoldingRanges((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) =>
      ctx.service.foldingRanges(p.uri, p.text).map((f) => ({ startLine: f.startLine, endLine: f.endLine, ...(f.comment ? { kind: FoldingRangeKind.Comment } : {}) }))));
    ctx.connection.onSelectionRanges((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const chains = ctx.service.selectionRanges(p.uri, p.text, params.positions.map((pos) => p.lines.offsetAt(pos)));
      return chains.map((spans, i): SelectionRange => {
        let parent: SelectionRange | undefined;
        for (let k = spans.length - 1; k >= 0; k--) parent = { range: p.lines.range(spans[k]!.start, spans[k]!.end), ...(parent ? { parent } : {}) };
        return parent ?? { range: { start: params.positions[i]!, end: params.positions[i]! } };
      });
    }));
  },
};
