/** Small PAN-OS configurations for the bridge's tests, written after the element paths in config.ts. */
import { readConfig, type PanosConfig } from '../server/src/service/panos';
import { importConfig, type ImportedFirewall } from '../server/src/service/panos/fragment';

/** A firewall configuration around one device entry's body. */
export function firewallXml(body: string, attrs = 'version="11.1.0" urldb="paloaltonetworks" detail-version="11.1.2"'): string {
  return `<?xml version="1.0"?>\n<config ${attrs}>\n  <devices>\n    <entry name="localhost.localdomain">\n${body}\n    </entry>\n  </devices>\n</config>\n`;
}

/** `<network><interface><ethernet>…</ethernet></interface>…</network>` */
export function ethernet(entries: string, rest = ''): string {
  return `<network><interface><ethernet>${entries}</ethernet></interface>${rest}</network>`;
}

export function vsys(zones: string, name = 'vsys1', extra = ''): string {
  return `<vsys><entry name="${name}"><zone>${zones}</zone>${extra}</entry></vsys>`;
}

export function zone(name: string, type: string, members: string[], deviceId?: 'yes' | 'no'): string {
  return `<entry name="${name}">${deviceId ? `<enable-device-identification>${deviceId}</enable-device-identification>` : ''}<network><${type}>${members.map((m) => `<member>${m}</member>`).join('')}</${type}></network></entry>`;
}

export function read(xml: string, positions = false): PanosConfig {
  const r = readConfig(xml, { positions });
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.problem)}`);
  return r.config;
}

/** The one firewall a configuration imports as. */
export function importOne(xml: string): ImportedFirewall {
  const r = importConfig(read(xml));
  if (r.firewalls.length !== 1) throw new Error(`expected one firewall, got ${r.firewalls.length}`);
  return r.firewalls[0]!;
}
