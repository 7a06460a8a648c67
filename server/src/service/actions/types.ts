/**
 * Quick fixes: one provider per diagnostic code (or a few codes that share a fix), each in its own
 * file, listed in actions/index.ts. A provider reads the diagnostic's `data` payload (never its
 * message, which is translated) and the plan, and returns fixes as minimal edits.
 */
import type { ParsedPlan, ServiceHost } from '../check';
import type { Settings } from '../config';
import type { PlanEdit } from '../edit';
import type { Lang } from '../l10n';
import type { TemplateData } from '../templates';

/** A diagnostic as a code action request carries it: code, offsets in the plan, payload. */
export interface DiagnosticRef {
  code: string;
  start: number;
  end: number;
  data?: unknown;
}

export interface Fix {
  title: string;
  /** The edit; absent for a template, whose edit is computed from `data` when the user picks it. */
  edit?: PlanEdit;
  data?: TemplateData;
  /** The fix an editor may apply with one key ("auto fix"). */
  preferred?: boolean;
  /** The one unambiguous fix for its diagnostic: `source.fixAll.pocplan` applies it. */
  safe?: boolean;
  /**
   * By design the fix does not make its diagnostic go away on its own, and its title says what is
   * left to do (a placeholder to replace, a stub to fill in). Every other fix removes its
   * diagnostic and adds no error or warning: test/fix-props.ts holds them all to it.
   */
  keepsDiagnostic?: boolean;
  /**
   * The fix renames a key the checks ignored (a misspelt `iotLicence` becomes `iotLicense`): its
   * value counts from now on, so findings about that value may appear — they are the plan's, not
   * the fix's (test/fix-props.ts allows them on the renamed pair, and nowhere else).
   */
  reveals?: boolean;
}

export interface FixContext {
  plan: ParsedPlan;
  settings: Settings;
  lang: Lang;
  host: ServiceHost;
  /** A message from the actions catalog in the settings' language. */
  t(id: string, args?: Readonly<Record<string, string | number>>): string;
  /** Set by *Fix all*, which applies safe fixes only: a provider may skip computing the others. */
  onlySafe?: boolean;
}

export interface FixProvider {
  readonly codes: readonly string[];
  fixes(d: DiagnosticRef, ctx: FixContext): Fix[];
}
