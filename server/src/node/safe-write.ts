/**
 * The one way a command writes a user's file (render -o, export -o, import -o, init).
 *
 * Guarantees, each held by a test in test/unit/safe-write.test.ts:
 * - never the input: the target is compared with every input file by identity (device + inode
 *   of the resolved file, so a symlink, a hard link, a path through a symlinked folder or another
 *   spelling on a case-insensitive file system are all caught), not by path string;
 * - never through a symbolic link: a target that is a symlink is refused, and the folder is
 *   resolved once, so the rename lands where the check looked;
 * - never a plan or a device list: `*.pocplan.yaml`, `*.pocplan.yml` and `*.csv` targets are
 *   refused whatever the command (a plan is only ever edited in the editor, by minimal edits);
 * - all or nothing: the bytes go to a temporary file in the target's folder, are flushed, and
 *   replace the target by one rename; on any failure (read-only folder, full disk) the temporary
 *   file is removed and the target is as it was.
 *
 * The file-system calls are injectable so the tests can simulate what root cannot (a read-only
 * folder, ENOSPC).
 */
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

const PROTECTED = /\.(pocplan\.ya?ml|csv)$/i;

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
    throw new WriteRefused(`refusing to write ${shown}: plans (*.pocplan.yaml) and device lists (*.csv) are never overwritten by a command`, 'protected');
  }

  let dir: string;
  try {
    dir = fs.realpathSync(path.dirname(abs));
  } catch (e) {
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)}`, 'folder');
  }
  const final = path.join(dir, base);

  let existing: nodeFs.Stats | undefined;
  try { existing = fs.lstatSync(final); } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)}`, 'io');
  }
  if (existing && opts.createOnly) throw new WriteRefused(`refusing to write ${shown}: it already exists (choose another name; nothing was changed)`, 'exists');
  if (existing?.isSymbolicLink()) throw new WriteRefused(`refusing to write ${shown}: it is a symbolic link (write to the file it points to, or remove the link)`, 'symlink');
  if (existing && !existing.isFile()) throw new WriteRefused(`cannot write ${shown}: ${existing.isDirectory() ? 'is a directory' : 'not a regular file'}`, 'not-a-file');

  if (existing) {
    for (const input of opts.inputs) {
      const id = identityOf(fs, path.resolve(opts.cwd ?? process.cwd(), input));
      if (id && id.dev === existing.dev && id.ino === existing.ino) {
        throw new WriteRefused(`refusing to write ${shown}: it is the input file ${input} (the same file under another name)`, 'input');
      }
    }
  }

  const tmp = path.join(dir, `.${base}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    // wx: fail rather than follow anything already at the temporary name.
    fd = fs.openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (opts.createOnly) {
      fs.linkSync(tmp, final);
      fs.unlinkSync(tmp);
    } else {
      fs.renameSync(tmp, final);
    }
  } catch (e) {
    if (fd !== undefined) { try { fs.closeSync(fd); } catch { /* already failing */ } }
    try { fs.unlinkSync(tmp); } catch { /* never created */ }
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && opts.createOnly) throw new WriteRefused(`refusing to write ${shown}: it already exists (choose another name; nothing was changed)`, 'exists');
    throw new WriteRefused(`cannot write ${shown}: ${errnoText(e)}`, 'io');
  }
}
