/**
 * An import as text: the plan's `firewalls:` fragment in YAML, its notes as YAML comments in the
 * chosen language, or the same as JSON (`{ "firewalls": [...], "notes": [...] }`, plan keys only
 * in `firewalls`). The YAML is written by the `yaml` library, which quotes what must be quoted.
 */
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { t, type Lang } from './catalog';
import { firewallData, type ImportResult, type Note } from './fragment';

const say = (lang: Lang, n: Note): string => t(lang, n.id, n.args);
const comment = (lines: string[]): string => lines.map((l) => ` ${l}`).join('\n');

export interface FragmentTextOptions {
  lang: Lang;
  /** How the source file is named in the header (as the user gave it). */
  file: string;
  panorama: boolean;
}

/** The fragment as YAML, ready to paste under a plan's root (or to use as a plan's start). */
export function fragmentYaml(r: ImportResult, o: FragmentTextOptions): string {
  const doc = new Document({ firewalls: r.firewalls.map(firewallData) });
  const head = [t(o.lang, o.panorama ? 'panos.import.header-panorama' : 'panos.import.header', { file: o.file }), ...r.notes.map((n) => say(o.lang, n))];
  if (!r.firewalls.length) head.push(t(o.lang, 'panos.import.none'));
  doc.commentBefore = comment(head);
  const list = doc.get('firewalls');
  if (isSeq(list)) {
    (list as YAMLSeq).items.forEach((item, i) => {
      const fw = r.firewalls[i]!;
      if (!isMap(item)) return;
      if (fw.notes.length) (item as YAMLMap).commentBefore = comment(fw.notes.map((n) => say(o.lang, n)));
      const ifaces = (item as YAMLMap).get('interfaces');
      if (!isSeq(ifaces)) return;
      (ifaces as YAMLSeq).items.forEach((node, j) => {
        const iface = fw.interfaces[j]!;
        if (iface.notes.length && isMap(node)) (node as YAMLMap).commentBefore = comment(iface.notes.map((n) => say(o.lang, n)));
        const relay = isMap(node) ? (node as YAMLMap).get('dhcpRelay') : undefined;
        if (isSeq(relay)) (relay as YAMLSeq).flow = true;
      });
    });
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The JSON form: the same firewalls (plan keys only) and every note, with where it belongs. */
export function fragmentJson(r: ImportResult, o: FragmentTextOptions): string {
  const notes: Array<Record<string, string>> = r.notes.map((n) => ({ code: n.id, message: say(o.lang, n) }));
  for (const fw of r.firewalls) {
    for (const n of fw.notes) notes.push({ firewall: fw.id, code: n.id, message: say(o.lang, n) });
    for (const i of fw.interfaces) for (const n of i.notes) notes.push({ firewall: fw.id, interface: i.name, code: n.id, message: say(o.lang, n) });
  }
  return JSON.stringify({ firewalls: r.firewalls.map(firewallData), notes }, null, 2) + '\n';
}
