/**
 * Which PAN-OS a fix should plan on a firewall so that it adds no finding of its own (issue #13):
 * a version rule's minimum, raised where the plan shows that a lower release would trade one finding
 * for another — into the 10.2–10.x window a `dhcp-syslog` segment has sources disagreeing about
 * (`identity.dhcp-syslog-version-conflict`: 11.0 satisfies both), or into a train whose early
 * releases lack the DHCP Broadcast Session fix (`panos.dhcp-broadcast-version`). Not a provider.
 */
import { broadcastSessionMinimum } from '../rules/panos-dhcp-broadcast-version';
import { identityFirewall, reliesOnBroadcastSession } from '../rules/util';
import type { FirewallM, PlanModel } from '../model';
import { below, compareVersion, parseVersion } from '../version';

export type UpgradeReason = 'dhcp-syslog' | 'broadcast-session';

export interface UpgradeTarget {
  /** The release to plan, e.g. `10.2.4`. */
  version: string;
  /** Why it is higher than the minimum asked for (each names a rule it would otherwise add). */
  reasons: UpgradeReason[];
}

const SYSLOG_BOTH_SOURCES = '11.0';

/**
 * The release to plan on `fw` for a fix that needs at least `minimum` (undefined: the firewall's
 * own release, raised only for what `opts.enablesBroadcastSession` adds). Undefined when the
 * firewall already runs it or its release cannot be read.
 */
export function upgradeTarget(plan: PlanModel, fw: FirewallM, minimum: string | undefined, opts: { enablesBroadcastSession?: boolean } = {}): UpgradeTarget | undefined {
  const current = fw.panos;
  let target = parseVersion(minimum) ?? current;
  if (!target) return undefined;
  if (current && compareVersion(current, target.text) > 0) target = current;
  const reasons: UpgradeReason[] = [];
  const inSyslogWindow = (v: typeof target): boolean => !!v && !below(v, '10.2') && below(v, SYSLOG_BOTH_SOURCES);
  const syslog = plan.segments.some((s) => s.identity?.method === 'dhcp-syslog' && identityFirewall(s) === fw);
  if (syslog && inSyslogWindow(target) && !inSyslogWindow(current)) {
    target = parseVersion(SYSLOG_BOTH_SOURCES)!;
    reasons.push('dhcp-syslog');
  }
  if (opts.enablesBroadcastSession || reliesOnBroadcastSession(plan, fw)) {
    const fixed = broadcastSessionMinimum(target);
    if (fixed) { target = parseVersion(fixed)!; reasons.push('broadcast-session'); }
  }
  if (current && compareVersion(current, target.text) >= 0) return undefined;
  return { version: target.text, reasons };
}

/** " (why, why)" for a fix title when the target was raised; empty otherwise. */
export function upgradeBecause(t: (id: string, args?: Readonly<Record<string, string | number>>) => string, target: UpgradeTarget | undefined): string {
  if (!target?.reasons.length) return '';
  return t('action.panos.because', { why: target.reasons.map((r) => t(`action.panos.why.${r}`)).join(t('action.panos.why.separator')) });
}
