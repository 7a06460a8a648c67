/**
 * A rule: one domain check with a stable code. Rules read the plan model and report findings;
 * they never throw (the runner catches anyway) and never read files.
 */
import type { Settings } from '../config';
import type { Finding, Severity } from '../diagnostics';
import type { PlanModel } from '../model';
import type { CsvReport } from '../csv';
import type { MatrixReading } from '../license/matrix';
import type { RunningConfigReport } from '../panos/running-config';

export type Basis = 'sourced' | 'inferred' | 'sourced-conflict' | 'contract';

export interface CodeMeta {
  code: string;
  /** Severity under the default profile. Rules added after the v1 contract are `info` here. */
  severity: Severity;
  /** Severity under `profile: strict`; defaults to `severity`. */
  strictSeverity?: Severity;
  basis: Basis;
  /** True for rules that the v1 contract does not name. */
  added?: boolean;
}

export interface RuleContext {
  readonly plan: PlanModel;
  readonly text: string;
  readonly settings: Settings;
  readonly matrix: MatrixReading;
  /** CSV device lists: a segment's `identity.csv` keyed by the segment's map start offset, its `staticIdentity.csv` by that map's start. */
  readonly csv: ReadonlyMap<number, CsvReport>;
  /** `runningConfig` files read for firewalls that name one, keyed by the firewall's index (config.* rules). */
  readonly configs?: ReadonlyMap<number, RunningConfigReport>;
  /** Reports a finding; `code` defaults to the rule's own. */
  report(f: Omit<Finding, 'code'> & { code?: string }): void;
}

export interface Rule extends CodeMeta {
  check(ctx: RuleContext): void;
}
