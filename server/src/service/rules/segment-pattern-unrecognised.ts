import { patternOf } from '../model';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

const IDENTITY = new Set(['inline-arp-dhcp', 'mirror', 'dhcp-syslog', 'xsoar-snmp', 'csv', 'dhcp-helper']);
const TRAFFIC = new Set(['inline', 'mirror']);

/**
 * `segment.pattern-unrecognised` (added; info, inferred) — both methods are set and valid but their
 * combination is none of the seed article's patterns (1, 2, 3, 4, 5-1, 5-2: every identity method
 * with inline traffic, and csv with mirrored traffic). Every such combination has mirrored traffic
 * with a non-CSV identity, which the article presents as a valid fallback when the firewall cannot
 * see the traffic directly (visibility only): message `/mirror` says so — valid, visibility only,
 * just not one of the article's diagrams. The base message covers any other combination.
 * Range: the `traffic.method` value. Related: the `identity.method` value.
 * data: `{ identity, traffic }`.
 */
export const segmentPatternUnrecognised: Rule = {
  code: 'segment.pattern-unrecognised',
  severity: 'info',
  strictSeverity: 'info',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const i = seg.identity?.method; const t = seg.traffic?.method;
      if (!i || !t || !IDENTITY.has(i) || !TRAFFIC.has(t) || patternOf(seg)) continue;
      const at = valueSpan(seg.traffic!.map, 'method');
      if (!at) continue;
      ctx.report({
        ...at,
        ...(t === 'mirror' ? { messageId: 'segment.pattern-unrecognised/mirror' } : {}),
        args: { segment: label(seg.id), identity: i, traffic: t },
        related: related(valueSpan(seg.identity!.map, 'method'), 'related.identity-method', { segment: label(seg.id), method: i }),
        data: { identity: i, traffic: t },
      });
    }
  },
};
