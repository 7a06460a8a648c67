/**
 * Live diagnostics through the real server over in-memory streams: versions, codes with links,
 * CSV diagnostics on the CSV, coalesced bursts, settings changes, closing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { startLsp, type LspHarness } from '../../lsp-harness';

describe('LSP: live diagnostics', () => {
  let lsp: LspHarness;
  let dir: string;
  let uri: string;
  const EVAL = variant('      type: trial\n', '      type: eval\n');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-lsp-diag-'));
    for (const [name, text] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, name), text);
    uri = pathToFileURL(path.join(dir, 'plan.pocplan.yaml')).toString();
    lsp = startLsp();
    await lsp.initialize({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  });
  after(() => lsp.dispose());

  it('publishes versioned diagnostics with codes, links and related information on open', async () => {
    lsp.open(uri, EVAL, 1);
    const p = await lsp.waitForDiagnostics(uri, (x) => x.version === 1);
    const d = p.diagnostics.find((x) => x.code === 'license.incompatible')!;
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'pocplan');
    assert.match(d.codeDescription!.href, /docs\/rules\/license\.incompatible\.md$/);
    assert.equal(d.relatedInformation![0]!.location.uri, uri);
    assert.deepEqual((d.data as { allowed: string[] }).allowed, ['trial', 'prod']);
  });

  it('re-checks on change; results arrive in version order and end at the latest', async () => {
    for (let v = 2; v <= 6; v++) lsp.change(uri, v % 2 ? EVAL : CLEAN, v);
    const p = await lsp.waitForDiagnostics(uri, (x) => x.version === 6);
    assert.deepEqual(p.diagnostics.map((x) => x.code), []);
    const versions = lsp.published.filter((x) => x.uri === uri).map((x) => x.version!);
    assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]!), `versions only grow: ${versions.join(',')}`);
    assert.equal(versions[versions.length - 1], 6);
  });

  it('publishes CSV problems on the CSV file and clears them when fixed', async () => {
    const csvUri = pathToFileURL(path.join(dir, 'meters.csv')).toString();
    lsp.open(csvUri, 'ip,mac\n10.1.40.21,zz\n', 1, 'csv');
    const p = await lsp.waitForDiagnostics(csvUri, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((x) => [x.code, x.range.start.line, x.range.start.character]), [['csv.invalid-mac', 1, 11]]);
    lsp.change(csvUri, CLEAN_FILES['meters.csv']!, 2);
    await lsp.waitForDiagnostics(csvUri, (x) => x.diagnostics.length === 0);
    lsp.close(csvUri);
  });

  it('follows a settings change (language) without reopening', async () => {
    lsp.change(uri, EVAL, 7);
    await lsp.waitForDiagnostics(uri, (x) => x.version === 7);
    lsp.settings = { language: 'ja' };
    void lsp.client.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const p = await lsp.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => /ライセンス/.test(String(d.message))));
    assert.ok(p.diagnostics.some((d) => d.code === 'license.incompatible'));
    lsp.settings = {};
  });

  it('never dies on garbage and clears diagnostics on close', async () => {
    lsp.change(uri, '\u0000{{[[: :\n\t- ]]\n', 8);
    const p = await lsp.waitForDiagnostics(uri, (x) => x.version === 8);
    assert.ok(p.diagnostics.length > 0);
    lsp.close(uri);
    await lsp.waitForDiagnostics(uri, (x) => x.diagnostics.length === 0 && x.version === undefined);
  });
});
