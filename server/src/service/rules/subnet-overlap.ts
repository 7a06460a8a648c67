import { parseSubnet, type Subnet } from '../net';
import type { SegmentM } from '../model';
import { getString } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `subnet.overlap` — two segments' valid subnets overlap (one contains the other, or they are
 * equal), so a device's address does not say which segment — and which identity/traffic path —
 * it belongs to. Invalid subnets (see `subnet.invalid`) are skipped.
 * One finding per later segment. Range: its `subnet` value. Related: each earlier overlapping subnet.
 * data: `{ overlaps: [{ segment, subnet }] }` — the earlier segments it overlaps.
 */
export const subnetOverlap: Rule = {
  code: 'subnet.overlap',
  severity: 'warning',
  basis: 'contract',
  check(ctx) {
    const seen: Array<{ seg: SegmentM; net: Subnet; text: string; at: { start: number; end: number } }> = [];
    for (const seg of ctx.plan.segments) {
      const text = getString(seg.map, 'subnet');
      const net = parseSubnet(text);
      const at = valueSpan(seg.map, 'subnet');
      if (!net || net.hostBits || !at) continue;
      const hits = seen.filter((o) => o.net.first <= net.last && net.first <= o.net.last);
      if (hits.length) {
        ctx.report({
          ...at,
          messageId: hits.length > 1 ? 'subnet.overlap/many' : 'subnet.overlap',
          args: {
            segment: label(seg.id), subnet: text!, other: label(hits[0]!.seg.id), otherSubnet: hits[0]!.text,
            others: hits.map((h) => `\`${label(h.seg.id)}\` (${h.text})`).join(', '),
          },
          related: hits.map((h) => ({ ...h.at, messageId: 'related.subnet', args: { segment: label(h.seg.id), subnet: h.text } })),
          data: { overlaps: hits.map((h) => ({ segment: h.seg.id, subnet: h.net.canonical })) },
        });
      }
      seen.push({ seg, net, text: text!, at });
    }
  },
};
