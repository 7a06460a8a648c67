/**
 * The one way a command writes a user's file (render -o, export -o, import -o, init).
 *
 * Guarantees, each held by a test in test/unit/safe-write.test.ts:
 * - never the input: the target is compared with every input file by identity (device + inode
 *   of the resolved file, so a symlink, a hard link, a path through a symlinked folder or another
 *   spelling on a case-insensitive file system are all caught), not by path string;
 * - never through a symbolic link: a target that is a symlink is refused, and the folder is
 *   resolved once, so the rename lands where the check looked;
 * - never a plan, a device list or the settings: `*.pocplan.yaml`, `*.pocplan.yml`, `*.csv` and
 *   `.pocplanrc.yaml` targets are refused whatever the command, in any letter case (a plan is only
 *   ever edited in the editor, by minimal edits), unless `createOnly` makes a brand-new file;
 * - never a special file: a directory, FIFO, socket or device at the target is refused;
 * - all or nothing: the bytes go to a new temporary file (random name, created exclusively) in
 *   the target's folder, are flushed, and replace the target by one rename (which replaces the
 *   name, never writes into the file it named: another hard link to it keeps its content); on any
 *   failure (read-only folder, full disk) the temporary file is removed and the target is as it was.
 *
 * The file-system calls are injectable so the tests can simulate what root cannot (a read-only
 * folder, ENOSPC).
 */
import * as crypto from 'node:crypto';
import * as nodeFs from 'node:fs';
import * as path from 'node:path';

export type WriteFs = Pick<typeof nodeFs,
  'lstatSync' | 'statSync' | 'realpathSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'linkSync' | 'unlinkSync'>;

export interface SafeWriteOptions {
  /** Files the command read (the plan, its CSV lists, a running configuration): never written. */
  inputs: readonly string[];
  /**
   * Create a new file only (`pocplan init`, *New Plan*): the target must not exist, and may then be
   * a plan. The file appears whole or not at all, and is never put over one that appeared meanwhile
   * (temporary file + link(2), which fails when the name exists).
   */
  createOnly?: boolean;
  /** For tests. */
  fs?: WriteFs;
}

/** Why a write was refused or failed: `message` is for the user as it stands (English, like all CLI errors). */
export class WriteRefused extends Error {
  constructor(message: string, readonly reason: 'input' | 'symlink' | 'protected' | 'exists' | 'not-a-file' | 'folder' | 'io') {
    super(message);
    this.name = 'WriteRefused';
  }
}

/** Names no command may replace: plans, device lists, the settings file (any letter case). */
const PROTECTED = /(\.pocplan\.ya?ml|\.csv|^\.pocplanrc\.ya?ml)$/i;

/** True when `name` (a file name or path) is one a command must never overwrite. */
export function isProtectedName(name: string): boolean {
  return PROTECTED.test(path.basename(name));
}

/** Longest file-name part of a temporary name (NAME_MAX is 255 bytes on most file systems). */
const TMP_BASE_MAX = 80;

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such directory';
    case 'ENOTDIR': return 'a component of the path is not a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EISDIR': return 'is a directory';
    default: return (e as Error).message;
  }
}

interface Identity { dev: number; ino: number }

function identityOf(fs: WriteFs, p: string): Identity | undefined {
  try {
    const st = fs.statSync(p);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
}

/**
 * Writes `data` to `target` (resolved against `cwd`), or throws WriteRefused with a message that
 * names the target as the user wrote it (`shown`).
 */
export function writeFileSafely(target: string, data: string | Uint8Array, opts: SafeWriteOptions & { cwd?: string; shown?: string }): void {
  const fs = opts.fs ?? nodeFs;
  const shown = opts.shown ?? target;
  const abs = path.resolve(opts.cwd ?? process.cwd(), target);
  const base = path.basename(abs);
  if (base === '' || base === '.' || base === '..') throw new WriteRefused(`cannot write ${shown}: not a file name`, 'not-a-file');
  if (PROTECTED.test(base) && !opts.createOnly) {
    throw new WriteRefused(`refusing to write ${shown}: plans (*.pocplan.yaml), device lists (*.csv) and .pocplanrc.yaml are never overwritten by a command; choose another output name`, 'protected');
  }

  let dir: string;
  try {
    dir = fs.realpathSync(path.dirname(abs));
  } catch (e) {
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)}`, 'folder');
  }
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new WriteRefused(`cannot write ${shown}: a component of the path is not a directory`, 'folder');
  const final = path.join(dir, base);

  let existing: nodeFs.Stats | undefined;
  try { existing = fs.lstatSync(final); } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)}`, 'io');
  }
  if (existing && opts.createOnly) throw new WriteRefused(`refusing to write ${shown}: it already exists (choose another name; nothing was changed)`, 'exists');
  if (existing?.isSymbolicLink()) throw new WriteRefused(`refusing to write ${shown}: it is a symbolic link (write to the file it points to, or remove the link)`, 'symlink');
  if (existing && !existing.isFile()) throw new WriteRefused(`cannot write ${shown}: ${existing.isDirectory() ? 'it is a directory' : 'it is not a regular file (a FIFO, socket or device)'}`, 'not-a-file');

  if (existing) {
    for (const input of opts.inputs) {
      const id = identityOf(fs, path.resolve(opts.cwd ?? process.cwd(), input));
      if (id && id.dev === existing.dev && id.ino === existing.ino) {
        throw new WriteRefused(`refusing to write ${shown}: it is the input file ${input} (the same file under another name); choose another output name`, 'input');
      }
    }
  }

  // A fresh random name, opened with O_EXCL: never an existing file, never a link someone planted.
  const tmp = path.join(dir, `.${base.slice(0, TMP_BASE_MAX)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    // wx: fail rather than follow anything already at the temporary name.
    fd = fs.openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (opts.createOnly) {
      if (!linkNew(fs, tmp, final)) { fs.unlinkSync(tmp); createExclusive(fs, final, bytes, shown); return; }
      try { fs.unlinkSync(tmp); } catch { /* the plan is in place; a stray temporary file is all that is left */ }
    } else {
      fs.renameSync(tmp, final);
    }
  } catch (e) {
    if (e instanceof WriteRefused) throw e;
    if (fd !== undefined) { try { fs.closeSync(fd); } catch { /* already failing */ } }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && opts.createOnly) throw new WriteRefused(`refusing to write ${shown}: it already exists (choose another name; nothing was changed)`, 'exists');
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)} (nothing was changed)`, 'io');
  }
  syncFolder(fs, dir);
}

function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * link(2) the finished temporary file to its final name, which fails when the name exists. False
 * when the file system has no hard links (FAT, some network shares): the caller then creates the
 * file exclusively instead.
 */
function linkNew(fs: WriteFs, tmp: string, final: string): boolean {
  try {
    fs.linkSync(tmp, final);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return false;
    throw e;
  }
}

/** Without hard links: O_EXCL on the final name (never replaces a file), removed again if the write fails. */
function createExclusive(fs: WriteFs, final: string, bytes: Uint8Array, shown: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(final, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteRefused(`refusing to write ${shown}: it already exists (choose another name; nothing was changed)`, 'exists');
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)} (nothing was changed)`, 'io');
  }
  try {
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch (e) {
    try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(final); } catch { /* nothing more to undo */ }
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)} (nothing was changed)`, 'io');
  }
}

/** Makes the rename durable: flushes the folder's entry (best effort: not every system can open a folder). */
function syncFolder(fs: WriteFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the file's own data is already flushed.
  } finally {
    if (fd !== undefined) { try { fs.closeSync(fd); } catch { /* nothing to undo */ } }
  }
}

