import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activate, closeAllEditors, codeOf, fixture, openAndWaitForCodes, plansWithExpectations, pocplanDiagnostics, problemCodes,
  publishCount, rangeOf, screenshot, waitForDiagnostics,
} from '../util';

describe('diagnostics in the editor', () => {
  before(async () => { await activate(); });
  afterEach(closeAllEditors);

  const plans = plansWithExpectations();
  it('the workspace holds the example plans and the editor fixtures', () => {
    assert.ok(plans.length >= 10, `only ${plans.length} plans with an # expect: line in the workspace`);
    assert.ok(plans.some((p) => p.name.startsWith('examples/pattern-')));
    assert.ok(plans.some((p) => p.name === 'tap-enforcement.pocplan.yaml'));
  });

  for (const plan of plans) {
    it(`${plan.name}: [${plan.expect.join(' ') || 'no errors or warnings'}]`, async () => {
      const { diags } = await openAndWaitForCodes(plan.uri, plan.expect);
      assert.deepEqual(problemCodes(diags), plan.expect);
      for (const d of diags) {
        // Every finding links to its rule page (LSP codeDescription -> code.target).
        assert.equal(typeof d.code, 'object', `${codeOf(d)} has no codeDescription link`);
        const target = (d.code as { value: string; target: vscode.Uri }).target;
        assert.ok(target instanceof vscode.Uri, `${codeOf(d)}: codeDescription target is not a URI`);
        assert.ok(target.toString().includes(codeOf(d)), `${codeOf(d)}: link ${target.toString()} is not its rule page`);
        assert.ok(d.message.length > 10, `${codeOf(d)}: empty message`);
      }
    });
  }

  it('ranges sit on the offending key or value (mistakes-structure)', async () => {
    const uri = fixture('examples', 'mistakes-structure.pocplan.yaml');
    const { editor, diags } = await openAndWaitForCodes(uri, plans.find((p) => p.uri.toString() === uri.toString())!.expect);
    const doc = editor.document;
    const textOf = (code: string) => diags.filter((d) => codeOf(d) === code).map((d) => doc.getText(d.range));
    assert.deepEqual(textOf('schema.unknown-key'), ['iotLicence']);
    assert.deepEqual(textOf('schema.enum'), ['virtual-wre']);
    assert.deepEqual(textOf('ref.unknown'), ['ethernet1/3']);
    assert.deepEqual(textOf('subnet.invalid'), ['10.9.300.0/24']);
    for (const d of diags.filter((x) => codeOf(x) === 'schema.unknown-key' || codeOf(x) === 'schema.enum')) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    }
  });

  it('traffic.tap-enforcement points at `enforce: true` and relates to the tap interface', async () => {
    const uri = fixture('tap-enforcement.pocplan.yaml');
    const { editor, diags } = await openAndWaitForCodes(uri, ['traffic.tap-enforcement']);
    const d = diags.find((x) => codeOf(x) === 'traffic.tap-enforcement')!;
    assert.equal(editor.document.getText(d.range), 'enforce: true');
    assert.ok(d.relatedInformation?.length, 'relatedInformation is missing');
    const rel = d.relatedInformation[0]!;
    assert.equal(rel.location.uri.toString(), uri.toString());
    assert.match(editor.document.getText(rel.location.range), /ethernet1\/7/);
    assert.match(rel.message, /ethernet1\/7/);
  });

  it('re-checks as you type: an edit adds a finding, editing it back removes it', async () => {
    const uri = fixture('examples', 'pattern-1-inline.pocplan.yaml');
    const { editor } = await openAndWaitForCodes(uri, []);
    const doc = editor.document;
    const at = rangeOf(doc, 'observationDays: 14');
    let before = publishCount(uri);
    assert.ok(await editor.edit((e) => e.replace(at, 'observationDays: 1')));
    await waitForDiagnostics(uri, 'poc.observation-short after the edit', (d) => problemCodes(d).includes('poc.observation-short'), { sinceCount: before });
    before = publishCount(uri);
    assert.ok(await editor.edit((e) => e.replace(rangeOf(doc, 'observationDays: 1'), 'observationDays: 14')));
    await waitForDiagnostics(uri, 'no findings after editing back', (d) => problemCodes(d).length === 0, { sinceCount: before });
  });

  it('shows findings as squiggles and in the Problems panel (screenshot)', async () => {
    const uri = fixture('examples', 'mistakes-licensing.pocplan.yaml');
    const { editor, diags } = await openAndWaitForCodes(uri, plans.find((p) => p.uri.toString() === uri.toString())!.expect);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const d = diags.find((x) => codeOf(x) === 'license.incompatible')!;
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
    await screenshot('editor-diagnostics');
    // The hover on a finding: its message, code and link (plus the server's hover when it has one).
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('editor-diagnostic-hover', 800);
    assert.ok(pocplanDiagnostics(uri).length >= diags.length);
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
