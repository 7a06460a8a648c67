/**
 * Code actions: the service's quick fixes (selected by diagnostic code, payload from `data`),
 * suppressions, pattern and "Add …" templates, and `source.fixAll.pocplan`. Templates are listed
 * without their edit and resolved (`codeAction/resolve`) when the user picks one, so the lightbulb
 * stays instant on large plans.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { DiagnosticRef } from '../service';
import type { Feature } from './context';
import { toWorkspaceEdit, withPlan, type OpenPlan } from './editing';

export const FIX_ALL_KIND = 'source.fixAll.pocplan';
const PATTERN_KIND = 'refactor.rewrite.pocplan.pattern';
const ADD_KIND = 'refactor.rewrite.pocplan.add';

/** What a listed template carries to its resolve request. */
interface ResolveData { uri: string; version: number; template: unknown }

function toRef(p: OpenPlan, d: Diagnostic): DiagnosticRef | undefined {
  if (d.source !== undefined && d.source !== 'pocplan') return undefined;
  if (typeof d.code !== 'string') return undefined;
  return { code: d.code, start: p.lines.offsetAt(d.range.start), end: p.lines.offsetAt(d.range.end), data: d.data };
}

function isResolveData(x: unknown): x is ResolveData {
  return !!x && typeof x === 'object' && typeof (x as ResolveData).uri === 'string' && typeof (x as ResolveData).version === 'number';
}

export const codeActionsFeature: Feature = {
  capabilities: {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, PATTERN_KIND, ADD_KIND, FIX_ALL_KIND], resolveProvider: true },
  },
  register(ctx) {
    ctx.connection.onCodeAction((params, token) => withPlan(ctx, params.textDocument.uri, null, token, (p) => {
      const refs: DiagnosticRef[] = [];
      const lsp: Diagnostic[] = [];
      for (const d of params.context.diagnostics) { const r = toRef(p, d); if (r) { refs.push(r); lsp.push(d); } }
      const actions = ctx.service.codeActions(p.uri, p.text, p.settings, {
        start: p.lines.offsetAt(params.range.start), end: p.lines.offsetAt(params.range.end), diagnostics: refs,
        ...(params.context.only ? { only: params.context.only } : {}),
      });
      return actions.map((a): CodeAction => ({
        title: a.title,
        kind: a.kind,
        ...(a.edit ? { edit: toWorkspaceEdit(p, a.edit) } : { data: { uri: p.uri, version: p.doc.version, template: a.data } satisfies ResolveData }),
        ...(a.diagnostics?.length ? { diagnostics: a.diagnostics.map((i) => lsp[i]!) } : {}),
        ...(a.preferred ? { isPreferred: true } : {}),
      }));
    }));

    ctx.connection.onCodeActionResolve(async (action, token) => {
      const data = action.data;
      if (!isResolveData(data)) return action;
      return withPlan(ctx, data.uri, action, token, (p) => {
        // A template computed for another version of the plan could land in the wrong place.
        if (p.doc.version !== data.version) return action;
        const edit = ctx.service.resolveAction(p.uri, p.text, p.settings, data.template);
        return edit ? { ...action, edit: toWorkspaceEdit(p, edit) } : action;
      });
    });
  },
};
