/**
 * Files a plan refers to (CSV device lists today; any other kind the same way): how a read turned
 * out. A host that can tell why a file has no text implements `ServiceHost.readFileResult`; for a
 * host with only `readFile`, every failure reads as `missing` — the old behaviour.
 */
import type { ServiceHost } from './check';

/** Why a referenced file has no text, when it has none. */
export type FileProblem =
  /** Nothing exists at that path: the only case where creating the file is a fix. */
  | { status: 'missing' }
  /** A regular file larger than the host reads (`limit` bytes, or characters for an open buffer). */
  | { status: 'too-large'; size: number; limit: number }
  /** Something that is not a regular file: a folder, a FIFO, a socket, a device. */
  | { status: 'not-a-file'; kind: 'directory' | 'fifo' | 'socket' | 'device' | 'other' }
  /** It exists but cannot be read: no permission, or another error (an I/O error, a symlink loop). */
  | { status: 'unreadable'; cause: 'permission' | 'other' };

/** The outcome of reading one referenced file. */
export type FileRead = { status: 'ok'; text: string } | FileProblem;

/** Reads `uri` through the host, with the reason when there is no text. */
export function readReferencedFile(host: ServiceHost, uri: string): FileRead {
  if (host.readFileResult) return host.readFileResult(uri);
  const text = host.readFile(uri);
  return text === undefined ? { status: 'missing' } : { status: 'ok', text };
}

/** True only when nothing at all exists at `uri` (so a fix may create it without losing anything). */
export function nothingAt(host: ServiceHost, uri: string): boolean {
  return readReferencedFile(host, uri).status === 'missing';
}
