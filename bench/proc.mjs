// Helpers of the benchmark's LSP client: settings lookup, file uris, and CPU/memory of a process
// read from /proc (Linux).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Look a dotted `section` up in a settings object (workspace/configuration semantics). */
export function lookupSection(settings, section) {
  if (!section) return settings ?? null;
  if (settings && Object.prototype.hasOwnProperty.call(settings, section)) return settings[section];
  let cur = settings;
  for (const part of section.split('.')) {
    if (cur == null || typeof cur !== 'object' || !(part in cur)) return null;
    cur = cur[part];
  }
  return cur ?? null;
}

let clkTck = null;
/** utime+stime of a process (all threads, incl. GC helpers) in ms, from /proc/<pid>/stat; null if unavailable. */
export function procCpuMs(pid) {
  try {
    if (clkTck === null) {
      try {
        clkTck = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
      } catch {
        clkTck = 100;
      }
    }
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // fields from #3 (state) on
    return ((Number(f[11]) + Number(f[12])) * 1000) / clkTck; // #14 utime, #15 stime
  } catch {
    return null;
  }
}

export function fileUri(path) {
  return pathToFileURL(path).href;
}

/** /proc/<pid>/status memory fields, in KiB (Linux only; null elsewhere or if the process is gone). */
export function procMemory(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const get = (k) => {
      const m = new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s);
      return m ? Number(m[1]) : null;
    };
    return { vmHWMKiB: get('VmHWM'), vmRSSKiB: get('VmRSS'), vmPeakKiB: get('VmPeak') };
  } catch {
    return null;
  }
}


const HEADER_SEP = Buffer.from('\r\n\r\n');

/**
 * A `data` listener that splits an LSP stdout stream into JSON messages (Content-Length framing).
 * `onMessage(msg, at)` gets each message with the time its chunk was read; `onError` a framing error.
 */
export function frameReader({ onChunk, onMessage, onError }) {
  let buf = Buffer.alloc(0);
  let failed = false;
  return (chunk) => {
    if (failed) return;
    const at = performance.now();
    onChunk?.(chunk.length);
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      const h = buf.indexOf(HEADER_SEP);
      if (h < 0) return;
      const header = buf.subarray(0, h).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) { failed = true; return onError(new Error(`LSP framing: no Content-Length in header ${JSON.stringify(header)}`)); }
      const len = Number(m[1]);
      const start = h + HEADER_SEP.length;
      if (buf.length < start + len) return;
      const body = buf.subarray(start, start + len).toString('utf8');
      buf = buf.subarray(start + len);
      let msg;
      try {
        msg = JSON.parse(body);
      } catch (e) {
        failed = true;
        return onError(new Error(`LSP framing: bad JSON body: ${e.message}`, { cause: e }));
      }
      onMessage(msg, at);
    }
  };
}
