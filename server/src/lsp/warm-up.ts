/**
 * Idle-time warm-up. The extension activates when a workspace holds plans, usually well before one
 * is opened; the server spends that idle time checking a generated plan and its CSV device lists
 * a few times, so the parser, the schema validator, the CSV reader and the rules are already
 * optimised by the JIT when the first real plan arrives (a cold first check of a 10k-line plan
 * costs about twice a warm one).
 *
 * It runs in short slices (one small check per event-loop turn) and stops for good as soon as a
 * document is open, so a plan opened during start-up waits at most one slice. Nothing is published.
 */

import type { ServiceHost } from '../service';

/** One firewall, one site and its two segments per copy: the shapes and scalar styles real plans use. */
function copy(i: number): { firewall: string; site: string } {
  const n = String(i).padStart(3, '0');
  const firewall = `  - id: fw-${n}
    model: PA-450
    sku: PAN-PA-450
    type: prod
    panos: 11.1.3
    managedBy: local
    iotLicense:
      type: trial              # a production firewall takes a trial license
      expires: 2027-03-10
    logging: { cloudLogging: true, enhancedApplicationLogs: true, region: japan }
    interfaces:
      - name: ethernet1/${(i % 8) + 1}
        mode: layer3
        zone: "zone-${n}"
        deviceId: true
        dhcpRelay: [10.${i % 250}.0.10]
`;
  const site = `  - id: site-${n}
    name: 'Plant ${n}'
    segments:
      - id: seg-${n}
        name: Scanners ${n}
        subnet: 10.${i % 250}.${(i * 7) % 250}.0/24
        addressing: dhcp
        dhcp: broadcast
        identity: { method: inline-arp-dhcp, firewall: fw-${n}, interface: ethernet1/${(i % 8) + 1} }
        traffic:
          method: inline
          firewall: fw-${n}
          interface: ethernet1/${(i % 8) + 1}
        enforce: true
      - id: cam-${n}
        name: Cameras ${n}
        subnet: ${camSubnet(i)}.0/24
        addressing: static
        identity: { method: csv, csv: ${csvName(i)} }
        traffic: { method: inline, firewall: fw-${n}, interface: ethernet1/${(i % 8) + 1} }
        enforce: false
`;
  return { firewall, site };
}

/** The camera segment's /24 (its first three octets): beside, never overlapping, the scanners'. */
function camSubnet(i: number): string {
  return `10.${i % 250}.${(i * 7 + 1) % 250}`;
}

function csvName(i: number): string {
  return `cameras-${String(i).padStart(3, '0')}.csv`;
}

/**
 * The device lists the warm-up plan's camera segments name, by file name: static-IP devices inside
 * each segment's subnet, MAC addresses in the spellings real exports use.
 */
export function warmUpFiles(copies: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < copies; i++) {
    const rows = ['ip,mac,vendor,model'];
    for (let d = 0; d < 12; d++) {
      const hex = (d * 17 + i).toString(16).padStart(2, '0');
      const mac = d % 3 === 0 ? `00:0a:95:9d:${hex}:16` : d % 3 === 1 ? `00-0A-95-9D-${hex.toUpperCase()}-17` : `00 0A 95 9D ${hex.toUpperCase()} 18`;
      rows.push(`${camSubnet(i)}.${10 + d},${mac},${d % 2 ? 'Axis' : 'Hikvision'},${d % 2 ? 'P3245' : 'DS-2CD2'}`);
    }
    files.set(csvName(i), `${rows.join('\n')}\n`);
  }
  return files;
}

/** Where the warm-up plan lives: a uri no document has, with a folder for its device lists. */
export const WARM_UP_URI = 'untitled:/pocplan-warm-up/plan.pocplan.yaml';
const WARM_UP_DIR = 'untitled:/pocplan-warm-up/';

/**
 * A host that serves the warm-up plan's device lists from memory (nothing is read from disk), for a
 * service of the warm-up's own, so the real service's caches never hold warm-up entries.
 */
export function warmUpHost(copies: number): ServiceHost {
  const files = warmUpFiles(copies);
  return { readFile: (uri) => (uri.startsWith(WARM_UP_DIR) ? files.get(uri.slice(WARM_UP_DIR.length)) : undefined) };
}

/** A valid plan of about 50 lines per copy, with one CSV device list per copy. */
export function warmUpPlan(copies: number): string {
  const parts = Array.from({ length: copies }, (_, i) => copy(i));
  return `# warm-up plan
pocplan: 1
title: Warm-up
customer: Example
locale: en
poc:
  start: 2027-01-11
  end: 2027-02-19
tenant:
  name: warm-up
  region: japan
firewalls:
${parts.map((p) => p.firewall).join('')}sites:
${parts.map((p) => p.site).join('')}`;
}

export interface WarmUpOptions {
  /** Checks one text; errors are the caller's to swallow. */
  check(text: string): void;
  /** True once real work has arrived (a document is open): the warm-up stops. */
  busy(): boolean;
  /** Checks to run at most. */
  rounds?: number;
  /** Copies per plan (about 40 lines each): small enough that one slice stays short. */
  copies?: number;
  /** Where each slice is scheduled (tests pass a synchronous or counted scheduler). */
  schedule?: (f: () => void) => void;
}

/** Starts the warm-up; resolves with the number of checks that ran. */
export function startWarmUp(o: WarmUpOptions): Promise<number> {
  const rounds = o.rounds ?? 12;
  const text = warmUpPlan(o.copies ?? 8);
  const schedule = o.schedule ?? ((f: () => void) => { setImmediate(f); });
  return new Promise((resolve) => {
    let done = 0;
    const step = (): void => {
      if (done >= rounds || o.busy()) { resolve(done); return; }
      // A different text each round, as an editing user's would be: same size, one value changed.
      try { o.check(text.replace('title: Warm-up', `title: Warm-up ${done}`)); } catch { /* the real check will report */ }
      done++;
      schedule(step);
    };
    schedule(step);
  });
}
