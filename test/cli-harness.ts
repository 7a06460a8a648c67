import * as path from 'node:path';
import { runCli } from '../server/src/cli/main';
import type { WriteFs } from '../server/src/node/safe-write';
import '../server/src/cli/commands';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface CliRun { code: number; stdout: string; stderr: string }

/** Runs the CLI in-process, as `pocplan <args>` from `cwd` (the repository root by default). */
export function cli(args: string[], opts: { cwd?: string; tty?: boolean; env?: Record<string, string>; writeFs?: WriteFs } = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    cwd: () => opts.cwd ?? ROOT,
    isTTY: opts.tty ?? false,
    env: opts.env ?? {},
    ...(opts.writeFs ? { writeFs: opts.writeFs } : {}),
  });
  return { code, stdout, stderr };
}
