/**
 * Idle-time warm-up. The extension activates when a workspace holds plans, usually well before one
 * is opened; the server spends that idle time checking a generated plan a few times, so the
 * validator is compiled and the parser and rules are already optimised by the JIT when the first
 * real plan arrives (a cold first check of a 10k-line plan costs about twice a warm one).
 *
 * It runs in short slices (one small check per event-loop turn) and stops for good as soon as a
 * document is open, so a plan opened during start-up waits at most one slice. Nothing is published.
 */

/** One firewall, one site and its segment per copy: the shapes and scalar styles real plans use. */
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
`;
  return { firewall, site };
}

/** A valid plan of about 40 lines per copy. */
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
