import { parseSubnet } from '../net';
import { getString } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `subnet.invalid` — a segment's `subnet` is not an IPv4 CIDR (`10.1.20.0/24`), or it has host bits
 * set (`10.1.20.5/24`), which is ambiguous: did the author mean the network or a host?
 * Range: the `subnet` value. No related information.
 * Messages: `subnet.invalid` (malformed), `subnet.invalid/host-bits`.
 * data: `{ canonical? }` — the network address / prefix, when the value is fixable (host bits set).
 */
export const subnetInvalid: Rule = {
  code: 'subnet.invalid',
  severity: 'error',
  basis: 'contract',
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const text = getString(seg.map, 'subnet');
      const at = valueSpan(seg.map, 'subnet');
      if (text === undefined || !at) continue;
      const s = parseSubnet(text);
      if (s && !s.hostBits) continue;
      ctx.report({
        ...at,
        messageId: s ? 'subnet.invalid/host-bits' : 'subnet.invalid',
        args: { segment: label(seg.id), subnet: text, canonical: s?.canonical ?? '' },
        data: s ? { canonical: s.canonical } : {},
      });
    }
  },
};
