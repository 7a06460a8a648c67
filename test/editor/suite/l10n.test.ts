import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeOf, expectedCodes, fixture, openAndWaitForCodes, problemCodes, screenshot, waitForDiagnostics, workspaceRoot } from '../util';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('Japanese messages', () => {
  before(async () => { await activate(); });
  afterEach(closeAllEditors);

  // code-server cannot switch its display language from a test (that needs a language pack and a
  // reload), so this drives the same server path through the `pocplan.language` setting, which
  // overrides the display language the client passes at start.
  it('pocplan.language = ja gives Japanese diagnostics with the same codes; clearing it restores English', async () => {
    const uri = fixture('examples', 'mistakes-licensing.pocplan.yaml');
    const expect = expectedCodes(await vscode.workspace.openTextDocument(uri));
    const { editor } = await openAndWaitForCodes(uri, expect);
    const displayIsJapanese = vscode.env.language.toLowerCase().startsWith('ja');
    const isJa = (d: vscode.Diagnostic[]) => d.length > 0 && d.every((x) => JAPANESE.test(x.message));
    const isEn = (d: vscode.Diagnostic[]) => d.length > 0 && d.every((x) => !JAPANESE.test(x.message));

    const config = vscode.workspace.getConfiguration('pocplan', uri);
    const previous = config.inspect<string>('language')?.workspaceValue;
    const settingsDir = vscode.Uri.joinPath(workspaceRoot(), '.vscode');
    const hadSettingsDir = fs.existsSync(settingsDir.fsPath);
    try {
      await config.update('language', 'ja', vscode.ConfigurationTarget.Workspace);
      const ja = await waitForDiagnostics(uri, 'Japanese messages', isJa);
      assert.deepEqual(problemCodes(ja), expect);
      const incompatible = ja.find((d) => codeOf(d) === 'license.incompatible');
      if (incompatible) {
        editor.selection = new vscode.Selection(incompatible.range.start, incompatible.range.start);
        editor.revealRange(incompatible.range, vscode.TextEditorRevealType.InCenter);
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot('diagnostics-ja', 800);
      }
    } finally {
      await config.update('language', previous, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsDir) fs.rmSync(settingsDir.fsPath, { recursive: true, force: true }); // only `{}` is left in it
    }
    if (!displayIsJapanese) {
      const en = await waitForDiagnostics(uri, 'English messages again', isEn);
      assert.deepEqual(problemCodes(en), expect);
    }
  });
});
