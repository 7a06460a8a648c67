/**
 * Reading a PAN-OS configuration file that the user named (the CLI's `pocplan import panos FILE`,
 * the editor's *Import Firewall Configuration…* file dialog): a regular file, at most
 * MAX_CONFIG_BYTES, as text. The reason is in words when it cannot be read.
 */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';

/** Configurations are tens of MB at most; this refuses a wrong file before it is read. */
export const MAX_CONFIG_BYTES = 512 * 1024 * 1024;

export function readConfigFile(abs: string, shown: string): string | { error: string } {
  let st: fs.Stats;
  try { st = fs.statSync(abs); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}` };
  }
  if (st.isDirectory()) return { error: `cannot read ${shown}: is a directory` };
  if (!st.isFile()) return { error: `cannot read ${shown}: not a regular file` };
  if (st.size > MAX_CONFIG_BYTES) return { error: `cannot read ${shown}: ${Math.round(st.size / 1048576)} MB is larger than the ${MAX_CONFIG_BYTES / 1048576} MB a configuration can be` };
  try {
    // Most configurations are plain ASCII: then a Latin-1 slice is the same string, made without UTF-8
    // decoding (measured: about half the time of readFileSync(…, 'utf8') on 50 MB).
    const bytes = fs.readFileSync(abs);
    return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${shown}: ${code === 'EACCES' ? 'permission denied' : (e as Error).message}` };
  }
}
