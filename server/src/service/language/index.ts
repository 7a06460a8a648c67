/**
 * The editing features of the language service (code actions, completion, hover, navigation,
 * inlay hints), each a function of the parsed plan. `createPlanService` mixes them into the facade;
 * they all take and return offsets (the LSP server converts at its edge).
 */
import { codeActions, fixAll, resolveAction, type ActionRequest, type PlanAction } from '../actions';
import type { FixContext } from '../actions/types';
import type { ParsedPlan, ServiceHost } from '../check';
import type { Settings } from '../config';
import type { PlanEdit } from '../edit';
import { t } from '../l10n';
import { complete, type PlanCompletion } from './complete';
import { hover, type PlanHover } from './hover';
import { inlayHints, type PlanInlayHint } from './inlay';
import { definition, highlights, prepareRename, references, rename, type RenameResult, type Span } from './navigation';
import { documentSymbols, foldingRanges, selectionRanges, type Fold, type PlanSymbol } from './symbols';

export type { ActionRequest, PlanAction } from '../actions';
export type { DiagnosticRef } from '../actions/types';
export type { TemplateData } from '../templates';
export type { CreateFile, PlanEdit, TextEdit } from '../edit';
export type { PlanCompletion, CompletionKind } from './complete';
export type { PlanHover } from './hover';
export type { PlanInlayHint } from './inlay';
export type { RenameResult, Span } from './navigation';
export type { Fold, PlanSymbol, SymbolKind } from './symbols';

export interface EditingFeatures {
  /** Quick fixes of the request's diagnostics (by code and payload), "Disable for this line", pattern and "Add …" templates, and `source.fixAll.pocplan` when asked for. */
  codeActions(uri: string, text: string, settings: Settings, request: ActionRequest): PlanAction[];
  /** The edit of an action listed with `data` (templates compute their edit only when picked). */
  resolveAction(uri: string, text: string, settings: Settings, data: unknown): PlanEdit | undefined;
  /** Every safe fix at once; undefined when there is none. */
  fixAll(uri: string, text: string, settings: Settings): PlanEdit | undefined;
  /** Keys, values and references that fit at `offset`. */
  complete(uri: string, text: string, settings: Settings, offset: number): PlanCompletion[];
  hover(uri: string, text: string, settings: Settings, offset: number): PlanHover | undefined;
  /** The outline: sections, firewalls and interfaces, switches, sites and segments (with their pattern). */
  documentSymbols(uri: string, text: string, settings: Settings): PlanSymbol[];
  foldingRanges(uri: string, text: string): Fold[];
  /** For each offset, the enclosing spans, innermost first. */
  selectionRanges(uri: string, text: string, offsets: readonly number[]): Span[][];
  /** Where the firewall, interface, switch, site or segment id under `offset` is defined. */
  definition(uri: string, text: string, offset: number): Span[];
  references(uri: string, text: string, offset: number, includeDeclaration: boolean): Span[];
  highlights(uri: string, text: string, offset: number): Array<Span & { write: boolean }>;
  prepareRename(uri: string, text: string, offset: number): (Span & { placeholder: string }) | undefined;
  /** Renames the id under `offset` and every reference to it; `{ error }` (localized) when the name is not usable. */
  rename(uri: string, text: string, offset: number, newName: string, settings: Settings): RenameResult;
  inlayHints(uri: string, text: string, settings: Settings, start: number, end: number): PlanInlayHint[];
}

export function editingFeatures(parse: (uri: string, text: string) => ParsedPlan, host: ServiceHost): EditingFeatures {
  const fixContext = (plan: ParsedPlan, settings: Settings): FixContext => ({
    plan, settings, lang: settings.lang, host, t: (id, args) => t(settings.lang, id, args),
  });
  return {
    codeActions: (uri, text, settings, request) => codeActions(fixContext(parse(uri, text), settings), request),
    resolveAction: (uri, text, settings, data) => resolveAction(fixContext(parse(uri, text), settings), data),
    fixAll: (uri, text, settings) => fixAll(fixContext(parse(uri, text), settings)),
    complete: (uri, text, settings, offset) => complete(parse(uri, text), offset, { lang: settings.lang, host }),
    hover: (uri, text, settings, offset) => hover(parse(uri, text), offset, settings),
    documentSymbols: (uri, text, settings) => documentSymbols(parse(uri, text), settings.lang),
    foldingRanges: (uri, text) => foldingRanges(parse(uri, text)),
    selectionRanges: (uri, text, offsets) => selectionRanges(parse(uri, text), offsets),
    definition: (uri, text, offset) => definition(parse(uri, text), offset),
    references: (uri, text, offset, includeDeclaration) => references(parse(uri, text), offset, includeDeclaration),
    highlights: (uri, text, offset) => highlights(parse(uri, text), offset),
    prepareRename: (uri, text, offset) => prepareRename(parse(uri, text), offset),
    rename: (uri, text, offset, newName, settings) => rename(parse(uri, text), offset, newName, settings.lang),
    inlayHints: (uri, text, settings, start, end) => inlayHints(parse(uri, text), start, end, settings.lang),
  };
}
