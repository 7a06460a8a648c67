/** Entry point of the `pocplan` bin (bundled to dist/cli.js). */
import { runCli } from './main';
import './commands';

const code = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: () => process.cwd(),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
});
process.exitCode = code;
