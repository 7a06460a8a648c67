/**
 * Stable event UIDs: the same plan gives the same UID for the same deadline however often it is
 * exported, in whichever language, so a calendar that imports the file again updates its events
 * rather than adding copies (RFC 5545 §3.8.4.7). A UID is made of
 *
 *   - the plan's key: `tenant.name`, else `title`, else `customer`, else the plan's file name
 *     (the tenant is what the deadlines are about, and its name rarely changes);
 *   - the deadline's kind (events.ts, DEADLINE_KINDS);
 *   - for a license deadline, the firewall's id (a firewall without an id: its position).
 *
 * Dates are not part of it: moving a date in the plan moves the event.
 */
import type { DocModel, FirewallDoc } from '../render/model';
import type { Deadline } from './events';

export const UID_DOMAIN = 'iot-security-poc-planner.pocplan';

/**
 * cyrb53 (public domain): a fast 53-bit string hash with good dispersion, as 14 hex digits. Not
 * cryptographic; it only has to keep the UIDs of different plans apart.
 */
export function hash53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** What identifies the plan: see the file comment. */
export function planKey(doc: DocModel): string {
  for (const v of [doc.tenantName, doc.title, doc.customer]) if (v !== undefined && v.trim()) return v.trim();
  return doc.planFile;
}

/** An id as it may appear in a UID: plan ids are `[A-Za-z0-9._-]`; anything else is replaced and the original hashed in. */
function safeId(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64);
  return s === id ? s : `${s}~${hash53(id).slice(0, 8)}`;
}

/**
 * UIDs for a list of deadlines of one plan. Firewalls that share an id (an `id.duplicate` error)
 * still get distinct UIDs: the second and later ones carry their position.
 */
export function deadlineUids(doc: DocModel, deadlines: readonly Deadline[]): string[] {
  const plan = hash53(planKey(doc));
  const firstWithId = new Map<string, number>();
  for (const fw of doc.firewalls) if (fw.id !== undefined && !firstWithId.has(fw.id)) firstWithId.set(fw.id, fw.index);
  const fwPart = (fw: FirewallDoc): string => {
    if (fw.id === undefined) return `firewall#${fw.index + 1}`;
    return firstWithId.get(fw.id) === fw.index ? safeId(fw.id) : `${safeId(fw.id)}#${fw.index + 1}`;
  };
  return deadlines.map((d) => {
    // The tenant's last day is one event per plan, whichever license sets it.
    const fw = d.kind === 'license-expiry' && d.firewall ? `.${fwPart(d.firewall)}` : '';
    return `${d.kind}${fw}.${plan}@${UID_DOMAIN}`;
  });
}
