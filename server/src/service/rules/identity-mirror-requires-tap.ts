import { getBool } from '../tree';
import type { Rule } from './types';
import { label, mirrorSwitch, paths, receivesCopy, related, switchSpan, tapInterfaces, valueSpan } from './util';

type Reason = 'not-tap' | 'switch-cannot-mirror' | 'switch-no-erspan';

/**
 * `identity.mirror-requires-tap` — a mirrored path (`identity.method: mirror` or
 * `traffic.method: mirror`) cannot work as planned. A SPAN/ERSPAN copy is received on a tap
 * interface (PAN-OS tap interfaces; "Use a Tap Interface for DHCP Visibility"), or an ERSPAN copy on
 * the tunnel interface of a GRE tunnel with ERSPAN enabled (`mode: layer3`, `erspan: true`; "Use
 * ERSPAN to Send Mirrored Traffic through GRE Tunnels"), sent by a switch that can mirror, and an
 * ERSPAN feed needs an ERSPAN-capable switch. Three reasons:
 * - `not-tap`: the path's interface is neither a tap nor an ERSPAN tunnel interface. Range: the
 *   path's `interface` value; related: the interface's `mode` value.
 * - `switch-cannot-mirror`: the mirroring switch (identity: `identity.switch`, else the interface's
 *   `mirrorFrom`; traffic: `mirrorFrom`, else a mirror identity's `switch`) has neither `span: true`
 *   nor `erspan: true`. Range: that switch reference; related: the switch's `id`.
 * - `switch-no-erspan`: the interface has `erspan: true` and that switch's `erspan` is not true.
 *   Range: the switch reference; related: the switch's `id` and the interface's `erspan` value.
 * Findings on a shared `mirrorFrom` are reported once.
 * data: `{ reason, interface, firewall, tapInterfaces }` — tapInterfaces: the names of the firewall's
 * tap and ERSPAN tunnel interfaces (candidates for a quick fix).
 */
export const identityMirrorRequiresTap: Rule = {
  code: 'identity.mirror-requires-tap',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    const done = new Set<string>();
    for (const seg of ctx.plan.segments) {
      for (const { which, path } of paths(seg)) {
        if (path.method !== 'mirror' || !path.iface) continue;
        const iface = path.iface;
        const fw = iface.firewall;
        const taps = tapInterfaces(fw);
        const base = { interface: label(iface.name), firewall: label(fw.id), segment: label(seg.id), path: which };
        const emit = (reason: Reason, at: { start: number; end: number }, rel: ReturnType<typeof related>, extra: Record<string, string> = {}): void => {
          const key = `${at.start}|${reason}`;
          if (done.has(key)) return;
          done.add(key);
          ctx.report({
            ...at,
            messageId: `identity.mirror-requires-tap/${reason}`,
            args: { ...base, ...extra, tapInterfaces: taps.length ? taps.map((t) => `\`${t}\``).join(', ') : '@list.none' },
            related: rel,
            data: { reason, interface: iface.name, firewall: fw.id, tapInterfaces: taps },
          });
        };
        if (iface.mode !== undefined && !receivesCopy(iface)) {
          const at = valueSpan(path.map, 'interface');
          if (at) emit('not-tap', at, related(valueSpan(iface.map, 'mode'), 'related.interface-mode', { interface: label(iface.name), mode: iface.mode }), { mode: iface.mode });
        }
        const feed = mirrorSwitch(ctx.plan, seg, path, which);
        if (!feed) continue;
        const sw = feed.sw;
        const swRel = related(switchSpan(sw), 'related.switch', { switch: label(sw.id) });
        const span = getBool(sw.map, 'span') === true;
        const erspan = getBool(sw.map, 'erspan') === true;
        if (!span && !erspan) emit('switch-cannot-mirror', feed.at, swRel, { switch: label(sw.id) });
        else if (getBool(iface.map, 'erspan') === true && !erspan) {
          emit('switch-no-erspan', feed.at, [...swRel, ...related(valueSpan(iface.map, 'erspan'), 'related.interface-erspan', { interface: label(iface.name) })], { switch: label(sw.id) });
        }
      }
    }
  },
};
