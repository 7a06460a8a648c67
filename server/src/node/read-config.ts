/**
 * Reading a PAN-OS configuration file that the user named (the CLI's `pocplan import panos FILE`,
 * the editor's *Import Firewall Configuration…* file dialog): a regular file, at most
 * MAX_CONFIG_BYTES, as text. The reason is in words when it cannot be read.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';

/** Configurations are tens of MB at most; this refuses a wrong file before it is read. */
export const MAX_CONFIG_BYTES = 512 * 1024 * 1024;

/** Why a configuration cannot be read: `error` in English (the editor's message), `id` and `args` for the CLI's catalog (`cli.reason.*`). */
export interface ConfigUnread { error: string; id: string; args?: Record<string, string | number> }

export function readConfigFile(abs: string, shown: string): string | ConfigUnread {
  const unread = (reason: string, id: string, args?: Record<string, string | number>): ConfigUnread => ({ error: `cannot read ${shown}: ${reason}`, id, ...(args ? { args } : {}) });
  const failed = (e: unknown): ConfigUnread => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unread('no such file', 'cli.reason.no-such-file');
    if (code === 'EACCES') return unread('permission denied', 'cli.reason.permission-denied');
    return unread((e as Error).message, 'cli.reason.other', { message: (e as Error).message });
  };
  let st: fs.Stats;
  try { st = fs.statSync(abs); } catch (e) { return failed(e); }
  if (st.isDirectory()) return unread('is a directory', 'cli.reason.is-a-directory');
  if (!st.isFile()) return unread('not a regular file', 'cli.reason.not-a-regular-file');
  if (st.size > MAX_CONFIG_BYTES) {
    const args = { size: Math.round(st.size / 1048576), max: MAX_CONFIG_BYTES / 1048576 };
    return unread(`${args.size} MB is larger than the ${args.max} MB a configuration can be`, 'cli.reason.config-too-large', args);
  }
  try {
    // Most configurations are plain ASCII: then a Latin-1 slice is the same string, made without UTF-8
    // decoding (measured: about half the time of readFileSync(…, 'utf8') on 50 MB).
    const bytes = fs.readFileSync(abs);
    return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch (e) {
    return failed(e);
  }
}
