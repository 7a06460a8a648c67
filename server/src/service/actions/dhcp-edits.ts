/**
 * The edits that make a firewall log the devices' broadcast DHCP, shared by the fixes of
 * `identity.broadcast-dhcp-unseen` and `identity.dhcp-path-unset` (which writes `dhcp: broadcast`
 * and the same edit at once). Each turns on exactly what its title says; one that turns DHCP
 * Broadcast Session on also plans the release with its fix when the firewall's is older
 * (`upgrade`, from actions/upgrade.ts). Not a provider.
 */
import type { Draft } from '../language/draft';
import type { UpgradeTarget } from './upgrade';
import { at, PATH, put } from './util';

/** Firewall `i`, its interface `j` (-1 when unknown) and the release to plan with the session. */
export interface DhcpTarget { i: number; j: number; upgrade: UpgradeTarget | undefined }

export function enableSession(dr: Draft, x: DhcpTarget): void {
  put(dr, at.firewall(x.i), PATH.firewall, 'dhcpBroadcastSession', true);
  if (x.upgrade) put(dr, at.firewall(x.i), PATH.firewall, 'panos', x.upgrade.version);
}

export function addRelay(dr: Draft, x: DhcpTarget, server: string): void {
  put(dr, at.iface(x.i, x.j), PATH.iface, 'dhcpRelay', [server]);
}

export function serveDhcp(dr: Draft, x: DhcpTarget): void {
  put(dr, at.iface(x.i, x.j), PATH.iface, 'dhcpServer', true);
  enableSession(dr, x);
}

export function enableMulticast(dr: Draft, x: DhcpTarget): void {
  put(dr, at.iface(x.i, x.j), PATH.iface, 'multicastFirewalling', true);
}
