/**
 * The Node.js side of the service's host: files from disk (and, in the server, open editor
 * buffers first), symbolic links resolved, workspace folders. Only the CLI and the server use it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseRcFile, RC_FILE, t, type Lang, type PartialSettings, type ServiceHost } from '../service';

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

/**
 * The file's text, or undefined when it is not a regular file, is larger than MAX_READ, or cannot
 * be read. Stat first, so a FIFO or a device is never opened; a missing file is an answer, not an
 * exception (throwing costs more than the stat).
 */
export function readFileSafe(p: string): string | undefined {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st?.isFile() || st.size > MAX_READ) return undefined;
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

export interface NodeHostOptions {
  /** Open documents, consulted before the disk. */
  openText?: (uri: string) => string | undefined;
  /** Workspace folder uris, longest match wins. */
  folders?: () => string[];
}

export function createNodeHost(opts: NodeHostOptions = {}): ServiceHost {
  return {
    readFile(uri) {
      const open = opts.openText?.(uri);
      // An open editor buffer obeys the same limit as a file on disk.
      if (open !== undefined) return open.length > MAX_READ ? undefined : open;
      const p = uriToPath(uri);
      return p === undefined ? undefined : readFileSafe(p);
    },
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
