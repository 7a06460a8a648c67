/**
 * The in-editor suite (extensionTestsPath): the same test files run under code-server here
 * (`npm run test:editor`) and under @vscode/test-electron elsewhere (`npm run test:electron`,
 * which loads the *.test.js files itself).
 */
import { runMochaIn } from '../mocha-run';

export function run(): Promise<void> {
  return runMochaIn(__dirname);
}
