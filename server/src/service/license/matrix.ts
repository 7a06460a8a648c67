/**
 * The license compatibility matrix is data (matrix.json); this module only answers questions
 * about it. Two readings exist because the sources disagree on eval licenses (facts.md §1.1).
 */
import data from './matrix.json';

export type MatrixReading = 'strict' | 'device-associations';
export const MATRIX_READINGS: readonly MatrixReading[] = ['strict', 'device-associations'];
export const LICENSE_TYPES = ['trial', 'eval', 'prod', 'lab', 'nfr'] as const;
export const FIREWALL_TYPES = ['prod', 'eval', 'lab', 'nfr'] as const;

export interface MatrixSource { id: string; title: string; url: string; date: string }
export interface MatrixCell { allowed: boolean; source: MatrixSource; alsoSee: MatrixSource | undefined }

interface RawCell { allowed: boolean; source: string; alsoSee?: string }
type RawSources = Record<string, { title: string; url: string; date: string }>;
type RawReading = { title: string; titleJa: string; cells: Record<string, Record<string, RawCell>> };

const sources = data.sources as RawSources;
const readings = data.readings as Record<MatrixReading, RawReading>;

function source(id: string | undefined): MatrixSource | undefined {
  if (!id) return undefined;
  const s = sources[id];
  return s ? { id, ...s } : undefined;
}

/** Undefined when either type is not one the matrix knows (the schema reports those). */
export function cell(reading: MatrixReading, licenseType: string | undefined, firewallType: string | undefined): MatrixCell | undefined {
  if (!licenseType || !firewallType) return undefined;
  const raw = readings[reading]?.cells[licenseType]?.[firewallType];
  if (!raw) return undefined;
  return { allowed: raw.allowed, source: source(raw.source)!, alsoSee: source(raw.alsoSee) };
}

/** License types the reading allows on this firewall type, in the matrix's order. */
export function allowedLicenses(reading: MatrixReading, firewallType: string): string[] {
  return LICENSE_TYPES.filter((l) => cell(reading, l, firewallType)?.allowed);
}

/** Firewall types the reading allows for this license type. */
export function allowedFirewalls(reading: MatrixReading, licenseType: string): string[] {
  return FIREWALL_TYPES.filter((f) => cell(reading, licenseType, f)?.allowed);
}

export function readingTitle(reading: MatrixReading, lang: 'en' | 'ja'): string {
  const r = readings[reading];
  return lang === 'ja' ? r.titleJa : r.title;
}

export function allSources(): MatrixSource[] {
  return Object.keys(sources).map((id) => source(id)!);
}
