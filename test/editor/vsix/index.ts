/**
 * The suite run against the packaged extension (`npm run test:editor:vsix`): code-server installs
 * the .vsix with --install-extension and this checks that the installed copy works.
 */
import { runMochaIn } from '../mocha-run';

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
