import type { Rule } from './types';
import { label } from './util';

/**
 * `config.parse-error` (added; info, strict: error) — the running configuration was read but cannot
 * be used as this firewall's configuration: not well-formed XML (variant by default, with the line
 * and column), a DTD (`/dtd`, refused: never read), nested too deep (`/too-deep`), not a PAN-OS
 * configuration (`/not-config`), or a Panorama configuration whose templates do not include this
 * firewall (`/panorama-choice`). Range: the `runningConfig` value. Related: the place in the file.
 */
export const configParseError: Rule = {
  code: 'config.parse-error',
  severity: 'info',
  strictSeverity: 'error',
  basis: 'contract',
  added: true,
  check(ctx) {
    for (const fw of ctx.plan.firewalls) {
      const r = ctx.configs?.get(fw.index);
      const p = r?.problem;
      if (!r || !p || p.kind === 'missing' || p.kind === 'outside-workspace') continue;
      const base = { firewall: label(fw.id), path: r.path };
      if (p.kind === 'panorama-choice') {
        ctx.report({ ...r.at, messageId: 'config.parse-error/panorama-choice', args: { ...base, candidates: p.candidates.map((c) => `\`${c}\``).join(', ') || '@list.none' } });
        continue;
      }
      const related = r.text !== undefined ? [{ uri: r.uri, start: p.offset, end: Math.min(p.offset + 1, r.text.length), messageId: 'related.config-problem' }] : [];
      ctx.report({
        ...r.at, messageId: p.kind === 'malformed' ? 'config.parse-error' : `config.parse-error/${p.kind}`,
        args: { ...base, line: p.line, column: p.column, detail: p.detail }, related,
      });
    }
  },
};
