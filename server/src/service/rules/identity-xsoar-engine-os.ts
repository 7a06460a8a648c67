import { getString } from '../tree';
import type { Rule } from './types';
import { label, related, valueSpan } from './util';

/**
 * `identity.xsoar-engine-os` (added; info, strict: error) — a segment uses `xsoar-snmp` identity and
 * `xsoar.engineOs` is `windows`: IoT Security integrations work only with a Cortex XSOAR engine on
 * Linux.
 * Range: the `engineOs` value. Related: each segment's `xsoar-snmp` method.
 * data: `{ engineOs: 'linux' }` — the value to use.
 */
export const identityXsoarEngineOs: Rule = {
  code: 'identity.xsoar-engine-os',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'sourced',
  added: true,
  check(ctx) {
    const { xsoar } = ctx.plan;
    if (getString(xsoar, 'engineOs') !== 'windows') return;
    const users = ctx.plan.segments.filter((s) => s.identity?.method === 'xsoar-snmp');
    if (!users.length) return;
    ctx.report({
      ...valueSpan(xsoar, 'engineOs')!,
      args: { segments: users.map((s) => `\`${label(s.id)}\``).join(', ') },
      related: users.flatMap((s) => related(valueSpan(s.identity!.map, 'method'), 'related.identity-method', { segment: label(s.id), method: 'xsoar-snmp' })),
      data: { engineOs: 'linux' },
    });
  },
};
