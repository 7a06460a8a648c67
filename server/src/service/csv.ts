/**
 * Static-IP device lists (`identity.csv`): parsed with csv-parse; positions of rows and cells are
 * ours, so every problem lands on the exact cell of the CSV. Findings carry the CSV's uri.
 */
import { parse } from 'csv-parse/sync';
import type ipaddr from 'ipaddr.js';
import type { Finding } from './diagnostics';
import { parseIpv4, parseSubnet } from './net';
import { LineIndex } from './text';

export interface CsvCell { value: string; start: number; end: number }
export interface CsvRow { cells: CsvCell[]; start: number; end: number }

export interface CsvDevice { ip: string; mac?: string; vendor?: string; model?: string; row: CsvRow }

export interface CsvReport {
  uri: string;
  /** The path as written in the plan. */
  path: string;
  /** The file could not be read (missing or refused); see findings. */
  unreadable: boolean;
  devices: CsvDevice[];
  findings: Finding[];
}

/** Accepted MAC forms (facts.md §5): colon, dot, hyphen, space separators per octet, or none. */
const MAC_FORMS = [
  /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{2}(\.[0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{2}( [0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{12}$/i,
];

export function isValidMac(s: string): boolean {
  return MAC_FORMS.some((re) => re.test(s));
}

/** Splits one raw record into cells with offsets, honouring quotes (the values come from csv-parse). */
function cellSpans(raw: string, base: number, values: string[]): CsvCell[] {
  const cells: CsvCell[] = [];
  let i = 0;
  const n = raw.length;
  for (let c = 0; c < values.length; c++) {
    let start = i;
    let end: number;
    if (raw[i] === '"') {
      i++;
      while (i < n) {
        if (raw[i] === '"') { if (raw[i + 1] === '"') { i += 2; continue; } i++; break; }
        i++;
      }
      end = i;
      while (i < n && raw[i] !== ',' && raw[i] !== '\n' && raw[i] !== '\r') i++;
    } else {
      while (i < n && raw[i] !== ',' && raw[i] !== '\n' && raw[i] !== '\r') i++;
      end = i;
    }
    // Trim surrounding spaces from the range so the squiggle sits on the value.
    while (start < end && raw[start] === ' ') start++;
    while (end > start && raw[end - 1] === ' ') end--;
    cells.push({ value: values[c]!.trim(), start: base + start, end: base + end });
    if (raw[i] === ',') i++;
  }
  return cells;
}

export interface CsvTable {
  rows: CsvRow[];
  error?: { message: string; start: number; end: number };
  /** The first record that was not read: the list has more than MAX_CSV_ROWS records. */
  truncated?: { start: number; end: number };
}

/**
 * Records read from one CSV (the header included). A static-IP device list has tens to thousands
 * of rows; parsing costs about 60 bytes of memory per byte of CSV, so a 16 MB list of junk would
 * take a gigabyte. Past this many records the rest is not read, and the list says so.
 */
export const MAX_CSV_ROWS = 100_001;

export function parseCsv(text: string): CsvTable {
  const rows: CsvRow[] = [];
  let records: string[][];
  const spans = recordSpans(text, MAX_CSV_ROWS + 1);
  const truncated = spans.length > MAX_CSV_ROWS ? spans[MAX_CSV_ROWS] : undefined;
  if (truncated) spans.length = MAX_CSV_ROWS;
  const src = truncated ? text.slice(0, truncated.start) : text;
  try {
    records = parseRecords(src);
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    const line = Math.max(1, Number(err.lines ?? 1));
    const { start, end } = lineSpan(text, line - 1);
    return { rows, error: { message: String(err.message ?? e).split('\n')[0]!.replace(/ at line \d+.*$/, ''), start, end } };
  }
  // csv-parse gives values; record and cell offsets come from our own quote-aware scan.
  records.forEach((r, i) => {
    const span = spans[i] ?? { start: text.length, end: text.length };
    rows.push({ cells: cellSpans(text.slice(span.start, span.end), span.start, r), start: span.start, end: span.end });
  });
  return truncated ? { rows, truncated } : { rows };
}

/** `String.prototype.isWellFormed` (Node 20; not in the ES2022 typings): no lone surrogate. */
const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * The values of each record, exactly as csv-parse gives them with our options. A list without a
 * quote is split here: with no quote csv-parse can neither fail nor treat a character specially
 * but `,` and the record delimiter (test/unit/csv-fast.test.ts compares the two on random text),
 * and the split skips its per-call setup and its string-to-Buffer copy, most of its cost on a
 * typical list. A lone surrogate goes to csv-parse, which sees it as U+FFFD once in a Buffer.
 */
function parseRecords(src: string): string[][] {
  if (!src.includes('"') && isWellFormed(src)) return splitUnquoted(src);
  // csv-parse discovers the record delimiter by trying \r\n, \n and \r (each a new Buffer) at every
  // byte until one matches; given the one it would find, it skips that.
  const rd = recordDelimiter(src);
  return parse(src, { relax_column_count: true, skip_empty_lines: true, bom: true, relax_quotes: false, ...(rd ? { record_delimiter: rd } : {}) }) as string[][];
}

/**
 * What csv-parse's auto-discovery settles on: the first line break outside quotes, `\r\n` over
 * `\r`. Quotes toggle as csv-parse's do up to its first error (a misplaced quote is one), and past
 * that error the delimiter does not matter. Only that one delimiter ends records from then on.
 */
export function recordDelimiter(text: string): '\r\n' | '\n' | '\r' | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return undefined;
}

/** csv-parse on a list without quotes: BOM dropped, split on the one record delimiter, empty lines skipped. */
export function splitUnquoted(src: string): string[][] {
  const body = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  const rd = recordDelimiter(body);
  const out: string[][] = [];
  for (const line of rd ? body.split(rd) : [body]) if (line !== '') out.push(line.split(','));
  return out;
}

/** Start and end (before the line break) of each non-empty record, honouring quoted line breaks; at most `max`. */
function recordSpans(text: string, max = Infinity): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n && out.length < max) {
    if (text[i] === '\n' || text[i] === '\r') { i++; continue; }
    const start = i;
    let quoted = false;
    while (i < n) {
      const c = text[i];
      if (c === '"') quoted = !quoted;
      else if (!quoted && (c === '\n' || c === '\r')) break;
      i++;
    }
    out.push({ start, end: i });
  }
  return out;
}

function lineSpan(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end: Math.max(end, start) };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** At most this many findings per CSV file (a 16 MB list of junk would otherwise give one per row). */
export const MAX_CSV_FINDINGS = 1000;

/**
 * Checks a device list against the contract (`ip` required; `mac`, `vendor`, `model` optional)
 * and the segment's subnet. `subnet` is the segment's CIDR when it is valid.
 */
export function checkCsv(uri: string, path: string, text: string, subnet: [ipaddr.IPv4, number] | undefined): CsvReport {
  const findings: Finding[] = [];
  const devices: CsvDevice[] = [];
  const report: CsvReport = { uri, path, unreadable: false, devices, findings };
  const table = parseCsv(text);
  if (table.error) {
    findings.push({ code: 'csv.parse-error', uri, start: table.error.start, end: table.error.end, args: { detail: table.error.message } });
    return report;
  }
  const [header, ...rows] = table.rows;
  if (!header) {
    findings.push({ code: 'csv.empty', uri, start: 0, end: 0 });
    return report;
  }
  const col = (name: string): number => header.cells.findIndex((c) => c.value.trim().toLowerCase() === name);
  const ipCol = col('ip') >= 0 ? col('ip') : col('ip address');
  const macCol = col('mac') >= 0 ? col('mac') : col('mac address');
  const vendorCol = col('vendor');
  const modelCol = col('model');
  if (ipCol < 0) {
    findings.push({ code: 'csv.missing-ip-column', uri, start: header.start, end: header.end, args: { header: header.cells.map((c) => c.value).join(',') } });
    return report;
  }
  if (!rows.length) findings.push({ code: 'csv.empty', uri, start: header.start, end: header.end });
  const firstSeen = new Map<string, number>();
  // 1-based line of an offset by binary search: scanning the text per duplicate would be quadratic.
  let lines: LineIndex | undefined;
  const lineAt = (offset: number): number => (lines ??= new LineIndex(text)).lineAt(offset) + 1;
  // Room is kept for the truncation finding, which goes last (the plan's summary names the first problem).
  const cap = table.truncated ? MAX_CSV_FINDINGS - 1 : MAX_CSV_FINDINGS;
  for (const row of rows) {
    if (findings.length >= cap) break;
    const ipCell = row.cells[ipCol];
    const ip = ipCell?.value.trim() ?? '';
    const addr = ipCell ? parseIpv4(ip) : undefined;
    if (!ipCell || !addr) {
      const at = ipCell && ipCell.end > ipCell.start ? ipCell : { start: row.start, end: row.end };
      findings.push({ code: 'csv.invalid-ip', uri, start: at.start, end: at.end, args: { value: ip } });
      continue;
    }
    const device: CsvDevice = { ip, row };
    const macCell = macCol >= 0 ? row.cells[macCol] : undefined;
    if (macCell && macCell.value.trim() !== '') {
      const mac = macCell.value.trim();
      if (!isValidMac(mac)) findings.push({ code: 'csv.invalid-mac', uri, start: macCell.start, end: macCell.end, args: { value: mac } });
      else device.mac = mac;
    }
    if (vendorCol >= 0 && row.cells[vendorCol]?.value) device.vendor = row.cells[vendorCol]!.value;
    if (modelCol >= 0 && row.cells[modelCol]?.value) device.model = row.cells[modelCol]!.value;
    if (subnet) {
      if (!addr.match(subnet)) findings.push({ code: 'csv.outside-subnet', uri, start: ipCell.start, end: ipCell.end, args: { ip, subnet: `${subnet[0].toString()}/${subnet[1]}` } });
    }
    const prev = firstSeen.get(ip);
    if (prev !== undefined) findings.push({ code: 'csv.duplicate-ip', uri, start: ipCell.start, end: ipCell.end, args: { ip, line: lineAt(prev) } });
    else firstSeen.set(ip, ipCell.start);
    devices.push(device);
  }
  if (table.truncated) findings.push({ code: 'csv.parse-error', messageId: 'csv.parse-error/too-many-rows', uri, start: table.truncated.start, end: table.truncated.end, args: { limit: MAX_CSV_ROWS - 1 } });
  return report;
}

/**
 * What the report cache may hold, in characters of CSV text. A report takes 12–17 bytes per
 * character of its list (measured), so this is about 30 MB at most: some forty lists of a thousand
 * devices, or one of 40,000; a larger list is checked afresh each time.
 */
export const CSV_CACHE_CHARS = 2 * 1024 * 1024;

/**
 * Reports of CSV lists from earlier checks, least recently used first. A report is a pure function
 * of (uri, path as written, subnet as written, text): a plan is re-checked on every keystroke, and
 * its unchanged lists are then neither parsed nor checked again. A changed text is a miss, never
 * a stale report. Cached reports are shared between check results: read them, never change them.
 */
export class CsvReportCache {
  private readonly entries = new Map<string, { text: string; report: CsvReport }>();
  private chars = 0;
  constructor(private readonly maxChars = CSV_CACHE_CHARS) {}

  /** The report for `key` when it was made from this very text. */
  get(key: string, text: string): CsvReport | undefined {
    const e = this.entries.get(key);
    if (!e || e.text !== text) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.report;
  }

  set(key: string, text: string, report: CsvReport): void {
    const old = this.entries.get(key);
    if (old) { this.entries.delete(key); this.chars -= old.text.length; }
    if (text.length > this.maxChars) return;
    this.entries.set(key, { text, report });
    this.chars += text.length;
    for (const [k, e] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= e.text.length;
    }
  }

  /** Number of reports held (tests). */
  get size(): number { return this.entries.size; }
}

/** checkCsv with the segment's `subnet:` as written, answered from `cache` when the same list with the same text was checked before. */
export function checkCsvCached(cache: CsvReportCache | undefined, uri: string, path: string, text: string, subnetText: string | undefined): CsvReport {
  const key = JSON.stringify([uri, path, subnetText ?? null]);
  const hit = cache?.get(key, text);
  if (hit) return hit;
  const subnet = parseSubnet(subnetText);
  const report = checkCsv(uri, path, text, subnet ? [subnet.addr, subnet.bits] : undefined);
  cache?.set(key, text, report);
  return report;
}
