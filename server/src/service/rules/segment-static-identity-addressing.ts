import { getPair, getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `segment.static-identity-addressing` (added; info, strict: warning) — a segment has a
 * `staticIdentity` (the second identity method, for the static-IP devices of a segment that has
 * both) but its `addressing` is not `mixed`. With `dhcp` (or none), the plan says there are no
 * static devices to list; with `static`, every device is static and the CSV list belongs in
 * `identity` (patterns 5-1/5-2), where the contract's rules check it.
 * Range: the `staticIdentity` key. Related: the `addressing` value.
 * Messages: the base message (dhcp or unset), `/static`.
 * data: `{ addressing }` — the value as written, absent when unset.
 */
export const segmentStaticIdentityAddressing: Rule = {
  code: 'segment.static-identity-addressing',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'inferred',
  added: true,
  check(ctx) {
    for (const seg of ctx.plan.segments) {
      const pair = getPair(seg.map, 'staticIdentity');
      if (!pair || !seg.staticIdentity) continue;
      const addressing = getString(seg.map, 'addressing');
      if (addressing === 'mixed') continue;
      ctx.report({
        start: pair.key.start, end: pair.key.end,
        ...(addressing === 'static' ? { messageId: 'segment.static-identity-addressing/static' } : {}),
        args: { segment: label(seg.id), addressing: addressing ?? '@list.none' },
        related: related(valueSpan(seg.map, 'addressing'), 'related.addressing', { segment: label(seg.id), addressing: addressing ?? '' }),
        data: addressing !== undefined ? { addressing } : {},
      });
    }
  },
};
