/**
 * The one way a command writes its output file: `writeOutput(io, target, data, { inputs })`.
 * It goes through node/safe-write.ts (identity, not path; no symlink; no plan, CSV or settings
 * target; temporary file + rename), prints a refusal as `pocplan: …` and answers the exit code:
 * 0 written, 2 refused or failed (the contract's "bad usage or unreadable input" class: nothing
 * was written and every input is as it was).
 *
 *   const code = writeOutput(io, out, text, { inputs: [planPath, ...csvPaths] });
 *   if (code) return code;
 */
import * as path from 'node:path';
import { writeFileSafely, WriteRefused } from '../node/safe-write';
import type { CliIO } from './main';

export interface OutputOptions {
  /** Every file the command read (plan, CSV lists, settings, a configuration export): never written. */
  inputs: readonly string[];
  /** A brand-new file only (`pocplan init`, `import -o`): refused when the name exists. */
  createOnly?: boolean;
}

export function writeOutput(io: CliIO, target: string, data: string | Uint8Array, opts: OutputOptions): number {
  const cwd = io.cwd();
  try {
    writeFileSafely(path.resolve(cwd, target), data, {
      inputs: opts.inputs.map((p) => path.resolve(cwd, p)),
      cwd,
      shown: target,
      ...(opts.createOnly ? { createOnly: true } : {}),
      ...(io.writeFs ? { fs: io.writeFs } : {}),
    });
    return 0;
  } catch (e) {
    if (!(e instanceof WriteRefused)) throw e;
    io.stderr(`pocplan: ${e.message}\n`);
    return 2;
  }
}
