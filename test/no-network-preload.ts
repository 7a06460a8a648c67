/**
 * A `node --require` preload that forbids the network: it wraps every Node API that can open a
 * connection or resolve a name (sockets other than local pipes, http/https/http2, tls, dgram, dns,
 * fetch, WebSocket) so that a call is logged and throws. The no-network test runs the CLI and the
 * stdio server under it and expects an empty log.
 *
 *   NO_NETWORK_LOG=/tmp/log node --require out/test/no-network-preload.js dist/server.js --stdio
 *
 * Allowed: `net.Socket#connect` to a path (a Unix socket or Windows named pipe — the LSP pipe
 * transport) and sockets that are not connected by the process (stdio pipes).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as fs from 'node:fs';
import type * as NetModule from 'node:net';
import type { Socket } from 'node:net';

const LOG = process.env.NO_NETWORK_LOG;

function violation(what: string): never {
  const line = `NO-NETWORK VIOLATION in pid ${process.pid}: ${what}\n${new Error().stack?.split('\n').slice(2, 8).join('\n') ?? ''}\n`;
  if (LOG) fs.appendFileSync(LOG, line);
  try { process.stderr.write(line); } catch { /* stderr may be closed */ }
  throw new Error(`network access is forbidden in this test: ${what}`);
}

function forbid(mod: Record<string, unknown>, name: string, fns: readonly string[]): void {
  for (const fn of fns) {
    if (typeof mod[fn] !== 'function') continue;
    Object.defineProperty(mod, fn, { configurable: true, writable: true, value: () => violation(`${name}.${fn}`) });
  }
}

// require, not import: the wrappers must replace the functions on the modules themselves.
const net = require('node:net') as typeof NetModule;
const originalConnect = net.Socket.prototype.connect;
// A pipe or Unix socket path is local IPC; a port or a host is the network.
net.Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
  // net.connect() passes its normalized arguments as one array: [options, callback].
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  const isPath = typeof first === 'string' && !/^\d+$/.test(first)
    || (!!first && typeof first === 'object' && typeof (first as { path?: unknown }).path === 'string');
  if (!isPath) violation(`net.Socket#connect(${JSON.stringify(first)})`);
  return (originalConnect as (...a: unknown[]) => Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

forbid(require('node:http') as Record<string, unknown>, 'http', ['request', 'get']);
forbid(require('node:https') as Record<string, unknown>, 'https', ['request', 'get']);
forbid(require('node:http2') as Record<string, unknown>, 'http2', ['connect']);
forbid(require('node:tls') as Record<string, unknown>, 'tls', ['connect']);
forbid(require('node:dgram') as Record<string, unknown>, 'dgram', ['createSocket']);
const dns = require('node:dns') as Record<string, unknown> & { promises: Record<string, unknown> };
const DNS_FNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'];
forbid(dns, 'dns', DNS_FNS);
forbid(dns.promises, 'dns.promises', DNS_FNS);
for (const g of ['fetch', 'WebSocket', 'EventSource']) {
  if (g in globalThis) Object.defineProperty(globalThis, g, { configurable: true, writable: true, value: () => violation(g) });
}
