import { configuredFirewalls } from '../panos/drift';
import { parseVersion } from '../version';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.version` (added; info, strict: warning) — the plan's `panos` differs from the release
 * the running configuration comes from (`<config detail-version>`; with only `<config version>`,
 * the x.y.0 of the configuration schema, just major and minor are compared). The version rules
 * (enforcement 10.0, ERSPAN and DHCP syslog 10.2, DHCP Broadcast Session…) read the plan's.
 * Silent for a Panorama configuration (a template does not say its firewalls' release).
 * Range: the `panos` value. Related: the `<config>` element. data: `{ firewall, key: 'panos', value }`.
 */
export const configVersion: Rule = {
  code: 'config.version',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'contract',
  added: true,
  check(ctx) {
    for (const { fw, report } of configuredFirewalls(ctx)) {
      const cfg = report.config!;
      const at = valueSpan(fw.map, 'panos');
      const plan = fw.panos;
      if (cfg.kind !== 'firewall' || !at || !plan) continue;
      const detail = parseVersion(cfg.detailVersion);
      const schema = parseVersion(cfg.version);
      const same = detail
        ? detail.major === plan.major && detail.minor === plan.minor && detail.patch === plan.patch && detail.hotfix === plan.hotfix
        : !schema || (schema.major === plan.major && schema.minor === plan.minor);
      if (same) continue;
      const value = detail ? detail.text : `${schema!.major}.${schema!.minor}`;
      const root = report.text?.indexOf('<config');
      ctx.report({
        ...at, messageId: detail ? 'config.version' : 'config.version/schema',
        args: { firewall: label(fw.id), path: report.path, planValue: plan.text, configValue: value },
        related: root !== undefined && root >= 0 ? [{ uri: report.uri, start: root, end: report.text!.indexOf('>', root) + 1, messageId: 'related.config-version' }] : [],
        data: { firewall: fw.id, key: 'panos', value },
      });
    }
  },
};
