/**
 * The syntax of every configuration-mode command `pocplan export panos` may emit, one family per
 * sourced XML path (docs/panos-export.md; server/src/service/panos/sources.ts). A `set` command is
 * the path written as words: element names literally, entry names and values where the path has
 * `<entry name>` or text. The grammar is written independently of the exporter, from the sources.
 */
const NAME = '(?:[A-Za-z0-9._/:-]+|"[^"\\n]+")';
const ETH = '(?:ethernet\\d+/\\d+)';
const AE = '(?:ae\\d+)';
const IFACE = `(?:${ETH}|${AE}|tunnel\\.\\d+|vlan\\.\\d+)(?:\\.\\d+)?`;
const IP = '(?:\\d{1,3}\\.){3}\\d{1,3}';
const list = (item: string): string => `(?:${item}|\\[ (?:${item} )+\\])`;

export interface Family { id: string; source: string; syntax: RegExp }

const f = (id: string, source: string, syntax: string): Family => ({ id, source, syntax: new RegExp(`^set ${syntax}$`) });

export const GRAMMAR: readonly Family[] = [
  f('interface mode', 'specs/network/interface/ethernet.yaml (layer3, layer2, virtual-wire, tap)', `network interface ethernet ${ETH} (?:layer3|layer2|virtual-wire|tap)`),
  f('subinterface', 'specs/network/subinterface/ethernet/layer3.yaml (units/entry/tag)', `network interface ethernet ${ETH} (?:layer3|layer2|virtual-wire) units ${ETH}\\.(\\d+) tag \\d+`),
  f('aggregate interface', 'specs/network/interface/aggregate.yaml', `network interface aggregate-ethernet ${AE} (?:layer3|layer2|virtual-wire|tap)`),
  f('aggregate subinterface', 'specs/network/subinterface/aggregate-ethernet/layer3.yaml', `network interface aggregate-ethernet ${AE} (?:layer3|layer2|virtual-wire) units ${AE}\\.\\d+ tag \\d+`),
  f('tunnel interface', 'specs/network/interface/tunnel.yaml (tunnel/units/entry)', 'network interface tunnel units tunnel\\.\\d+'),
  f('VLAN interface', 'specs/network/interface/vlan.yaml (vlan/units/entry)', 'network interface vlan units vlan\\.\\d+'),
  f('zone members', 'specs/network/zone.yaml (network/<type>/member)', `zone ${NAME} network (?:layer3|layer2|virtual-wire|tap) ${list(IFACE)}`),
  f('zone Device-ID', 'specs/network/zone.yaml (enable-device-identification)', `zone ${NAME} enable-device-identification (?:yes|no)`),
  f('DHCP relay on', 'specs/network/dhcp.yaml (relay/ip/enabled)', `network dhcp interface ${IFACE} relay ip enabled yes`),
  f('DHCP relay servers', 'specs/network/dhcp.yaml (relay/ip/server/member)', `network dhcp interface ${IFACE} relay ip server ${list(IP)}`),
  f('DHCP server', 'specs/network/dhcp.yaml (server/mode)', `network dhcp interface ${IFACE} server mode enabled`),
  f('virtual wire', 'specs/network/virtual-wire.yaml (interface1)', `network virtual-wire ${NAME} interface1 ${IFACE}`),
  f('multicast firewalling', 'specs/network/virtual-wire.yaml (multicast-firewalling/enable)', `network virtual-wire ${NAME} multicast-firewalling enable (?:yes|no)`),
  f('tap rule: DHCP', 'specs/policies/security-policy-rule.yaml (from, to, source, destination, application, service, action, log-setting)',
    `rulebase security rules ${NAME} from ${NAME} to ${NAME} source any destination any application dhcp service application-default action allow(?: log-setting ${NAME})?`),
  f('tap rule: drop the rest', 'specs/policies/security-policy-rule.yaml', `rulebase security rules ${NAME} from ${NAME} to ${NAME} source any destination any application any service any action drop`),
  f('GRE tunnel ERSPAN', 'specs/network/tunnels/gre.yaml (erspan)', `network tunnel gre ${NAME} erspan yes`),
  f('GRE tunnel interface', 'specs/network/tunnels/gre.yaml (tunnel-interface)', `network tunnel gre ${NAME} tunnel-interface tunnel\\.\\d+`),
  f('GRE local interface', 'specs/network/tunnels/gre.yaml (local-address/interface)', `network tunnel gre ${NAME} local-address interface ${IFACE}`),
];

/** The families a command line matches. */
export function familiesOf(line: string): Family[] {
  return GRAMMAR.filter((g) => g.syntax.test(line));
}
