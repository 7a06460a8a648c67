/**
 * The sources the document cites: the license matrix's own (from matrix.json) and the pages the
 * prerequisites and patterns come from (domain/facts.md). Each gets a fixed number, so "[3]" means
 * the same page in every document.
 */
import { allSources } from '../license/matrix';

export interface SourceRef { id: string; n: number; title: string; url: string; date: string | undefined }

/** Pages behind the prerequisites checklist and the patterns (facts.md §2, §3, §5, §6). */
const FACT_SOURCES: ReadonlyArray<Omit<SourceRef, 'n'>> = [
  { id: 'prepare-firewall', title: 'Prepare Your Firewall for IoT Security', url: 'https://docs.paloaltonetworks.com/iot/getting-started/prepare-your-firewall-for-iot-security', date: undefined },
  { id: 'iot-prerequisites', title: 'IoT Security Prerequisites (supported PAN-OS 10.2 or later)', url: 'https://docs.paloaltonetworks.com/iot/activation-and-onboarding/licenses-and-activation-for-iot-security/iot-security-prerequisites', date: undefined },
  { id: 'device-id-10', title: 'IoT Security features in PAN-OS 10.0 (Device-ID, policy enforcement)', url: 'https://docs.paloaltonetworks.com/pan-os/10-0/pan-os-new-features/iot-security-features/iot-security', date: undefined },
  { id: 'deployment-options', title: 'Firewall Deployment Options for IoT Security', url: 'https://docs.paloaltonetworks.com/iot/getting-started/firewall-deployment-for-device-visibility/firewall-deployment-options-for-iot-security', date: undefined },
  { id: 'erspan', title: 'Data Collection for IoT Security (ERSPAN, PAN-OS 10.2)', url: 'https://docs.paloaltonetworks.com/pan-os/10-2/pan-os-new-features/iot-security-features/data-collection-for-iot-security', date: undefined },
  { id: 'dhcp-syslog', title: 'Device > IoT Security > DHCP Server Log Ingestion (PAN-OS web interface help)', url: 'https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-web-interface-help/device/device-iot-security-dhcp-server', date: undefined },
  { id: 'xsoar-snmp', title: 'Integrate IoT Security with Switches for Network Discovery (Cortex XSOAR)', url: 'https://docs.paloaltonetworks.com/iot/integration/network-management/integrate-iot-security-with-switches-for-network-discovery', date: undefined },
  { id: 'static-ip-csv', title: 'Upload a List of Static IP Devices', url: 'https://docs.paloaltonetworks.com/content/techdocs/en_US/iot/administration/discover-iot-devices-and-take-inventory/devices-with-static-ip-addresses/upload-a-list-of-static-ip-devices/upload-a-list-of-static-ip-devices-scm.html', date: undefined },
  { id: 'tap-dhcp', title: 'Use a Tap Interface for DHCP Visibility', url: 'https://docs.paloaltonetworks.com/iot/getting-started/firewall-deployment-for-device-visibility/use-a-tap-interface-for-dhcp-visibility', date: undefined },
  { id: 'erspan-gre', title: 'Use ERSPAN to Send Mirrored Traffic through GRE Tunnels', url: 'https://docs.paloaltonetworks.com/iot/iot-security-admin/get-started-with-iot-security/firewall-deployment-for-dhcp-visibility/use-erspan-to-send-mirrored-traffic-through-gre-tunnels', date: undefined },
  { id: 'dhcp-traffic-type', title: 'Configure a Pre-PAN-OS 10.0 Firewall with a DHCP Server (DHCP Data Collection by Traffic Type)', url: 'https://docs.paloaltonetworks.com/iot/iot-security-admin/get-started-with-iot-security/firewall-deployment-for-dhcp-visibility/configure-a-pre-pan-os-10-0-firewall-with-a-dhcp-server', date: undefined },
];

let cached: SourceRef[] | undefined;

/** Every source, numbered from 1: the matrix's first (in matrix.json order), then the facts'. */
export function sourceList(): SourceRef[] {
  if (!cached) {
    const all = [...allSources().map((s) => ({ id: s.id, title: s.title, url: s.url, date: s.date as string | undefined })), ...FACT_SOURCES];
    cached = all.map((s, i) => ({ ...s, n: i + 1 }));
  }
  return cached;
}

export function sourceById(id: string): SourceRef {
  return sourceList().find((s) => s.id === id)!;
}
