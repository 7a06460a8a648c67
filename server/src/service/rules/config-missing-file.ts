import type { Rule } from './types';
import { label } from './util';

/**
 * `config.missing-file` (added; info, strict: error) — the file a firewall's `runningConfig` names
 * cannot be read: it does not exist, is not a regular file (`/not-a-file`), is over the host's read
 * limit (`/too-large`) or cannot be read (`/unreadable`: permission, an I/O error).
 * Range: the `runningConfig` value. data: `{ firewall, path, reason? }`.
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
      const why = r.problem.reason;
      const args: Record<string, string | number> = { firewall: label(fw.id), path: r.path };
      if (why?.status === 'too-large') Object.assign(args, { size: (Math.ceil(why.size / 104857.6) / 10).toFixed(1), limit: Math.round(why.limit / 1048576) });
      const messageId = why ? `config.missing-file/${why.status}` : undefined;
      ctx.report({ ...r.at, ...(messageId ? { messageId } : {}), args, data: { firewall: fw.id, path: r.path, ...(why ? { reason: why.status } : {}) } });
    }
  },
};
