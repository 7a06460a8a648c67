import type { Rule } from './types';
import { label } from './util';

/**
 * `config.missing-file` (added; info, strict: error) — the file a firewall's `runningConfig` names
 * cannot be read: it does not exist, is not a regular file, or is over the host's read limit.
 * Range: the `runningConfig` value. data: `{ firewall, path }`.
 */
export const configMissingFile: Rule = {
  code: 'config.missing-file',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'contract',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const r = ctx.configs?.get(fw.index);
      if (r?.problem?.kind !== 'missing') continue;
      ctx.report({ ...r.at, args: { firewall: label(fw.id), path: r.path }, data: { firewall: fw.id, path: r.path } });
    }
  },
};
