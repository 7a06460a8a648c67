/** Entry point of the `pocplan` bin (bundled to dist/cli.js). */
import { runCli } from './main';
import './commands';

// `process.env` is backed by the C++ runtime: every property read is a call out of JavaScript.
// The yaml library's parser reads `process.env.LOG_TOKENS` once per token: hundreds of times per
// plan, over a third of its parse time (a quarter of a warm check). This process only reads its
// environment, so a plain copy gives the same answers at the cost of an ordinary property read.
process.env = { ...process.env };

// `pocplan check … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: () => process.cwd(),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  // Made only when a command asks (reading process.stdin opens a handle on the descriptor).
  get stdin() { return process.stdin; },
  ...(process.stdout.isTTY ? { stdoutStream: process.stdout } : {}),
});
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; }, (e: unknown) => { process.stderr.write(`pocplan: ${(e as Error)?.stack ?? String(e)}\n`); process.exitCode = 2; });
