/**
 * Where each family of exported configuration comes from. A configuration-mode `set` command is
 * the configuration's XML path written as words (PAN-OS CLI Quick Start), so each family cites the
 * Palo Alto Networks page that says what to configure and the Palo Alto Networks specification of
 * the XML path (pan-os-codegen, the source of the PAN-OS Terraform provider and Go SDK).
 * docs/panos-export.md lists the same, with the command syntax of each family.
 */
const SPEC = 'https://github.com/PaloAltoNetworks/pan-os-codegen/blob/9920a6f135dffc23aa899a72abf19e0ba1f22973/specs/';

export interface Source { page: string; spec?: string }

export const SOURCES = {
  /** Configuration mode, `set`, and the configuration as XML paths. */
  cli: { page: 'https://docs.paloaltonetworks.com/pan-os/10-2/pan-os-cli-quick-start' },
  'interface.layer3': { page: 'https://docs.paloaltonetworks.com/content/techdocs/en_US/pan-os/11-2/pan-os-web-interface-help/network/network-interfaces/layer-3-interface.html', spec: `${SPEC}network/interface/ethernet.yaml` },
  'interface.layer2': { page: 'https://docs.paloaltonetworks.com/ngfw/networking/configure-interfaces/layer-2-interfaces/configure-a-layer-2-interface', spec: `${SPEC}network/interface/ethernet.yaml` },
  'interface.virtual-wire': { page: 'https://docs.paloaltonetworks.com/ngfw/administration/set-up-firewalls/virtual-wires/about-virtual-wires', spec: `${SPEC}network/interface/ethernet.yaml` },
  'interface.tap': { page: 'https://docs.paloaltonetworks.com/pan-os/10-1/pan-os-networking-admin/configure-interfaces/tap-interfaces', spec: `${SPEC}network/interface/ethernet.yaml` },
  'interface.subinterface': { page: 'https://docs.paloaltonetworks.com/content/techdocs/en_US/pan-os/11-2/pan-os-web-interface-help/network/network-interfaces/layer-3-interface.html', spec: `${SPEC}network/subinterface/ethernet/layer3.yaml` },
  'interface.aggregate': { page: 'https://docs.paloaltonetworks.com/content/techdocs/en_US/pan-os/11-2/pan-os-web-interface-help/network/network-interfaces/layer-3-interface.html', spec: `${SPEC}network/interface/aggregate.yaml` },
  'interface.tunnel': { page: 'https://docs.paloaltonetworks.com/ngfw/help/12-1/network/network-gre-tunnels/gre-tunnels', spec: `${SPEC}network/interface/tunnel.yaml` },
  'interface.vlan': { page: 'https://docs.paloaltonetworks.com/content/techdocs/en_US/pan-os/11-2/pan-os-web-interface-help/network/network-interfaces/layer-3-interface.html', spec: `${SPEC}network/interface/vlan.yaml` },
  zone: { page: 'https://docs.paloaltonetworks.com/iot/getting-started/prepare-your-firewall-for-iot-security', spec: `${SPEC}network/zone.yaml` },
  'dhcp.relay': { page: 'https://docs.paloaltonetworks.com/pan-os/8-0/pan-os-web-interface-help/network/network-dhcp/dhcp-relay', spec: `${SPEC}network/dhcp.yaml` },
  'dhcp.server': { page: 'https://docs.paloaltonetworks.com/pan-os/10-1/pan-os-networking-admin/dhcp.html', spec: `${SPEC}network/dhcp.yaml` },
  'virtual-wire': { page: 'https://origin-docs.paloaltonetworks.com/content/techdocs/en_US/iot/iot-security-admin/get-started-with-iot-security/firewall-deployment-for-dhcp-visibility/use-a-virtual-wire-interface-for-dhcp-visibility.html', spec: `${SPEC}network/virtual-wire.yaml` },
  'tap.rules': { page: 'https://docs.paloaltonetworks.com/iot/getting-started/firewall-deployment-for-device-visibility/use-a-tap-interface-for-dhcp-visibility', spec: `${SPEC}policies/security-policy-rule.yaml` },
  erspan: { page: 'https://docs.paloaltonetworks.com/pan-os/10-2/pan-os-new-features/iot-security-features/data-collection-for-iot-security', spec: `${SPEC}network/tunnels/gre.yaml` },
  'session.dhcp-broadcast': { page: 'https://docs.paloaltonetworks.com/iot/getting-started/prepare-your-firewall-for-iot-security' },
  'session.erspan': { page: 'https://docs.paloaltonetworks.com/pan-os/10-2/pan-os-new-features/iot-security-features/data-collection-for-iot-security' },
  'log-forwarding': { page: 'https://docs.paloaltonetworks.com/iot/getting-started/prepare-your-firewall-for-iot-security' },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
