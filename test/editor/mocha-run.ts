/**
 * The extension-host side of a test run: VS Code (code-server via scripts/editor/run-suite.mjs, or
 * @vscode/test-electron) loads a suite's index.js and awaits its run(). This creates mocha with the
 * suite's files and settles with its result.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Runs the compiled `*.test.js` files of `dir` (sorted) in one mocha run; rejects when a test fails. */
export function runMochaIn(dir: string, filter: (file: string) => boolean = (f) => f.endsWith('.test.js')): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  if (process.env.POCPLAN_EDITOR_GREP) mocha.grep(process.env.POCPLAN_EDITOR_GREP);
  const files = fs.readdirSync(dir).filter(filter).sort();
  if (!files.length) return Promise.reject(new Error(`no test files in ${dir}`));
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} in-editor test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
