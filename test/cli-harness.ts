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
  if (typeof code !== 'number') throw new Error(`pocplan ${args.join(' ')} waits for input: use cliAsync`);
  return { code, stdout, stderr };
}

/**
 * Runs the CLI in-process with a standard input (a command that asks, as `pocplan init` does on a
 * terminal): `stdin` is what the user types, `stdinTTY` whether it looks like a terminal.
 */
export async function cliAsync(args: string[], opts: { cwd?: string; env?: Record<string, string>; stdin?: NodeJS.ReadableStream; stdinTTY?: boolean; writeFs?: WriteFs } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = opts.stdin ? Object.assign(opts.stdin, { isTTY: opts.stdinTTY ?? true }) : undefined;
  const code = await runCli(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    cwd: () => opts.cwd ?? ROOT,
    isTTY: false,
    env: opts.env ?? {},
    ...(stdin ? { stdin } : {}),
    ...(opts.writeFs ? { writeFs: opts.writeFs } : {}),
  });
  return { code, stdout, stderr };
}
