import type { RelatedFinding } from '../diagnostics';
import type { FirewallM } from '../model';
import { getBool } from '../tree';
import type { Rule } from './types';
import { label, nameList, paths, related, valueSpan } from './util';

const KEYS = ['cloudLogging', 'enhancedApplicationLogs'] as const;

/**
 * `logging.disabled` — a firewall that serves a segment (named by any `identity.firewall` or
 * `traffic.firewall`) has `logging.cloudLogging: false` or `logging.enhancedApplicationLogs: false`.
 * IoT Security learns devices from Enhanced Application Logs, which reach it only through cloud
 * logging to Strata Logging Service (formerly Cortex Data Lake) — even under a DRDL license.
 * Absent keys are not reported (the contract does not make them required).
 * Range: the `false` value. Related: each segment reference to the firewall.
 * Messages: `logging.disabled/<key>`.
 * data: `{ key: 'cloudLogging' | 'enhancedApplicationLogs' }`.
 */
export const loggingDisabled: Rule = {
  code: 'logging.disabled',
  severity: 'error',
  basis: 'sourced',
  check(ctx) {
    const users = new Map<FirewallM, { segments: string[]; related: RelatedFinding[] }>();
    for (const seg of ctx.plan.segments) {
      for (const { which, path } of paths(seg)) {
        const fw = path.firewall;
        if (!fw) continue;
        let u = users.get(fw);
        if (!u) { u = { segments: [], related: [] }; users.set(fw, u); }
        if (seg.id !== undefined && !u.segments.includes(seg.id)) u.segments.push(seg.id);
        u.related.push(...related(valueSpan(path.map, 'firewall'), 'related.segment-uses-firewall', { segment: label(seg.id), firewall: label(fw.id), path: which }));
      }
    }
    for (const [fw, u] of users) {
      for (const key of KEYS) {
        if (getBool(fw.logging, key) !== false) continue;
        ctx.report({
          ...valueSpan(fw.logging, key)!,
          messageId: `logging.disabled/${key}`,
          args: { firewall: label(fw.id), segments: nameList(u.segments) },
          related: u.related,
          data: { key },
        });
      }
    }
  },
};
