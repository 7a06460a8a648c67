import { interfacePairs, relatedIn, zoneOffset } from '../panos/drift';
import { getBool } from '../tree';
import type { Rule } from './types';
import { label, valueSpan } from './util';

/**
 * `config.device-id` (added; info, strict: warning) — the plan's `deviceId` differs from the
 * Device-ID setting (`enable-device-identification`) of the zone the running configuration puts
 * the interface in; absent in the configuration is off, PAN-OS's default. Device-ID policy only
 * matches in zones that have it (facts.md §3.11). Range: the `deviceId` value. Related: the zone.
 * data: `{ firewall, interface, key: 'deviceId', value }`.
 */
export const configDeviceId: Rule = {
  code: 'config.device-id',
  severity: 'info',
  strictSeverity: 'warning',
  basis: 'sourced',
  added: true,
  check(ctx) {
    for (const p of interfacePairs(ctx)) {
      const plan = getBool(p.iface.map, 'deviceId');
      const at = valueSpan(p.iface.map, 'deviceId');
      if (plan === undefined || !at || p.cfg?.deviceId === undefined || p.cfg.deviceId === plan) continue;
      ctx.report({
        ...at, messageId: p.cfg.deviceId ? 'config.device-id/on' : 'config.device-id',
        args: { interface: p.name, firewall: label(p.fw.id), path: p.report.path, zone: p.cfg.zone ?? '' },
        related: relatedIn(p.report, zoneOffset(p), 'related.config-zone', { zone: p.cfg.zone ?? '' }),
        data: { firewall: p.fw.id, interface: p.name, key: 'deviceId', value: p.cfg.deviceId },
      });
    }
  },
};
