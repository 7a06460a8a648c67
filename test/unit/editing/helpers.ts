/**
 * Helpers for the editing tests: a service over in-memory files, a cursor marker, and code actions
 * applied as text before → after.
 */
import * as assert from 'node:assert/strict';
import { createPlanService, mergeSettings, type ActionRequest, type PartialSettings, type PlanAction, type PlanDiagnostic, type PlanEdit, type PlanService, type Settings } from '../../../server/src/service';
import { applyEdits } from '../../../server/src/service/edit';
import { dedent, PLAN_URI, WS } from '../../helpers';

/** The cursor in inline plans: `¦` (removed before use). */
export const CURSOR = '¦';

export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker ¦ in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

/** Files of the in-memory workspace, by path relative to it (`devices/a.csv`). */
export type Files = Record<string, string>;

export function makeService(files: Files = {}): PlanService {
  const byUri = (): Map<string, string> => new Map(Object.entries(files).map(([k, v]) => [WS + k, v]));
  return createPlanService({
    host: {
      readFile: (uri) => byUri().get(uri),
      workspaceFolder: () => WS,
      listFiles: (dir) => {
        const base = dir.endsWith('/') ? dir : `${dir}/`;
        const names = new Map<string, boolean>();
        for (const uri of byUri().keys()) {
          if (!uri.startsWith(base)) continue;
          const rest = uri.slice(base.length);
          const slash = rest.indexOf('/');
          names.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
        }
        return [...names].map(([name, directory]) => ({ name, directory }));
      },
    },
  });
}

export function settings(extra: PartialSettings = {}): Settings {
  return mergeSettings(extra);
}

export function diagnostics(text: string, files: Files = {}, extra: PartialSettings = {}): PlanDiagnostic[] {
  return makeService(files).check(PLAN_URI, text, settings(extra)).diagnostics;
}

/** Errors and warnings as `code` strings (infos and hints are advice). */
export function problems(text: string, files: Files = {}, extra: PartialSettings = {}): string[] {
  return diagnostics(text, files, extra).filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}@${d.range.start.line + 1}`);
}

/** An action with its edit: templates are listed without one and resolved when picked. */
export type ResolvedAction = PlanAction & { edit: PlanEdit };

/** Code actions as an editor applies them: each one resolved to its edit. */
export function codeActions(service: PlanService, text: string, s: Settings, req: ActionRequest): ResolvedAction[] {
  return service.codeActions(PLAN_URI, text, s, req).map((a) => {
    const edit = a.edit ?? service.resolveAction(PLAN_URI, text, s, a.data);
    assert.ok(edit, `${a.title} has an edit`);
    return { ...a, edit };
  });
}

/** The lightbulb of the first diagnostic with `code`: its quick fixes. */
export function fixesFor(text: string, code: string, files: Files = {}, extra: PartialSettings = {}): ResolvedAction[] {
  const service = makeService(files);
  const s = settings(extra);
  const diags = service.check(PLAN_URI, text, s).diagnostics.filter((d) => d.code === code);
  assert.ok(diags.length, `expected ${code}; got ${service.check(PLAN_URI, text, s).diagnostics.map((d) => d.code).join(', ')}`);
  return codeActions(service, text, s, { start: diags[0]!.start, end: diags[0]!.end, diagnostics: [diags[0]!], only: ['quickfix'] });
}

export function apply(text: string, edit: PlanEdit): string {
  return applyEdits(text, edit.edits);
}

export function titles(actions: readonly PlanAction[]): string[] {
  return actions.map((a) => a.title);
}

/** The action whose title contains `part` (exactly one). */
export function pick<A extends PlanAction>(actions: readonly A[], part: string): A {
  const hits = actions.filter((a) => a.title.includes(part));
  assert.equal(hits.length, 1, `one action titled …${part}…; got: ${titles(actions).join(' | ')}`);
  return hits[0]!;
}

/**
 * Asserts that the fix titled `part` for `code` turns `before` into `after` and that `code` no
 * longer fires on that spot. Both texts are dedented.
 */
export function expectFix(before: string, code: string, part: string, after: string, files: Files = {}, extra: PartialSettings = {}): string {
  const b = dedent(before);
  const action = pick(fixesFor(b, code, files, extra), part);
  const got = apply(b, action.edit);
  assert.equal(got, dedent(after));
  const left = diagnostics(got, { ...files, ...createdFiles(action.edit) }, extra).filter((d) => d.code === code);
  assert.deepEqual(left.map((d) => `${d.code}@${d.range.start.line + 1}`), [], `${code} should be fixed`);
  return got;
}

/** Files an edit creates, as workspace-relative paths. */
export function createdFiles(edit: PlanEdit): Files {
  const out: Files = {};
  for (const c of edit.createFiles ?? []) out[c.uri.startsWith(WS) ? c.uri.slice(WS.length) : c.uri] = c.text;
  return out;
}

export { dedent, PLAN_URI, WS };
