/**
 * Where *Export Plan Document* may write (no vscode import: unit-tested on its own). The save
 * dialog lets the user pick any file; the document must never replace the plan it comes from, a
 * CSV device list or the settings — the same rule as `pocplan render -o` (server/src/node/safe-write.ts),
 * which also does the writing on disk (temporary file + rename, never through a symbolic link).
 */
import * as path from 'node:path';
import { isProtectedName, writeFileSafely, WriteRefused } from '../../server/src/node/safe-write';

export type ExportRefusal = 'plan' | 'protected' | 'symlink' | 'not-a-file' | 'failed';

/** Why a target is refused before anything is written (any scheme), or undefined. */
export function refuseTarget(target: { scheme: string; path: string; toString(): string }, plan: { toString(): string }): ExportRefusal | undefined {
  if (target.toString() === plan.toString() || target.toString().toLowerCase() === plan.toString().toLowerCase()) return 'plan';
  if (isProtectedName(path.posix.basename(target.path))) return 'protected';
  return undefined;
}

/**
 * Writes the document to a file on disk, the plan (at `planPath`) among the files it must not be;
 * a refusal as a reason the caller turns into a message, with the system's detail when it failed.
 */
export function writeExportFile(targetPath: string, text: string, planPath: string | undefined): { refused: ExportRefusal; detail: string } | undefined {
  try {
    writeFileSafely(targetPath, text, { inputs: planPath ? [planPath] : [] });
    return undefined;
  } catch (e) {
    if (!(e instanceof WriteRefused)) throw e;
    const refused: ExportRefusal = e.reason === 'input' ? 'plan' : e.reason === 'protected' ? 'protected' : e.reason === 'symlink' ? 'symlink' : e.reason === 'not-a-file' ? 'not-a-file' : 'failed';
    return { refused, detail: e.message.replace(/^[^:]*: /, '') };
  }
}
