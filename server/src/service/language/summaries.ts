/**
 * One-paragraph summaries of what a reference points at (hover on a reference, completion docs):
 * a firewall, an interface, a switch. Markdown, every phrase from the catalog.
 */
import { t, type Lang } from '../l10n';
import type { FirewallM, InterfaceM, SwitchM } from '../model';
import { logsBroadcastDhcp } from '../rules/util';
import { asMap, asSeq, get, getBool, getString } from '../tree';

const code = (s: string | undefined): string => (s === undefined ? '?' : `\`${s}\``);

function yesNo(lang: Lang, v: boolean | undefined): string {
  return t(lang, v === true ? 'hover.yes' : v === false ? 'hover.no' : 'hover.unset');
}

export function firewallSummary(fw: FirewallM, lang: Lang): string {
  const lines = [t(lang, 'hover.ref.firewall', {
    id: fw.id ?? '?', model: getString(fw.map, 'model') ?? '?', type: fw.type ?? '?', panos: fw.panos?.text ?? getString(fw.map, 'panos') ?? '?',
  })];
  const lic = getString(fw.license, 'type');
  if (lic) lines.push(t(lang, 'hover.ref.firewall.license', { type: lic, expires: getString(fw.license, 'expires') ?? '?' }));
  const names = fw.interfaces.map((i) => `${code(i.name)} (${i.mode ?? '?'})`);
  if (names.length) lines.push(t(lang, 'hover.ref.firewall.interfaces', { list: names.join(', ') }));
  return lines.join('\n\n');
}

export function interfaceSummary(iface: InterfaceM, lang: Lang): string {
  const zone = getString(iface.map, 'zone');
  const lines = [t(lang, zone !== undefined ? 'hover.ref.interface' : 'hover.ref.interface/no-zone', {
    name: iface.name ?? '?', firewall: iface.firewall.id ?? '?', mode: iface.mode ?? '?', zone: zone ?? '',
  })];
  const facts: string[] = [t(lang, 'hover.ref.interface.device-id', { value: yesNo(lang, getBool(iface.map, 'deviceId')) })];
  const relays = (asSeq(get(iface.map, 'dhcpRelay'))?.items ?? []).flatMap((x) => (x?.kind === 'scalar' ? [String(x.value)] : []));
  if (relays.length) facts.push(t(lang, 'hover.ref.interface.relay', { servers: relays.join(', ') }));
  const from = getString(iface.map, 'mirrorFrom');
  if (from !== undefined) facts.push(t(lang, getBool(iface.map, 'erspan') === true ? 'hover.ref.interface.erspan' : 'hover.ref.interface.mirror', { switch: from }));
  const logs = logsBroadcastDhcp(iface);
  if (logs !== undefined) facts.push(t(lang, logs ? 'hover.ref.interface.logs-broadcast' : 'hover.ref.interface.no-broadcast'));
  lines.push(facts.join(' '));
  return lines.join('\n\n');
}

export function switchSummary(sw: SwitchM, lang: Lang): string {
  const lines = [t(lang, 'hover.ref.switch', { id: sw.id ?? '?', model: getString(sw.map, 'model') ?? '?' })];
  lines.push(t(lang, 'hover.ref.switch.mirror', { span: yesNo(lang, getBool(sw.map, 'span')), erspan: yesNo(lang, getBool(sw.map, 'erspan')) }));
  const snmp = asMap(get(sw.map, 'snmp'));
  if (snmp) {
    const ro = getBool(snmp, 'readOnly');
    lines.push(t(lang, 'hover.ref.switch.snmp', { version: getString(snmp, 'version') ?? '?', access: t(lang, ro === true ? 'hover.read-only' : ro === false ? 'hover.read-write' : 'hover.unset') }));
  }
  return lines.join('\n\n');
}
