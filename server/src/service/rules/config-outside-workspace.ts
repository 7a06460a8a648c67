import type { Rule } from './types';
import { label } from './util';

/**
 * `config.outside-workspace` (added; info, strict: error) — `runningConfig` leads out of the plan's
 * workspace folder (`..`, an absolute path, another scheme, or a symbolic link that resolves
 * outside): refused before it is read, exactly as CSV device lists are (SECURITY.md §4).
 * Range: the `runningConfig` value.
 */
export const configOutsideWorkspace: Rule = {
  code: 'config.outside-workspace',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'contract',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const r = ctx.configs?.get(fw.index);
      if (r?.problem?.kind !== 'outside-workspace') continue;
      ctx.report({ ...r.at, args: { firewall: label(fw.id), path: r.path } });
    }
  },
};
