import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, serverCapabilities } from '../util';

describe('activation', () => {
  it('the extension activates and its language server starts', async () => {
    const { ext, api } = await activate();
    assert.equal(ext.id, EXTENSION_ID);
    assert.ok(ext.isActive);
    assert.equal(api.client()?.isRunning(), true, 'the language client should be running');
    assert.equal(api.client()?.initializeResult?.serverInfo?.name, 'pocplan-language-server');
    assert.ok(serverCapabilities(api).textDocumentSync, 'the server syncs documents');
  });

  it('contributes the pocplan language for *.pocplan.yaml', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('pocplan'));
    const [plan] = await vscode.workspace.findFiles('**/*.pocplan.yaml', undefined, 1);
    assert.ok(plan, 'the workspace has plans');
    assert.equal((await vscode.workspace.openTextDocument(plan)).languageId, 'pocplan');
  });
});
