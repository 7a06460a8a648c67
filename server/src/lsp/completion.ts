/** Completion: keys, values, references, CSV files and PAN-OS versions from the service. */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { CompletionKind } from '../service';
import type { Feature } from './context';
import { withPlan } from './editing';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  file: CompletionItemKind.File,
  version: CompletionItemKind.Constant,
  date: CompletionItemKind.Constant,
};

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', ':', '/'], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCompletion((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const offset = p.lines.offsetAt(params.position);
      const items = ctx.service.complete(p.uri, p.text, p.settings, offset).map((c): CompletionItem => ({
        label: c.label,
        kind: KIND[c.kind],
        ...(c.detail ? { detail: c.detail } : {}),
        ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
        textEdit: { range: p.lines.range(c.start, c.end), newText: c.insertText },
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        sortText: c.sortText,
        ...(c.filterText ? { filterText: c.filterText } : {}),
      }));
      return { isIncomplete: false, items };
    }));
  },
};
