/**
 * Drift fixtures: a firewall's running configuration and a plan that matches it exactly; each
 * config.* rule test changes one side (variant) and checks the finding.
 */
import { check, dedent, unmark, WS, type CheckOpts } from './helpers';
import type { PlanDiagnostic } from '../server/src/service';
import { ethernet, firewallXml, vsys, zone } from './panos-helpers';

export const CONFIG_PATH = 'configs/fw-osaka.xml';
export const CONFIG_URI = `${WS}${CONFIG_PATH}`;

export const CONFIG = firewallXml(
  '<deviceconfig><system><hostname>fw-osaka</hostname></system></deviceconfig>\n' +
  ethernet(
    '\n<entry name="ethernet1/1"><virtual-wire/></entry>\n<entry name="ethernet1/2"><virtual-wire/></entry>\n' +
    '<entry name="ethernet1/3"><layer3/></entry>\n<entry name="ethernet1/4"><layer3/></entry>\n<entry name="ethernet1/7"><ha/></entry>\n<entry name="ethernet1/8"><tap/></entry>\n',
    '\n<dhcp><interface>\n<entry name="ethernet1/3"><relay><ip><enabled>yes</enabled><server><member>10.0.0.5</member><member>10.0.0.6</member></server></ip></relay></entry>\n' +
    '<entry name="ethernet1/4"><server><mode>auto</mode></server></entry>\n</interface></dhcp>\n' +
    '<virtual-wire>\n<entry name="vw1"><interface1>ethernet1/1</interface1><interface2>ethernet1/2</interface2><multicast-firewalling><enable>yes</enable></multicast-firewalling></entry>\n</virtual-wire>\n') +
  '\n' + vsys('\n' + zone('iot', 'virtual-wire', ['ethernet1/1'], 'yes') + '\n' + zone('core', 'virtual-wire', ['ethernet1/2']) + '\n' +
    zone('office', 'layer3', ['ethernet1/3'], 'no') + '\n' + zone('lab', 'layer3', ['ethernet1/4']) + '\n' + zone('span-copy', 'tap', ['ethernet1/8'], 'yes') + '\n'));

/** A plan that says exactly what CONFIG says. */
export const PLAN = dedent(`
  pocplan: 1
  title: Drift
  firewalls:
    - id: fw-osaka
      panos: 11.1.2
      runningConfig: configs/fw-osaka.xml
      interfaces:
        - name: ethernet1/1
          mode: virtual-wire
          zone: iot
          deviceId: true
          multicastFirewalling: true
        - name: ethernet1/2
          mode: virtual-wire
          zone: core
        - name: ethernet1/3
          mode: layer3
          zone: office
          deviceId: false
          dhcpRelay: [10.0.0.5, 10.0.0.6]
        - name: ethernet1/4
          mode: layer3
          zone: lab
          dhcpServer: true
        - name: ethernet1/8
          mode: tap
          zone: span-copy
          deviceId: true
`);

/**
 * CONFIG with an ERSPAN feed: GRE tunnel `erspan-5` (ERSPAN on) from the local interface
 * ethernet1/5 (layer3, zone `office`) onto tunnel.1, in zone `erspan` (Device-ID on).
 */
export const ERSPAN_CONFIG = CONFIG
  .replace('<entry name="ethernet1/8"><tap/></entry>\n', '<entry name="ethernet1/8"><tap/></entry>\n<entry name="ethernet1/5"><layer3/></entry>\n')
  .replace('</ethernet></interface>', '</ethernet><tunnel><units><entry name="tunnel.1"/></units></tunnel></interface>')
  .replace('</interface></dhcp>\n', '</interface></dhcp>\n<tunnel><gre><entry name="erspan-5"><erspan>yes</erspan><local-address><interface>ethernet1/5</interface></local-address><tunnel-interface>tunnel.1</tunnel-interface></entry></gre></tunnel>\n')
  .replace(zone('office', 'layer3', ['ethernet1/3'], 'no'), zone('office', 'layer3', ['ethernet1/3', 'ethernet1/5'], 'no'))
  .replace(zone('span-copy', 'tap', ['ethernet1/8'], 'yes'), `${zone('span-copy', 'tap', ['ethernet1/8'], 'yes')}\n${zone('erspan', 'layer3', ['tunnel.1'], 'yes')}`);

/** PLAN with one more interface (YAML lines under `- name: …`, indented as PLAN's). */
export function planWith(name: string, ...keys: string[]): string {
  return PLAN.replace('    interfaces:\n', `    interfaces:\n      - name: ${name}\n${keys.map((k) => `        ${k}\n`).join('')}`);
}

/** PLAN with one exact replacement (throws when `from` is not there). */
export function planVariant(from: string, to: string, base = PLAN): string {
  const i = base.indexOf(from);
  if (i < 0) throw new Error(`plan does not contain ${JSON.stringify(from)}`);
  return base.slice(0, i) + to + base.slice(i + from.length);
}

/** Checks a plan (with «» markers removed) beside a configuration; `config: null` leaves the file out. */
export function driftCheck(marked: string, config: string | null = CONFIG, opts: CheckOpts = {}): { text: string; ranges: Array<{ start: number; end: number }>; diagnostics: PlanDiagnostic[] } {
  const { text, ranges } = unmark(marked);
  const files = { ...(config !== null ? { [CONFIG_PATH]: config } : {}), ...(opts.files ?? {}) };
  return { text, ranges, diagnostics: check(text, { ...opts, files }).diagnostics };
}

/** Asserts that `code` fires exactly on the «marked» spans, returns those diagnostics (English). */
export function expectDriftAt(marked: string, code: string, config: string | null = CONFIG, opts: CheckOpts = {}): PlanDiagnostic[] {
  const r = driftCheck(marked, config, opts);
  const got = r.diagnostics.filter((d) => d.code === code);
  const show = (x: { start: number; end: number }): string => `${x.start}-${x.end} ${JSON.stringify(r.text.slice(x.start, x.end))}`;
  assertEqual(got.map(show).sort(), r.ranges.map(show).sort(), `ranges of ${code}; all: ${r.diagnostics.map((d) => d.code).join(', ')}`);
  return got;
}

function assertEqual(a: unknown, b: unknown, message: string): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${message}\n  got:      ${JSON.stringify(a)}\n  expected: ${JSON.stringify(b)}`);
}

/** The text under a related location of `d` in CONFIG. */
export function relatedConfigText(d: PlanDiagnostic, config = CONFIG): string[] {
  const lines = config.split('\n');
  return d.related.filter((r) => r.uri === CONFIG_URI).map((r) => {
    const l = lines[r.range.start.line]!;
    return r.range.start.line === r.range.end.line ? l.slice(r.range.start.character, r.range.end.character) : l.slice(r.range.start.character);
  });
}

/** Every config.* diagnostic is silent for the plan without `runningConfig`. */
export const WITHOUT_CONFIG = (text: string): string => text.replace(/^ *runningConfig: .*\n/m, '');
