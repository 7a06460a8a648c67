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

/** A configuration's bytes, in memory a worker thread can share, and how they decode. */
export interface ConfigBytes { bytes: Uint8Array; encoding: 'latin1' | 'utf8' }

function unreadFor(shown: string): { unread: (reason: string, id: string, args?: Record<string, string | number>) => ConfigUnread; failed: (e: unknown) => ConfigUnread } {
  const unread = (reason: string, id: string, args?: Record<string, string | number>): ConfigUnread => ({ error: `cannot read ${shown}: ${reason}`, id, ...(args ? { args } : {}) });
  const failed = (e: unknown): ConfigUnread => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unread('no such file', 'cli.reason.no-such-file');
    if (code === 'EACCES') return unread('permission denied', 'cli.reason.permission-denied');
    return unread((e as Error).message, 'cli.reason.other', { message: (e as Error).message });
  };
  return { unread, failed };
}

/**
 * The file's bytes (in a SharedArrayBuffer when `shared`), after the same checks as
 * readConfigFile. Most configurations are plain ASCII: then a Latin-1 decoding is the same string,
 * made without UTF-8 decoding (measured: about half the time of UTF-8 on 50 MB).
 */
export function readConfigBytes(abs: string, shown: string, opts: { shared?: boolean } = {}): ConfigBytes | ConfigUnread {
  const { unread, failed } = unreadFor(shown);
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return unread('is a directory', 'cli.reason.is-a-directory');
    if (!st.isFile()) return unread('not a regular file', 'cli.reason.not-a-regular-file');
    if (st.size > MAX_CONFIG_BYTES) {
      const args = { size: Math.round(st.size / 1048576), max: MAX_CONFIG_BYTES / 1048576 };
      return unread(`${args.size} MB is larger than the ${args.max} MB a configuration can be`, 'cli.reason.config-too-large', args);
    }
    let bytes: Uint8Array;
    if (opts.shared) {
      bytes = new Uint8Array(new SharedArrayBuffer(st.size));
      let at = 0;
      while (at < st.size) {
        const n = fs.readSync(fd, bytes, at, st.size - at, at);
        if (n === 0) break;
        at += n;
      }
      if (at < st.size) bytes = bytes.subarray(0, at);
    } else {
      bytes = fs.readFileSync(fd);
    }
    return { bytes, encoding: isAscii(bytes) ? 'latin1' : 'utf8' };
  } catch (e) {
    return failed(e);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The configuration's text, or why it cannot be read. */
export function readConfigFile(abs: string, shown: string): string | ConfigUnread {
  const r = readConfigBytes(abs, shown);
  return 'error' in r ? r : decodeConfig(r);
}

export function decodeConfig(r: ConfigBytes): string {
  return Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString(r.encoding);
}
