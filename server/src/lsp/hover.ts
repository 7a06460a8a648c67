/** Hover: schema docs, license facts, reference summaries, rule explanations. */
import { MarkupKind } from 'vscode-languageserver';
import type { Feature } from './context';
import { withPlan } from './editing';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const h = ctx.service.hover(p.uri, p.text, p.settings, p.lines.offsetAt(params.position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: p.lines.range(h.start, h.end) } : null;
    }));
  },
};
