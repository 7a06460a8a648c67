/**
 * Completion: the keys a map takes (from the schema, with their title and description in the
 * user's language), the values a key takes (enum values with their explanations, booleans), and
 * the plan's own names where a key refers to them: firewall ids, the interfaces of the firewall
 * named in the same block, switch ids, CSV files next to the plan, PAN-OS versions and the dates
 * that the license rules care about.
 */
import { URI, Utils } from 'vscode-uri';
import type { ParsedPlan, ServiceHost } from '../check';
import { formatIsoDate, parseIsoDate } from '../dates';
import { detectStyle, scalarText, type EditStyle } from '../edit';
import { t, type Lang } from '../l10n';
import { LISTED_MODELS } from '../rules/firewall-model-unlisted';
import { TENANT_WINDOW_DAYS } from '../rules/license-tenant-window';
import { TRIAL_TERM_DAYS } from '../rules/license-trial-term';
import { receivesCopy } from '../rules/util';
import type { InterfaceM } from '../model';
import { getString } from '../tree';
import { completionContext, type CompletionContext, type ValueContext } from './cursor';
import { PANOS_MILESTONES } from './panos-versions';
import { descriptionOf, enumValues, methodNote, resolve, schemaAt, titleOf, typeOf, type SchemaNode } from './schema-nav';
import { firewallSummary, interfaceSummary, switchSummary } from './summaries';

export type CompletionKind = 'key' | 'value' | 'enum' | 'reference' | 'file' | 'version' | 'date';

export interface PlanCompletion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** `insertText` is a snippet (tab stops, choices). */
  snippet: boolean;
  /** The span the completion replaces. */
  start: number;
  end: number;
  sortText: string;
  filterText?: string;
}

export interface CompletionEnv { lang: Lang; host: ServiceHost }

const REF_PARENTS = new Set(['identity', 'traffic']);
const MAX_FILES = 200;

function doc(node: SchemaNode | undefined, lang: Lang): string | undefined {
  return descriptionOf(node, lang) || undefined;
}

const esc = (s: string): string => s.replace(/[$}\\|,]/g, (c) => `\\${c}`);

function keySnippet(key: string, node: SchemaNode | undefined, style: EditStyle, inFlow: boolean): string {
  const type = typeOf(node);
  const choices = node?.enum ? node.enum.map(String) : type === 'boolean' ? ['true', 'false'] : undefined;
  if (node?.const !== undefined) return `${key}: ${String(node.const)}`;
  if (choices) return `${key}: \${1|${choices.map(esc).join(',')}|}`;
  if (inFlow) return `${key}: $0`;
  if (type === 'object') return `${key}:\n${' '.repeat(style.unit)}$0`;
  if (type === 'array') return typeOf(resolve(node?.items)) === 'object' ? `${key}:\n${' '.repeat(style.seqIndent)}-${' '.repeat(style.itemIndent - 1)}$0` : `${key}: [$0]`;
  return `${key}: $0`;
}

function keyCompletions(plan: ParsedPlan, c: Extract<CompletionContext, { kind: 'key' }>, env: CompletionEnv): PlanCompletion[] {
  const schema = schemaAt(c.path);
  const props = Object.keys(schema?.properties ?? {});
  if (!props.length) return [];
  const taken = new Set((c.map?.pairs ?? []).map((p) => String(p.key.value)));
  const style = detectStyle(plan.text, plan.root, plan.lines);
  const required = new Set(schema?.required ?? []);
  return props.filter((k) => !taken.has(k) || k === c.prefix).map((key, i) => {
    const node = schemaAt([...c.path, key]);
    return {
      label: key, kind: 'key' as const, detail: titleOf(node, env.lang), documentation: doc(node, env.lang),
      insertText: keySnippet(key, node, style, c.inFlow), snippet: true,
      start: c.start, end: c.end, sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(3, '0')}`,
    };
  });
}

function valueItem(c: ValueContext, label: string, kind: CompletionKind, i: number, extra: Partial<PlanCompletion> = {}): PlanCompletion {
  const text = scalarText(label, c.inFlow);
  return { label, kind, insertText: (c.needsSpace ? ' ' : '') + text, snippet: false, start: c.start, end: c.end, sortText: String(i).padStart(4, '0'), filterText: label, ...extra };
}

/** The firewall a block names, else the one its sibling block (identity/traffic) names. */
function blockFirewall(plan: ParsedPlan, c: ValueContext): string | undefined {
  const own = getString(c.map, 'firewall');
  if (own !== undefined) return own;
  const seg = plan.model.segments.find((s) => c.map && (s.identity?.map === c.map || s.traffic?.map === c.map));
  return seg?.traffic?.firewallId ?? seg?.identity?.firewallId;
}

function csvFiles(plan: ParsedPlan, env: CompletionEnv): string[] {
  if (!env.host.listFiles) return [];
  const dir = Utils.dirname(URI.parse(plan.uri));
  const out: string[] = [];
  const visit = (uri: URI, prefix: string, depth: number): void => {
    for (const e of env.host.listFiles!(uri.toString()) ?? []) {
      if (out.length >= MAX_FILES) return;
      if (e.directory && depth < 1 && !e.name.startsWith('.') && e.name !== 'node_modules') visit(Utils.joinPath(uri, e.name), `${prefix}${e.name}/`, depth + 1);
      else if (!e.directory && /\.csv$/i.test(e.name)) out.push(prefix + e.name);
    }
  };
  visit(dir, '', 0);
  return out.sort();
}

function modelName(n: string): string {
  return n.replace(/^(PA|VM)(\d)/, '$1-$2');
}

function referenceCompletions(plan: ParsedPlan, c: ValueContext, env: CompletionEnv): PlanCompletion[] | undefined {
  const m = plan.model;
  const parent = c.path[c.path.length - 1];
  const lang = env.lang;
  if (parent && REF_PARENTS.has(parent) && c.key === 'firewall') {
    return m.firewalls.filter((f) => f.id !== undefined).map((f, i) => valueItem(c, f.id!, 'reference', i, { detail: getString(f.map, 'model'), documentation: firewallSummary(f, lang) }));
  }
  if (parent && REF_PARENTS.has(parent) && c.key === 'interface') {
    const fwId = blockFirewall(plan, c);
    const fws = fwId !== undefined && m.firewallById.has(fwId) ? [m.firewallById.get(fwId)!] : m.firewalls;
    const method = getString(c.map, 'method');
    // A mirror path takes a copy (a tap or an ERSPAN tunnel interface); every other path an interface that is not one.
    const good = (x: InterfaceM): boolean => (method === 'mirror' ? receivesCopy(x) : !receivesCopy(x));
    const items = fws.flatMap((f) => f.interfaces.filter((x) => x.name !== undefined).map((x) => ({ f, x })));
    items.sort((a, b) => Number(good(b.x)) - Number(good(a.x)));
    return items.map(({ f, x }, i) => valueItem(c, x.name!, 'reference', i, { detail: fws.length > 1 ? `${x.mode ?? '?'} · ${f.id ?? '?'}` : x.mode, documentation: interfaceSummary(x, lang) }));
  }
  if ((parent === 'identity' && c.key === 'switch') || (c.key === 'mirrorFrom' && c.path[c.path.length - 2] === 'interfaces')) {
    return m.switches.filter((s) => s.id !== undefined).map((s, i) => valueItem(c, s.id!, 'reference', i, { detail: getString(s.map, 'model'), documentation: switchSummary(s, lang) }));
  }
  if ((parent === 'identity' || parent === 'staticIdentity') && c.key === 'csv') {
    return csvFiles(plan, env).map((f, i) => valueItem(c, f, 'file', i));
  }
  if (c.key === 'panos' && parent === '*' && c.path[0] === 'firewalls') {
    const used = [...new Set(m.firewalls.map((f) => f.panos?.text).filter((x): x is string => !!x))];
    const list = [...used.map((v) => ({ version: v, note: 'panos.note.used' })), ...PANOS_MILESTONES.filter((p) => !used.includes(p.version))];
    return list.map((p, i) => valueItem(c, p.version, 'version', i, { detail: t(lang, p.note) }));
  }
  if (c.key === 'model' && c.path[0] === 'firewalls' && c.path.length === 2) {
    return [...LISTED_MODELS].map((n, i) => valueItem(c, modelName(n), 'value', i, { detail: t(lang, 'complete.model.listed') }));
  }
  if (c.key === 'region' && c.path[c.path.length - 1] === 'logging') {
    const region = getString(m.tenant, 'region');
    return region ? [valueItem(c, region, 'value', 0, { detail: t(lang, 'complete.region.tenant') })] : [];
  }
  return undefined;
}

function dateCompletions(plan: ParsedPlan, c: ValueContext, lang: Lang): PlanCompletion[] {
  const m = plan.model;
  const out: Array<{ date: string; note: string }> = [];
  const start = parseIsoDate(getString(m.poc, 'start'));
  const end = parseIsoDate(getString(m.poc, 'end'));
  if (c.key === 'expires' && c.path[c.path.length - 1] === 'iotLicense') {
    if (start !== undefined) out.push({ date: formatIsoDate(start + TRIAL_TERM_DAYS), note: t(lang, 'complete.date.trial-term') });
    if (end !== undefined) out.push({ date: formatIsoDate(end), note: t(lang, 'complete.date.poc-end') });
  } else if (c.key === 'prodLicenseDate') {
    const days = m.firewalls.filter((f) => ['trial', 'eval'].includes(getString(f.license, 'type') ?? '')).map((f) => parseIsoDate(getString(f.license, 'expires'))).filter((x): x is number => x !== undefined);
    if (days.length) out.push({ date: formatIsoDate(Math.min(...days) + TENANT_WINDOW_DAYS), note: t(lang, 'complete.date.window') });
  } else if (c.key === 'end' && c.path[0] === 'poc' && start !== undefined) {
    out.push({ date: formatIsoDate(start + TRIAL_TERM_DAYS), note: t(lang, 'complete.date.trial-term') });
  }
  return out.map((o, i) => valueItem(c, o.date, 'date', i, { detail: o.note }));
}

function valueCompletions(plan: ParsedPlan, c: ValueContext, env: CompletionEnv): PlanCompletion[] {
  const refs = referenceCompletions(plan, c, env);
  if (refs) return refs;
  const node = schemaAt([...c.path, c.key]);
  if (!node) return [];
  const values = enumValues(node, env.lang);
  if (values.length) {
    const title = titleOf(node, env.lang);
    return values.map((v, i) => valueItem(c, v.value, 'enum', i, {
      detail: title, documentation: [v.description, c.key === 'method' ? methodNote(schemaAt(c.path), v.value, env.lang) : undefined].filter(Boolean).join('\n\n') || undefined,
    }));
  }
  if (node.const !== undefined) return [valueItem(c, String(node.const), 'value', 0, { detail: titleOf(node, env.lang) })];
  if (typeOf(node) === 'boolean') {
    const detail = titleOf(node, env.lang);
    return ['true', 'false'].map((v, i) => ({ ...valueItem(c, v, 'value', i, detail ? { detail } : {}), insertText: (c.needsSpace ? ' ' : '') + v }));
  }
  return dateCompletions(plan, c, env.lang);
}

/** Completions at `offset`; empty when the cursor is not at a key or a value of the plan. */
export function complete(plan: ParsedPlan, offset: number, env: CompletionEnv): PlanCompletion[] {
  const c = completionContext(plan.text, plan.lines, plan.root, offset);
  if (!c) return [];
  return c.kind === 'key' ? keyCompletions(plan, c, env) : valueCompletions(plan, c, env);
}
