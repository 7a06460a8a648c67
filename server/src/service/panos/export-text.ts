/**
 * Exported configuration as text: configuration-mode `set` commands with `#` comments (each block
 * headed by its interface and segments, each command family by its source page), or one XML
 * configuration document per firewall, loadable as a partial configuration. Comments are in the
 * chosen language; commands are commands.
 */
import type { Lang } from '../l10n';
import { t } from './catalog';
import type { ExportFirewall } from './export-plan';
import type { Note } from './fragment';
import { configXml, setCommand, type Op } from './ops';
import { SOURCES } from './sources';

const say = (lang: Lang, n: Note): string => t(lang, n.id, n.args);

export interface TextOptions { lang: Lang; plan: string; errors?: number }

function headerNotes(fw: ExportFirewall, o: TextOptions): Note[] {
  return [
    { id: fw.panos ? 'panos.export.header' : 'panos.export.header-no-version', args: { firewall: fw.id, plan: o.plan, ...(fw.panos ? { panos: fw.panos } : {}) } },
    { id: 'panos.export.how' },
    { id: 'panos.export.vsys' },
    ...(o.errors ? [{ id: 'panos.export.forced', args: { count: o.errors } }] : []),
    ...fw.notes,
  ];
}

/** One firewall's set commands. */
export function firewallSet(fw: ExportFirewall, o: TextOptions): string {
  const out: string[] = headerNotes(fw, o).map((n) => `# ${say(o.lang, n)}`);
  out.push(`# ${t(o.lang, 'panos.export.source', { url: SOURCES.cli.page })}`);
  for (const b of fw.blocks) {
    out.push('', ...b.heading.map((n) => `# ${say(o.lang, n)}`));
    let last: string | undefined;
    for (const item of b.items) {
      if (item.kind === 'source') {
        if (item.id !== last) out.push(`# ${t(o.lang, 'panos.export.source', { url: SOURCES[item.id].page })}`);
        last = item.id;
      } else if (item.kind === 'note') out.push(`# ${say(o.lang, item.note)}`);
      else out.push(commandLine(item.ops));
    }
  }
  return out.join('\n') + '\n';
}

/** Ops that share a path up to their last step print as one command (`set … rules X from a to b …`). */
export function commandLine(ops: readonly Op[]): string {
  if (ops.length === 1) return setCommand(ops[0]!);
  const base = ops[0]!.path.length - 1;
  const head = setCommand({ scope: ops[0]!.scope, path: ops[0]!.path.slice(0, base) });
  const tails = ops.map((op) => setCommand({ scope: op.scope, path: op.path.slice(base), ...(op.value !== undefined ? { value: op.value } : {}) }).slice('set '.length));
  return [head, ...tails].join(' ');
}

/** Every op of a firewall's export, in order. */
export function firewallOps(fw: ExportFirewall): Op[] {
  return fw.blocks.flatMap((b) => b.items.flatMap((i) => (i.kind === 'cmd' ? i.ops : [])));
}

/** One firewall's configuration as XML, its notes as comments at the top. */
export function firewallXml(fw: ExportFirewall, o: TextOptions): string {
  const comments = [
    ...headerNotes(fw, o).filter((n) => n.id !== 'panos.export.how' && n.id !== 'panos.export.vsys').map((n) => say(o.lang, n)),
    t(o.lang, 'panos.export.xml-how'),
    ...fw.blocks.flatMap((b) => b.items.filter((i) => i.kind === 'note').map((i) => say(o.lang, (i as { note: Note }).note))),
  ];
  return configXml(firewallOps(fw), { ...(fw.panos ? { version: fw.panos } : {}), comments: comments.map((c) => c.replace(/-{2,}/g, '-')) });
}
