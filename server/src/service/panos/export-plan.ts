/**
 * A plan → per firewall, the blocks of configuration that make it match the plan for the PoC: one
 * block per interface (headed by the segments that use it), then the session settings the plan
 * asks for. Pure data (ops and notes); export-text.ts prints them as set commands or XML.
 */
import type { FirewallM, PlanModel } from '../model';
import { patternOf } from '../model';
import { getBool, getString } from '../tree';
import type { Note } from './fragment';
import { receivesErspan } from './erspan';
import { interfaceItems, type FirewallState, type Item } from './export-interface';

export interface Block {
  /** The block's heading: the interface and the segments it serves, or the session settings. */
  heading: Note[];
  items: Item[];
}

export interface ExportFirewall {
  id: string;
  panos?: string;
  managedByPanorama: boolean;
  blocks: Block[];
  /** Notes for the whole firewall, under its header. */
  notes: Note[];
}

export interface ExportOptions {
  /** Log forwarding profile for the tap zone's DHCP rule (else PAN-OS's default for new rules). */
  logProfile?: string;
}

interface Use { segment: string; pattern: string | undefined; roles: 'identity' | 'traffic' | 'both' }

/** Which segments use an interface, and how (identity, traffic or both), for the block heading. */
function usesOf(plan: PlanModel, fw: FirewallM, iface: string): { uses: Use[]; enforcing: string[] } {
  const uses: Use[] = [];
  const enforcing: string[] = [];
  for (const seg of plan.segments) {
    const identity = seg.identity?.firewall === fw && seg.identity.interfaceName === iface;
    const traffic = seg.traffic?.firewall === fw && seg.traffic.interfaceName === iface;
    if (!identity && !traffic) continue;
    uses.push({ segment: seg.id ?? '?', pattern: patternOf(seg), roles: identity && traffic ? 'both' : identity ? 'identity' : 'traffic' });
    if (seg.enforce && traffic && seg.id !== undefined) enforcing.push(seg.id);
  }
  return { uses, enforcing };
}

function heading(uses: Use[], iface: string, mode: string | undefined): Note[] {
  const head: Note[] = [{ id: 'panos.export.interface', args: { interface: iface, mode: mode ?? '?' } }];
  if (!uses.length) head.push({ id: 'panos.export.unused' });
  for (const u of uses) {
    head.push({ id: `panos.export.segment-${u.roles}${u.pattern ? '-pattern' : ''}`, args: { segment: u.segment, ...(u.pattern ? { pattern: u.pattern } : {}) } });
  }
  return head;
}

export function exportFirewall(plan: PlanModel, fw: FirewallM, o: ExportOptions = {}): ExportFirewall {
  const named = fw.interfaces.filter((i) => i.name !== undefined);
  const st: FirewallState = { zones: new Map(), taken: new Set(named.map((i) => i.name!)), logProfile: o.logProfile, enforcing: new Map() };
  const blocks: Block[] = [];
  let erspan = false;
  for (const i of named) {
    const { uses, enforcing } = usesOf(plan, fw, i.name!);
    st.enforcing.set(i.name!, enforcing);
    if (receivesErspan(i.mode, getBool(i.map, 'erspan'))) erspan = true;
    blocks.push({ heading: heading(uses, i.name!, i.mode), items: interfaceItems(st, i) });
  }
  const session: Item[] = [];
  if (getBool(fw.map, 'dhcpBroadcastSession') === true) session.push({ kind: 'source', id: 'session.dhcp-broadcast' }, { kind: 'note', note: { id: 'panos.export.session-dhcp-broadcast' } });
  if (getBool(fw.map, 'erspanSupport') === true || erspan) session.push({ kind: 'source', id: 'session.erspan' }, { kind: 'note', note: { id: 'panos.export.session-erspan' } });
  if (session.length) blocks.push({ heading: [{ id: 'panos.export.session' }], items: session });
  const notes: Note[] = [];
  if (!named.length) notes.push({ id: 'panos.export.nothing' });
  const managedByPanorama = getString(fw.map, 'managedBy') === 'panorama';
  if (managedByPanorama) notes.push({ id: 'panos.export.panorama' });
  return { id: fw.id ?? `#${fw.index + 1}`, ...(fw.panos ? { panos: fw.panos.text } : {}), managedByPanorama, blocks, notes };
}
