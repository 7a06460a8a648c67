import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, closeAllEditors, codeOf, fixture, pocplanDiagnostics, publishCount, screenshot, skipBecause, waitFor, waitForDiagnostics } from '../util';

describe('the PAN-OS bridge in the editor', () => {
  before(async () => { await activate(); });
  afterEach(closeAllEditors);

  it('a plan with runningConfig: config.mode on the plan\'s mode, related to the interface in the XML', async () => {
    const uri = fixture('drift.pocplan.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diags = await waitForDiagnostics(uri, 'config.mode from configs/fw-drift.xml', (d) => d.some((x) => codeOf(x) === 'config.mode'));
    const d = diags.find((x) => codeOf(x) === 'config.mode')!;
    assert.equal(editor.document.getText(d.range), 'tap');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, /`ethernet1\/4` of firewall `fw-drift` is `tap` in the plan but `layer3` in its running configuration/);
    const rel = d.relatedInformation?.[0];
    assert.ok(rel, 'related information into the configuration');
    assert.equal(rel.location.uri.toString(), fixture('configs', 'fw-drift.xml').toString());
    const xml = await vscode.workspace.openTextDocument(rel.location.uri);
    assert.equal(xml.getText(rel.location.range), '<entry name="ethernet1/4">');
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    await screenshot('editor-config-drift');
    // The quick fix takes the configuration's value, and the finding goes.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const take = actions.find((a) => a.title.startsWith('Take the value from the running configuration'));
    assert.ok(take?.edit, `quick fix offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(take.edit));
    await waitForDiagnostics(uri, 'config.mode gone after the fix', (x) => !x.some((y) => codeOf(y) === 'config.mode'));
    assert.match(editor.document.getText(), /name: ethernet1\/4\n {8}mode: layer3\n/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Import Firewall Configuration…: the configuration becomes the plan\'s firewall, as one edit that keeps comments', async function () {
    if (!(await vscode.commands.getCommands(true)).includes('pocplan.importFirewallConfig')) skipBecause(this, 'the import command is not registered');
    const uri = fixture('import-target.pocplan.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // The import's edit triggers a check: wait for a publish newer than this one (the plan may have been opened before).
    const before = publishCount(uri);
    await vscode.commands.executeCommand('pocplan.importFirewallConfig', uri, fixture('configs', 'fw-drift.xml'));
    const text = await waitFor('the imported firewall in the plan', () => (editor.document.getText().includes('- id: fw-drift') ? editor.document.getText() : undefined), { events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>] });
    assert.match(text, /^# A plan the in-editor suite imports/);
    assert.match(text, /title: Import target {3}# a comment the import keeps\n/);
    assert.match(text, /\n {4}runningConfig: configs\/fw-drift\.xml\n/);
    assert.match(text, /\n {6}- name: ethernet1\/3\n {8}mode: layer3\n {8}zone: office\n {8}deviceId: false\n {8}dhcpRelay: \[10\.0\.0\.5, 10\.0\.0\.6\]\n/);
    // The imported plan matches its configuration: no config.* finding.
    const diags = await waitForDiagnostics(uri, 'a check of the imported plan', () => true, { sinceCount: before });
    assert.deepEqual(diags.filter((d) => codeOf(d).startsWith('config.')).map(codeOf), []);
    assert.ok(pocplanDiagnostics(uri).every((d) => !codeOf(d).startsWith('config.')));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
