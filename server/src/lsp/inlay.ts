/** Inlay hints: pattern after each segment id, license margin, tenant window end. */
import { type InlayHint } from 'vscode-languageserver';
import type { Feature } from './context';
import { withPlan } from './editing';

export const inlayFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register(ctx) {
    ctx.connection.languages.inlayHint.on((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const start = p.lines.offsetAt(params.range.start);
      const end = p.lines.offsetAt(params.range.end);
      return ctx.service.inlayHints(p.uri, p.text, p.settings, start, end).map((h): InlayHint => ({
        position: p.lines.positionAt(h.offset), label: h.label, paddingLeft: true, ...(h.tooltip ? { tooltip: h.tooltip } : {}),
      }));
    }));
  },
};
