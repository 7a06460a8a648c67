/**
 * The PAN-OS configuration bridge: pure, like the rest of the service — text in, a model or text
 * out; the CLI (cli/import-panos.ts, cli/export-panos.ts) and the server (lsp/panos.ts) do the I/O.
 *
 *   importPanos(xmlText, { lang, file, format })   configuration → the plan's `firewalls:` fragment
 *   readConfig(xmlText, { positions })             configuration → devices (config.ts)
 *   importConfig(config)                           devices → plan firewalls + notes (fragment.ts)
 *
 * Where each XML path and command comes from: config.ts (PATHS) and docs/panos-export.md.
 */
import type { Lang } from '../l10n';
import type { PlanModel } from '../model';
import { exportFirewall } from './export-plan';
import { firewallSet, firewallXml } from './export-text';
import { readConfig, type ReadResult } from './config';
import { importConfig, type ImportResult } from './fragment';
import { fragmentJson, fragmentYaml } from './fragment-text';

export { readConfig, type PanosConfig, type PanosDevice } from './config';
export { wellFormedProblem, type XmlProblem } from './xml';
export { importConfig, type ImportResult, type ImportedFirewall, type ImportedInterface } from './fragment';
export { fragmentJson, fragmentYaml } from './fragment-text';
export { exportFirewall, type ExportFirewall } from './export-plan';
export { firewallSet, firewallOps } from './export-text';

export type ReadProblem = Extract<ReadResult, { ok: false }>['problem'];

/** A read problem in words, for the command line (English, like every CLI error). */
export function describeReadProblem(p: ReadProblem): string {
  switch (p.kind) {
    case 'dtd': return `refusing a document type declaration (${p.detail}): PAN-OS configurations have none, and DTDs and external entities are never read`;
    case 'too-deep': return `the XML nests deeper than any PAN-OS configuration (${p.detail})`;
    case 'not-config': return `not a PAN-OS configuration: the root element is <${p.detail || '?'}>, not <config>`;
    default: return `not well-formed XML: ${p.detail}`;
  }
}

export type ImportTextResult = { ok: true; text: string; result: ImportResult; panorama: boolean } | { ok: false; problem: ReadProblem };

/**
 * A configuration's text → the fragment as YAML or JSON. `validated`: well-formedness is checked
 * by the caller (xml.ts `wellFormedProblem`), whose answer wins over this one's except for a DTD.
 */
export function importPanos(xml: string, o: { lang: Lang; file: string; format: 'yaml' | 'json'; validated?: boolean }): ImportTextResult {
  const read = readConfig(xml, o.validated ? { validated: true } : {});
  if (!read.ok) return read;
  const result = importConfig(read.config);
  const opts = { lang: o.lang, file: o.file, panorama: read.config.kind === 'panorama' };
  return { ok: true, text: o.format === 'json' ? fragmentJson(result, opts) : fragmentYaml(result, opts), result, panorama: opts.panorama };
}

// -------------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'set' | 'xml';

export interface ExportRequest {
  format: ExportFormat;
  lang: Lang;
  /** How the plan is named in the header (as the user gave it). */
  plan: string;
  /** Only this firewall (by id); all of them when absent (set) — xml needs exactly one. */
  firewall?: string;
  logProfile?: string;
  /** Errors the plan has, when exported anyway (said in the header). */
  errors?: number;
}

export type ExportResult =
  | { ok: true; text: string; firewalls: string[] }
  | { ok: false; reason: 'unknown-firewall' | 'xml-needs-one' | 'no-firewalls'; ids: string[] };

/** A plan's firewalls as set commands or XML. */
export function exportPanos(model: PlanModel, r: ExportRequest): ExportResult {
  const all = model.firewalls;
  const ids = all.map((f) => f.id).filter((id): id is string => id !== undefined);
  if (!all.length) return { ok: false, reason: 'no-firewalls', ids };
  const chosen = r.firewall !== undefined ? all.filter((f) => f.id === r.firewall) : all;
  if (!chosen.length) return { ok: false, reason: 'unknown-firewall', ids };
  if (r.format === 'xml' && chosen.length > 1) return { ok: false, reason: 'xml-needs-one', ids };
  const o = { lang: r.lang, plan: r.plan, ...(r.errors ? { errors: r.errors } : {}) };
  const fws = chosen.map((f) => exportFirewall(model, f, r.logProfile !== undefined ? { logProfile: r.logProfile } : {}));
  const text = r.format === 'xml' ? firewallXml(fws[0]!, o) : fws.map((f) => firewallSet(f, o)).join('\n');
  return { ok: true, text, firewalls: fws.map((f) => f.id) };
}
