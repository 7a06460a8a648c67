/**
 * The Node.js side of the service's host: files from disk (and, in the server, open editor
 * buffers first), symbolic links resolved, workspace folders. Only the CLI and the server use it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRcFile, RC_FILE, t, type Lang, type PartialSettings, type ServiceHost } from '../service';
import type { FileRead } from '../service/files';

/** CSV device lists and plans are small; anything past this is refused rather than read. */
const MAX_READ = 16 * 1024 * 1024;
/** A folder listing is for completion: a few hundred entries are plenty. */
const MAX_ENTRIES = 1000;

export function uriToPath(uri: string): string | undefined {
  try { return uri.startsWith('file:') ? fileURLToPath(uri) : undefined; } catch { return undefined; }
}

export function pathToUri(p: string): string {
  return pathToFileURL(path.resolve(p)).toString();
}

/** What a file read gave (service/files.ts): its text or why there is none. */
export type { FileRead } from '../service/files';

const O_NONBLOCK = (fs.constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;

function kindOf(st: fs.Stats): 'directory' | 'fifo' | 'socket' | 'device' | 'other' {
  return st.isDirectory() ? 'directory' : st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : 'other';
}

/**
 * Reads a regular file of at most `limit` bytes, or says why not. The file is opened without
 * blocking and checked on the open descriptor (fstat), so a FIFO or a device is never read from
 * and nothing can be swapped in between the check and the read; a missing file is an answer, not
 * an exception.
 */
export function readTextFile(p: string, limit = MAX_READ): FileRead {
  let fd: number;
  try {
    fd = fs.openSync(p, fs.constants.O_RDONLY | O_NONBLOCK);
  } catch (e) {
    return openFailure(e);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { status: 'not-a-file', kind: kindOf(st) };
    if (st.size > limit) return { status: 'too-large', size: st.size, limit };
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < buf.length) {
      const got = fs.readSync(fd, buf, n, buf.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return { status: 'ok', text: buf.toString('utf8', 0, n) };
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EISDIR' ? { status: 'not-a-file', kind: 'directory' } : openFailure(e);
  } finally {
    fs.closeSync(fd);
  }
}

function openFailure(e: unknown): FileRead {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT': case 'ENOTDIR': return { status: 'missing' };
    case 'EISDIR': return { status: 'not-a-file', kind: 'directory' };
    case 'EACCES': case 'EPERM': return { status: 'unreadable', cause: 'permission' };
    case 'ENXIO': return { status: 'not-a-file', kind: 'socket' }; // a socket cannot be opened
    default: return { status: 'unreadable', cause: 'other' };
  }
}

/**
 * The file's text, or undefined when it is not a regular file, is larger than MAX_READ, or cannot
 * be read (readTextFile says which).
 */
export function readFileSafe(p: string): string | undefined {
  const r = readTextFile(p);
  return r.status === 'ok' ? r.text : undefined;
}

export interface NodeHostOptions {
  /** Open documents, consulted before the disk. */
  openText?: (uri: string) => string | undefined;
  /** Workspace folder uris, longest match wins. */
  folders?: () => string[];
}

export function createNodeHost(opts: NodeHostOptions = {}): ServiceHost {
  const readFileResult = (uri: string): FileRead => {
    const open = opts.openText?.(uri);
    // An open editor buffer obeys the same limit as a file on disk.
    if (open !== undefined) return open.length > MAX_READ ? { status: 'too-large', size: open.length, limit: MAX_READ } : { status: 'ok', text: open };
    const p = uriToPath(uri);
    // Another scheme (untitled:, a virtual file system) is nothing this host can read.
    return p === undefined ? { status: 'missing' } : readTextFile(p);
  };
  return {
    readFile(uri) {
      const r = readFileResult(uri);
      return r.status === 'ok' ? r.text : undefined;
    },
    readFileResult,
    realUri(uri) {
      const p = uriToPath(uri);
      if (p === undefined) return uri;
      // `.native` is one realpath(3) call; `fs.realpathSync` lstats every component of the path.
      try { return pathToUri(fs.realpathSync.native(p)); } catch {
        // A missing file: resolve its folder, so a symlinked folder is still caught.
        try { return pathToUri(path.join(fs.realpathSync.native(path.dirname(p)), path.basename(p))); } catch { return uri; }
      }
    },
    listFiles(dirUri) {
      const p = uriToPath(dirUri);
      if (p === undefined) return undefined;
      try {
        return fs.readdirSync(p, { withFileTypes: true }).slice(0, MAX_ENTRIES).map((e) => ({ name: e.name, directory: e.isDirectory() }));
      } catch {
        return undefined;
      }
    },
    workspaceFolder(uri) {
      const folders = opts.folders?.() ?? [];
      let best: string | undefined;
      for (const f of folders) {
        const base = f.endsWith('/') ? f : f + '/';
        if (uri.startsWith(base) && (!best || base.length > best.length)) best = base;
      }
      return best;
    },
  };
}

/** The nearest `.pocplanrc.yaml` from `dir` upwards (stopping at `stop` when given). */
export function findRcFile(dir: string, stop?: string): string | undefined {
  let d = path.resolve(dir);
  const end = stop ? path.resolve(stop) : undefined;
  for (;;) {
    const candidate = path.join(d, RC_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (end && d === end) return undefined;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** The settings of a `.pocplanrc.yaml`, and its problems in `lang`. */
export function loadRcFile(file: string | undefined, lang: Lang = 'en'): { settings: PartialSettings; problems: string[] } {
  if (!file) return { settings: {}, problems: [] };
  const text = readFileSafe(file);
  if (text === undefined) return { settings: {}, problems: [t(lang, 'config.cannot-read', { file })] };
  return parseRcFile(text, lang);
}

/** Where the rule pages are, when the package ships them (the .vsix and npm package do). */
export function localDocsBase(fromDir: string): string | undefined {
  let d = fromDir;
  for (let i = 0; i < 5; i++) {
    const docs = path.join(d, 'docs', 'rules');
    if (fs.existsSync(path.join(docs, 'README.md'))) return pathToFileURL(docs).toString() + '/';
    d = path.dirname(d);
  }
  return undefined;
}
