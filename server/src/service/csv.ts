/**
 * Static-IP device lists (`identity.csv`): parsed with csv-parse; positions of rows and cells are
 * ours, so every problem lands on the exact cell of the CSV. Findings carry the CSV's uri.
 */
import { parse } from 'csv-parse/sync';
import ipaddr from 'ipaddr.js';
import type { Finding } from './diagnostics';
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

export function isValidIpv4(s: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(s);
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
    records = parse(src, { relax_column_count: true, skip_empty_lines: true, bom: true, relax_quotes: false }) as string[][];
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
    if (!ipCell || !isValidIpv4(ip)) {
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
      const addr = ipaddr.IPv4.parse(ip);
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
