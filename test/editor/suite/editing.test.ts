import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, type Api, closeAllEditors, codeOf, expectedCodes, fixture, insertedText, openAndWaitForCodes, pocplanDiagnostics,
  problemCodes, publishCount, quickFixesFor, rangeOf, screenshot, serverCapabilities, skipBecause, waitForDiagnostics,
} from '../util';

/** Text of hovers, markdown and plain. */
function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Firewall ids defined in a plan (the `- id:` entries of its top-level `firewalls:` block). */
function firewallIds(doc: vscode.TextDocument): string[] {
  const block = /^firewalls:\n([\s\S]*?)(?=^\S)/m.exec(doc.getText())?.[1] ?? '';
  return [...block.matchAll(/^ {2}- id: *([\w.-]+)/gm)].map((m) => m[1]!);
}

describe('editing features', () => {
  let api: Api;
  before(async () => { ({ api } = await activate()); });
  afterEach(closeAllEditors);

  const FIXES = [
    // The "did you mean" value for a misspelt enum; the comment on the same line must survive.
    { file: ['examples', 'mistakes-structure.pocplan.yaml'], code: 'schema.enum', inserts: 'virtual-wire', keeps: '# misspelt value' },
    // Route the traffic inline, or stop enforcing: either removes the finding.
    { file: ['tap-enforcement.pocplan.yaml'], code: 'traffic.tap-enforcement', keeps: '# a tap copy can be watched' },
  ];
  for (const f of FIXES) {
    it(`a quick fix removes ${f.code} (executeCodeActionProvider + applyEdit)`, async function () {
      if (!serverCapabilities(api).codeActionProvider) skipBecause(this, 'the language server registers no code-action provider yet (issue #3)');
      const uri = fixture(...f.file);
      const expect = expectedCodes(await vscode.workspace.openTextDocument(uri));
      const { editor, diags } = await openAndWaitForCodes(uri, expect);
      const target = diags.find((d) => codeOf(d) === f.code);
      assert.ok(target, `no ${f.code} in ${f.file.join('/')}`);
      const offered = await quickFixesFor(uri, target);
      const fixes = offered.filter((a) => a.edit && !insertedText(a).includes('pocplan-disable'));
      assert.ok(fixes.length, `no quick fix with an edit for ${f.code}; offered: ${offered.map((a) => a.title).join(' | ') || 'nothing'}`);
      const fix = (f.inserts && fixes.find((a) => insertedText(a).includes(f.inserts))) || fixes.find((a) => a.isPreferred) || fixes[0]!;
      if (f.inserts) assert.ok(insertedText(fix).includes(f.inserts), `no fix inserts ${f.inserts}: ${fixes.map((a) => a.title).join(' | ')}`);

      // The lightbulb menu, as a user sees it.
      editor.selection = new vscode.Selection(target.range.start, target.range.start);
      editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await screenshot(`quick-fix-${f.code}`, 800);
      await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);

      const before = publishCount(uri);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), `applyEdit("${fix.title}") failed`);
      await waitForDiagnostics(uri, `${f.code} to go after "${fix.title}"`, (d) => !problemCodes(d).includes(f.code), { sinceCount: before });
      assert.ok(editor.document.getText().includes(f.keeps), `the fix "${fix.title}" lost the comment ${f.keeps}`);
      if (f.inserts) assert.ok(editor.document.getText().includes(`mode: ${f.inserts}`));
      assert.ok(!pocplanDiagnostics(uri).some((d) => codeOf(d) === f.code));
    });
  }

  it('completion after `firewall: ` lists the plan\'s firewall ids', async function () {
    if (!serverCapabilities(api).completionProvider) skipBecause(this, 'the language server registers no completion provider yet (issue #3)');
    const uri = fixture('examples', 'mistakes-licensing.pocplan.yaml');
    const { editor } = await openAndWaitForCodes(uri, expectedCodes(await vscode.workspace.openTextDocument(uri)));
    const ids = firewallIds(editor.document);
    assert.ok(ids.length >= 2, `expected two firewalls in the plan, found [${ids.join(', ')}]`);
    const at = rangeOf(editor.document, 'firewall: ', '\nsites:').end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
    const labels = list.items.map(label);
    for (const id of ids) assert.ok(labels.includes(id), `completion at ${at.line + 1}:${at.character + 1} lacks ${id}: [${labels.slice(0, 20).join(', ')}]`);

    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await screenshot('completion-firewall', 800);
    await vscode.commands.executeCommand('hideSuggestWidget');
  });

  it('hover answers on a key and on a firewall reference', async function () {
    if (!serverCapabilities(api).hoverProvider) skipBecause(this, 'the language server registers no hover provider yet (issue #3)');
    const uri = fixture('examples', 'pattern-1-inline.pocplan.yaml');
    const { editor } = await openAndWaitForCodes(uri, []);
    const doc = editor.document;
    const key = rangeOf(doc, 'iotLicense').start.translate(0, 2);
    const keyHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, key));
    assert.ok(keyHover.trim().length > 0, 'no hover on the iotLicense key');

    const [fw] = firewallIds(doc);
    const ref = rangeOf(doc, `firewall: ${fw}`, '\nsites:');
    const refPos = ref.end.translate(0, -2);
    const refHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, refPos));
    assert.ok(refHover.trim().length > 0, `no hover on the reference to ${fw}`);
    const model = /^ {4}model: *(\S+)/m.exec(doc.getText())?.[1];
    assert.ok(refHover.includes(fw!) || (model && refHover.includes(model)), `the hover on ${fw} does not summarise it: ${refHover.slice(0, 200)}`);

    editor.selection = new vscode.Selection(refPos, refPos);
    editor.revealRange(ref, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover-reference', 800);
  });
});
