/**
 * `firewalls[].runningConfig`: the firewall's exported configuration, read for the drift checks
 * (rules/config-*.ts). Resolved like a CSV device list — relative to the plan's folder, refused
 * when it leaves the workspace (`..`, absolute, another scheme, a symbolic link out) before it is
 * read — and read through the same host call (files.ts `readReferencedFile`, which says why a file
 * has no text: missing, too large, not a regular file, unreadable). A configuration's parse is
 * kept while its text is unchanged (ConfigCache), since the server re-checks on every keystroke.
 *
 * Each report holds what the rules compare: the device the file describes for this firewall, seen
 * through the import's own mapping (fragment.ts, erspan.ts), so drift and import never disagree.
 */
import { URI, Utils } from 'vscode-uri';
import type { ParsedPlan, ServiceHost } from '../check';
import { containedIn } from '../check';
import { readReferencedFile, type FileRead } from '../files';
import type { FirewallM } from '../model';
import { LineIndex } from '../text';
import { getPair, getString } from '../tree';
import { readConfig, type PanosConfig, type PanosDevice, type ReadResult } from './config';
import { importConfig, type ImportedFirewall, type ImportedInterface, type ImportResult } from './fragment';

export type ConfigProblem =
  | { kind: 'outside-workspace' }
  /** No text: nothing at the path, or (`reason`) something the host would not read. */
  | { kind: 'missing'; reason?: Exclude<FileRead, { status: 'ok' }> }
  | { kind: 'dtd' | 'malformed' | 'too-deep' | 'not-config'; detail: string; line: number; column: number; offset: number }
  | { kind: 'panorama-choice'; candidates: string[] };

export interface RunningConfigReport {
  /** The path as the plan writes it, and the file it resolves to (or the path, when not resolved). */
  path: string;
  uri: string;
  /** The `runningConfig` value in the plan. */
  at: { start: number; end: number };
  problem?: ConfigProblem;
  /** The file's text, when read: related locations point into it. */
  text?: string;
  config?: PanosConfig;
  /** The configuration's view of this firewall: its device, and the device as the import maps it. */
  device?: PanosDevice;
  view?: ImportedFirewall;
}

/** A configuration file's parse, and (made once, when first needed) its devices as the import maps them. */
export interface ParsedConfig { result: ReadResult; imported?: ImportResult }

/** The file's parse, kept while its text is the same (total text held: `maxChars`). */
export class ConfigCache {
  private readonly entries = new Map<string, { text: string; parsed: ParsedConfig }>();
  private chars = 0;
  constructor(private readonly maxChars = 32 * 1024 * 1024) {}

  read(uri: string, text: string): ParsedConfig {
    const e = this.entries.get(uri);
    if (e && e.text === text) { this.entries.delete(uri); this.entries.set(uri, e); return e.parsed; }
    const parsed: ParsedConfig = { result: readConfig(text, { positions: true }) };
    if (e) { this.entries.delete(uri); this.chars -= e.text.length; }
    if (text.length <= this.maxChars) {
      this.entries.set(uri, { text, parsed });
      this.chars += text.length;
      for (const [k, x] of this.entries) { if (this.chars <= this.maxChars) break; this.entries.delete(k); this.chars -= x.text.length; }
    }
    return parsed;
  }

  get size(): number { return this.entries.size; }
}

/** The device a configuration file describes for firewall `fw`: the firewall's own, or the Panorama template (stack) named like it. */
function chooseDevice(parsed: ParsedConfig, config: PanosConfig, fw: FirewallM): { device?: PanosDevice; view?: ImportedFirewall; candidates?: string[] } {
  const all = (parsed.imported ??= importConfig(config)).firewalls;
  if (config.kind === 'firewall' || all.length === 1) return { device: all[0]?.device, view: all[0] };
  const id = fw.id;
  const hit = all.find((f) => f.id === id || f.device.hostname === id || (f.device.source.kind !== 'firewall' && f.device.source.name === id));
  return hit ? { device: hit.device, view: hit } : { candidates: all.map((f) => f.id) };
}

/** Reads every `runningConfig` the plan names, by firewall index. */
export function readRunningConfigs(plan: ParsedPlan, host: ServiceHost, cache: ConfigCache | undefined): Map<number, RunningConfigReport> {
  const reports = new Map<number, RunningConfigReport>();
  if (!plan.model.firewalls.some((f) => getPair(f.map, 'runningConfig'))) return reports;
  const planDir = Utils.dirname(URI.parse(plan.uri));
  const folderText = host.workspaceFolder?.(plan.uri) ?? planDir.toString();
  const folder = URI.parse(folderText);
  let realFolder: URI | undefined;
  const reads = new Map<string, FileRead>();
  for (const fw of plan.model.firewalls) {
    const pathText = getString(fw.map, 'runningConfig');
    const pair = getPair(fw.map, 'runningConfig');
    if (pathText === undefined || pathText.trim() === '' || !pair?.value) continue;
    const at = { start: pair.value.start, end: pair.value.end };
    const targetUri = /^[a-z][a-z0-9+.-]+:/i.test(pathText) && !/^[a-z]:[\\/]/i.test(pathText) ? undefined : Utils.resolvePath(planDir, pathText.replace(/\\/g, '/'));
    const target = targetUri?.toString();
    const report: RunningConfigReport = { path: pathText, uri: target ?? pathText, at };
    reports.set(fw.index, report);
    realFolder ??= URI.parse(host.realUri?.(folderText) ?? folderText);
    if (!targetUri || !target || !containedIn(folder, targetUri) || !containedIn(realFolder, host.realUri?.(target) ?? target)) {
      report.problem = { kind: 'outside-workspace' };
      continue;
    }
    if (!reads.has(target)) reads.set(target, readReferencedFile(host, target));
    const read = reads.get(target)!;
    if (read.status !== 'ok') { report.problem = { kind: 'missing', ...(read.status !== 'missing' ? { reason: read } : {}) }; continue; }
    const text = read.text;
    report.text = text;
    const parsed = cache ? cache.read(target, text) : { result: readConfig(text, { positions: true }) };
    const result = parsed.result;
    if (!result.ok) {
      const p = result.problem;
      const li = new LineIndex(text);
      const line = Math.min(Math.max(p.line - 1, 0), li.lineCount - 1);
      report.problem = { kind: p.kind, detail: p.detail, line: p.line, column: p.column, offset: Math.min(li.lineStart(line) + Math.max(p.column - 1, 0), li.lineEnd(line)) };
      continue;
    }
    report.config = result.config;
    const chosen = chooseDevice(parsed, result.config, fw);
    if (!chosen.device) { report.problem = { kind: 'panorama-choice', candidates: chosen.candidates ?? [] }; continue; }
    report.device = chosen.device;
    report.view = chosen.view;
  }
  return reports;
}

/** The configuration's interface by name, as the import maps it. */
export function configInterface(r: RunningConfigReport, name: string): ImportedInterface | undefined {
  return r.view?.interfaces.find((i) => i.name === name);
}

/** The span of the start tag at `offset` in the configuration (`<entry name="…">`), for a related location. */
export function tagSpan(r: RunningConfigReport, offset: number | undefined): { start: number; end: number } | undefined {
  if (offset === undefined || r.text === undefined) return undefined;
  const close = r.text.indexOf('>', offset);
  return { start: offset, end: close < 0 ? Math.min(offset + 1, r.text.length) : close + 1 };
}
