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
    type Entry = { index: number; seg: SegmentM; net: Subnet; text: string; at: { start: number; end: number } };
    const entries: Entry[] = [];
    for (const seg of ctx.plan.segments) {
      const text = getString(seg.map, 'subnet');
      const net = parseSubnet(text);
      const at = valueSpan(seg.map, 'subnet');
      if (!net || net.hostBits || !at) continue;
      entries.push({ index: entries.length, seg, net, text: text!, at });
    }
    // A sweep in address order: `active` holds the subnets that start at or before this one and
    // have not ended, and each of them overlaps it. The cost is n log n plus the overlaps found,
    // never every pair (a 100,000-line plan has thousands of segments).
    const earlier: Entry[][] = entries.map(() => []);
    let active: Entry[] = [];
    for (const e of [...entries].sort((x, y) => x.net.first - y.net.first || x.index - y.index)) {
      active = active.filter((o) => o.net.last >= e.net.first);
      for (const o of active) (o.index < e.index ? earlier[e.index]! : earlier[o.index]!).push(o.index < e.index ? o : e);
      active.push(e);
    }
    for (const e of entries) {
      const hits = earlier[e.index]!.sort((x, y) => x.index - y.index);
      if (!hits.length) continue;
      const { seg, text, at } = e;
      ctx.report({
        ...at,
        messageId: hits.length > 1 ? 'subnet.overlap/many' : 'subnet.overlap',
        args: {
          segment: label(seg.id), subnet: text, other: label(hits[0]!.seg.id), otherSubnet: hits[0]!.text,
          others: hits.map((h) => `\`${label(h.seg.id)}\` (${h.text})`).join(', '),
        },
        related: hits.map((h) => ({ ...h.at, messageId: 'related.subnet', args: { segment: label(h.seg.id), subnet: h.text } })),
        data: { overlaps: hits.map((h) => ({ segment: h.seg.id, subnet: h.net.canonical })) },
      });
    }
  },
};
