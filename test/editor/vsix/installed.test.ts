import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeOf, expectedCodes, fixture, openAndWaitForCodes, REPO, screenshot } from '../util';

describe('the installed .vsix', () => {
  afterEach(closeAllEditors);

  it('is the packaged copy, not the source folder', async () => {
    const { ext } = await activate();
    const rel = path.relative(REPO, ext.extensionPath);
    assert.ok(rel.startsWith('..') || path.isAbsolute(rel), `the extension runs from ${ext.extensionPath}, inside the repository`);
    assert.ok(!ext.extensionPath.includes(`${path.sep}node_modules${path.sep}`));
  });

  for (const name of ['mistakes-licensing.pocplan.yaml', 'mistakes-structure.pocplan.yaml']) {
    it(`opening ${name} shows its diagnostics`, async () => {
      await activate();
      const uri = fixture('examples', name);
      const expect = expectedCodes(await vscode.workspace.openTextDocument(uri));
      assert.ok(expect.length > 0);
      const { editor, diags } = await openAndWaitForCodes(uri, expect);
      if (name.startsWith('mistakes-licensing')) {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        const d = diags.find((x) => codeOf(x) === 'license.incompatible') ?? diags[0]!;
        editor.selection = new vscode.Selection(d.range.start, d.range.start);
        editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
        await screenshot('vsix-diagnostics');
      }
    });
  }
});
