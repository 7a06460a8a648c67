/**
 * The editing features through the real server over in-memory streams: completion, hover, code
 * actions (quick fixes with their diagnostic payloads, templates that create files, fix-all),
 * navigation, rename, outline, folding, inlay hints.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CodeActionResolveRequest, CompletionRequest, DefinitionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest,
  PrepareRenameRequest, ReferencesRequest, RenameRequest, type CodeAction, type CompletionList, type Diagnostic, type MarkupContent,
  type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { startLsp, type LspHarness } from '../../lsp-harness';

/** The position of the first `needle` in `text`, plus `delta` characters. */
function pos(text: string, needle: string, delta = 0): Position {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return TextDocument.create('x', 'x', 0, text).positionAt(i + delta);
}

function applyText(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'x', 0, text), [...edits]);
}

describe('LSP: editing features', () => {
  let lsp: LspHarness;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-lsp-'));
    for (const [name, text] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, name), text);
    uri = pathToFileURL(path.join(dir, 'plan.pocplan.yaml')).toString();
    lsp = startLsp();
    await lsp.initialize({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  });

  after(() => {
    lsp.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  let version = 1;
  /** Opens (or replaces) the plan and waits for its diagnostics. */
  async function open(text: string): Promise<Diagnostic[]> {
    version++;
    if (version === 2) lsp.open(uri, text, version); else lsp.change(uri, text, version);
    return (await lsp.waitForDiagnostics(uri, (p) => p.version === version)).diagnostics;
  }

  it('completion after `firewall: ` lists the plan\'s firewall ids', async () => {
    const text = variant('          method: dhcp-syslog\n          firewall: fw-osaka', '          method: dhcp-syslog\n          firewall: ');
    await open(text);
    const list = await lsp.request(CompletionRequest.type, { textDocument: { uri }, position: pos(text, 'firewall: \n', 'firewall: '.length) }) as CompletionList;
    assert.deepEqual(list.items.map((i) => i.label), ['fw-osaka']);
    assert.equal(list.items[0]!.detail, 'PA-450');
    assert.equal((list.items[0]!.documentation as MarkupContent).kind, 'markdown');
  });

  it('completion of CSV paths reads the plan\'s folder through the node host', async () => {
    const text = variant('          csv: hvac.csv', '          csv: ');
    await open(text);
    const list = await lsp.request(CompletionRequest.type, { textDocument: { uri }, position: pos(text, 'csv: \n', 'csv: '.length) }) as CompletionList;
    assert.deepEqual(list.items.map((i) => i.label), ['hvac.csv', 'meters.csv']);
  });

  it('key completion is a snippet with choices', async () => {
    const text = variant('    erspanSupport: true\n', '    \n');
    await open(text);
    const list = await lsp.request(CompletionRequest.type, { textDocument: { uri }, position: pos(text, '    \n', 4) }) as CompletionList;
    const item = list.items.find((i) => i.label === 'erspanSupport')!;
    assert.equal(item.insertTextFormat, 2);
    assert.equal((item.textEdit as TextEdit).newText, 'erspanSupport: ${1|true,false|}');
  });

  it('hover shows markdown, in the language of the settings', async () => {
    await open(CLEAN);
    const h = await lsp.request(HoverRequest.type, { textDocument: { uri }, position: pos(CLEAN, 'managedBy', 2) });
    assert.equal((h!.contents as MarkupContent).value, '**Managed by**\n\nHow the firewall is managed. With Panorama, Panorama must be in the same TSG as Strata Logging Service.');
    assert.deepEqual(h!.range, { start: { line: 21, character: 4 }, end: { line: 21, character: 13 } });
    lsp.settings = { language: 'ja' };
    try {
      await lsp.request(HoverRequest.type, { textDocument: { uri }, position: pos(CLEAN, 'managedBy', 2) });
      // Settings are cached per document until they change; the client says they did.
      await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const ja = await lsp.request(HoverRequest.type, { textDocument: { uri }, position: pos(CLEAN, 'managedBy', 2) });
      assert.match((ja!.contents as MarkupContent).value, /^\*\*管理方法\*\*/);
    } finally {
      lsp.settings = {};
      await lsp.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    }
  });

  it('a quick fix is selected by the diagnostic\'s code and payload, and removes the diagnostic', async () => {
    const text = variant('      type: trial\n', '      type: eval     # loaner?\n');
    const diags = await open(text);
    const d = diags.find((x) => x.code === 'license.incompatible')!;
    assert.deepEqual(d.data, { allowed: ['trial', 'prod'], firewallType: 'prod', license: 'eval', firewallTypes: ['eval'] });
    const actions = await lsp.request(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Change the license type to `trial`', 'Change the license type to `prod`', 'Disable `license.incompatible` for this line']);
    const fix = actions[0]!;
    assert.equal(fix.kind, 'quickfix');
    assert.ok(fix.isPreferred);
    assert.deepEqual(fix.diagnostics, [d]);
    const edits = (fix.edit as WorkspaceEdit).changes![uri]!;
    assert.deepEqual(edits, [{ range: { start: { line: 23, character: 12 }, end: { line: 23, character: 16 } }, newText: 'trial' }]);
    const after = applyText(text, edits);
    assert.equal(after, variant('      type: trial\n', '      type: trial     # loaner?\n'));
    assert.ok(!(await open(after)).some((x) => x.code === 'license.incompatible'));
  });

  it('a pattern template is resolved when picked and creates its CSV file with documentChanges', async () => {
    const text = `${CLEAN}      - id: p7-new\n        subnet: 10.1.50.0/24\n        addressing: dhcp\n`;
    await open(text);
    const actions = await lsp.request(CodeActionRequest.type, { textDocument: { uri }, range: { start: pos(text, 'p7-new'), end: pos(text, 'p7-new') }, context: { diagnostics: [], only: ['refactor'] } }) as CodeAction[];
    const listed = actions.find((a) => a.title.startsWith('Configure as pattern 5-1'))!;
    assert.equal(listed.kind, 'refactor.rewrite.pocplan.pattern');
    assert.equal(listed.edit, undefined, 'templates are listed without their edit');
    const p51 = await lsp.request(CodeActionResolveRequest.type, listed);
    const changes = p51.edit!.documentChanges!;
    const csvUri = pathToFileURL(path.join(dir, 'p7-new.csv')).toString();
    assert.deepEqual(changes.slice(1), [
      { kind: 'create', uri: csvUri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri: csvUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'ip,mac,vendor,model\n10.1.50.1,,,\n' }] },
    ]);
    assert.equal((changes[0] as { textDocument: { uri: string } }).textDocument.uri, uri);
  });

  it('source.fixAll.pocplan fixes every safe problem at once', async () => {
    const text = variant('observationDays: 14', 'observationDays: 1');
    await open(text);
    const actions = await lsp.request(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.pocplan']);
    assert.equal(applyText(text, actions[0]!.edit!.changes![uri]!), variant('observationDays: 14', 'observationDays: 2'));
  });

  it('renaming a firewall id renames every reference', async () => {
    await open(CLEAN);
    const at = pos(CLEAN, 'id: fw-osaka', 6);
    const prep = await lsp.request(PrepareRenameRequest.type, { textDocument: { uri }, position: at });
    assert.deepEqual(prep, { range: { start: { line: 16, character: 8 }, end: { line: 16, character: 16 } }, placeholder: 'fw-osaka' });
    const edit = await lsp.request(RenameRequest.type, { textDocument: { uri }, position: at, newName: 'fw-kobe' });
    const edits = edit!.changes![uri]!;
    assert.equal(edits.length, 10);
    assert.equal(applyText(CLEAN, edits), CLEAN.replaceAll('fw-osaka', 'fw-kobe'));
  });

  it('an invalid new name is an error the editor shows', async () => {
    await open(CLEAN);
    await assert.rejects(lsp.request(RenameRequest.type, { textDocument: { uri }, position: pos(CLEAN, 'id: fw-osaka', 6), newName: 'fw kobe' }), /is not a valid id/);
  });

  it('definition and references', async () => {
    await open(CLEAN);
    const ref = pos(CLEAN, 'firewall: fw-osaka', 12);
    const def = await lsp.request(DefinitionRequest.type, { textDocument: { uri }, position: ref });
    assert.deepEqual(def, [{ uri, range: { start: { line: 16, character: 8 }, end: { line: 16, character: 16 } } }]);
    const refs = await lsp.request(ReferencesRequest.type, { textDocument: { uri }, position: ref, context: { includeDeclaration: false } });
    assert.equal(refs!.length, 9);
  });

  it('outline, folding ranges and inlay hints', async () => {
    await open(CLEAN);
    const symbols = await lsp.request(DocumentSymbolRequest.type, { textDocument: { uri } }) as Array<{ name: string; children?: Array<{ name: string; detail?: string; children?: Array<{ name: string; detail?: string }> }> }>;
    const sites = symbols.find((s) => s.name === 'sites')!;
    assert.deepEqual(sites.children![0]!.children!.map((s) => s.detail), ['10.1.20.0/24 · pattern 1', '10.1.21.0/24 · pattern 2', '10.1.22.0/24 · pattern 3', '10.1.23.0/24 · pattern 4', '10.1.30.0/24 · pattern 5-1', '10.1.40.0/24 · pattern 5-2']);
    const folds = await lsp.request(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds!.some((f) => f.startLine === 15));
    const hints = await lsp.request(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    assert.deepEqual(hints!.map((h) => h.label), ['window ends 2027-04-09', '+19 d after PoC end', 'pattern 1', 'pattern 2', 'pattern 3', 'pattern 4', 'pattern 5-1', 'pattern 5-2']);
  });

  it('requests for a document that is not open answer empty, never fail', async () => {
    const other = pathToFileURL(path.join(dir, 'closed.pocplan.yaml')).toString();
    assert.equal(await lsp.request(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
    assert.equal(await lsp.request(CompletionRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 0 } }), null);
  });
});
