/**
 * One configuration change, written once and printed two ways: as a configuration-mode `set`
 * command (the XML path as words) and as the XML it adds. A path is element names and list
 * entries (`<entry name="…">`); the value is a leaf's text, a member list, or nothing (an empty
 * element, such as an interface mode `<tap/>`).
 */
import { XMLBuilder } from 'fast-xml-parser';

export type Step = string | { entry: string };

export interface Op {
  /** `device`: under the device entry; `vsys`: under vsys1 (the CLI's single-vsys form omits it). */
  scope: 'device' | 'vsys';
  path: Step[];
  value?: string | { members: string[] };
}

export const entry = (name: string): Step => ({ entry: name });

/** A word of a set command: quoted when it holds a space or a character the CLI reads specially. */
export function word(s: string): string {
  return /^[A-Za-z0-9._\-/:]+$/.test(s) ? s : `"${s}"`;
}

/** The configuration-mode command for an op (single-vsys form: `set zone …`, `set rulebase …`). */
export function setCommand(op: Op): string {
  const parts = ['set', ...op.path.map((s) => (typeof s === 'string' ? s : word(s.entry)))];
  if (typeof op.value === 'string') parts.push(word(op.value));
  else if (op.value) parts.push(op.value.members.length === 1 ? word(op.value.members[0]!) : `[ ${op.value.members.map(word).join(' ')} ]`);
  return parts.join(' ');
}

type Node = { [key: string]: Node | Node[] | string | string[] };

/** Adds an op to an XML object tree (entries by name, members appended without duplicates). */
function put(root: Node, path: Step[], value: Op['value']): void {
  let cur = root;
  for (let i = 0; i < path.length; i++) {
    const s = path[i]!;
    const last = i === path.length - 1;
    if (typeof s === 'string') {
      const next = path[i + 1];
      if (next !== undefined && typeof next !== 'string') { cur[s] ??= {}; cur = cur[s] as Node; continue; }
      if (last && typeof value === 'string') { cur[s] = value; return; }
      if (last && typeof value === 'object') {
        const list = ((cur[s] as Node | undefined) ?? (cur[s] = {})) as Node;
        const members = (list.member as string[] | undefined) ?? (list.member = []);
        for (const m of value.members) if (!members.includes(m)) members.push(m);
        return;
      }
      if (typeof cur[s] !== 'object') cur[s] = {};
      cur = cur[s] as Node;
    } else {
      const list = (cur.entry as Node[] | undefined) ?? (cur.entry = []);
      let e = list.find((x) => x['@name'] === s.entry);
      if (!e) { e = { '@name': s.entry }; list.push(e); }
      cur = e;
    }
  }
}

/**
 * The XML of a list of ops: a full `<config>` document for one firewall, loadable as a partial
 * config; `version` (the plan's PAN-OS) becomes `detail-version`, and its x.y.0 `version`.
 */
export function configXml(ops: readonly Op[], o: { version?: string; comments: string[] }): string {
  const vsys: Node = {};
  const device: Node = { '@name': 'localhost.localdomain' };
  for (const op of ops) put(op.scope === 'vsys' ? vsys : device, op.path, op.value);
  if (Object.keys(vsys).length) device.vsys = { entry: [{ '@name': 'vsys1', ...vsys }] };
  const v = o.version !== undefined ? /^(\d+)\.(\d+)/.exec(o.version) : null;
  const config: Node = { ...(v ? { '@version': `${v[1]}.${v[2]}.0`, '@detail-version': o.version! } : {}), ...(o.comments.length ? { '#comment': o.comments.map((c) => ` ${c} `) } : {}), devices: { entry: [device] } };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true, commentPropName: '#comment' });
  return `<?xml version="1.0"?>\n${builder.build({ config }) as string}`;
}
