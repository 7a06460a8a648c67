/** Small PAN-OS configurations for the bridge's tests, written after the element paths in config.ts. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanService } from '../server/src/service';
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

const REPO = path.resolve(__dirname, '..', '..');

/** Every example plan (the repository's and the shared ones), as the render goldens list them. */
export function examplePlans(): Array<{ name: string; file: string; shown: string }> {
  const out: Array<{ name: string; file: string; shown: string }> = [];
  for (const [dir, prefix, shown] of [[path.join(REPO, 'examples'), '', 'examples'], [path.resolve(REPO, '..', 'shared', 'examples'), 'shared-', 'shared/examples']] as const) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => /\.pocplan\.ya?ml$/.test(n)).sort()) {
      out.push({ name: prefix + f.replace(/\.pocplan\.ya?ml$/, ''), file: path.join(dir, f), shown: `${shown}/${f}` });
    }
  }
  return out;
}

const service = createPlanService({ host: { readFile: () => undefined } });
/** The plan model of a text. */
export const modelOf = (text: string, uri = 'file:///ws/plan.pocplan.yaml') => service.parse(uri, text).model;

