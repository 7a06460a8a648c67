/**
 * What the service reports. Inside the service a finding is offsets + a code + message arguments;
 * `toDiagnostic` turns it into the outside shape (LSP range, localized message, severity after
 * configuration) exactly once, at the edge.
 */
import type { Range } from './text';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type MessageArgs = Record<string, string | number>;

export interface RelatedFinding {
  start: number;
  end: number;
  /** Catalog id of the related message (e.g. `related.license`). */
  messageId: string;
  args?: MessageArgs;
  /** Another document (a CSV); absent means the plan itself. */
  uri?: string;
}

export interface Finding {
  code: string;
  start: number;
  end: number;
  /** Catalog id when it differs from the code (`license.incompatible/firewall-type`). */
  messageId?: string;
  args?: MessageArgs;
  /** Overrides the code's default severity for this one finding (rare: e.g. a YAML warning). */
  severity?: Severity;
  related?: RelatedFinding[];
  /** Payload for quick fixes, keyed on the code. Must be JSON. */
  data?: unknown;
  /** The document the finding belongs to; absent means the plan. CSV findings name their CSV. */
  uri?: string;
}

export interface RelatedInformation { uri: string; range: Range; message: string }

/** A diagnostic as the CLI, the LSP server and the tests see it. */
export interface PlanDiagnostic {
  uri: string;
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Offsets in `uri`'s text, kept for code actions. */
  start: number;
  end: number;
  related: RelatedInformation[];
  /** Link to the rule's documentation page. */
  href: string;
  data?: unknown;
}

export interface Suppression {
  uri: string;
  code: string;
  /** The comment's range. */
  range: Range;
  reason: string | undefined;
  /** The diagnostics it silenced. */
  silenced: PlanDiagnostic[];
}
