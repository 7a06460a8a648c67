import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXPORT_PANOS_REQUEST, IMPORT_PANOS_REQUEST, type ExportPanosResult, type ImportPanosParams, type ImportPanosResult } from '../../../server/src/protocol-panos';
import { applyEdits } from '../../../server/src/service/edit';
import { LineIndex } from '../../../server/src/service';
import { startLsp, type LspHarness } from '../../lsp-harness';
import { CONFIG } from '../../drift-helpers';

function applyLsp(text: string, edits: ImportPanosResult['edits']): string {
  const li = new LineIndex(text);
  return applyEdits(text, edits.map((e) => ({ start: li.offsetAt(e.range.start), end: li.offsetAt(e.range.end), newText: e.newText })));
}

describe('pocplan/importPanos and pocplan/exportPanos', () => {
  let lsp: LspHarness;
  let dir: string;
  let planUri: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-lsp-panos-'));
    fs.mkdirSync(path.join(dir, 'configs'));
    fs.writeFileSync(path.join(dir, 'configs', 'fw-osaka.xml'), CONFIG);
    planUri = pathToFileURL(path.join(dir, 'p.pocplan.yaml')).toString();
    lsp = startLsp();
    await lsp.initialize({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  });
  afterEach(() => lsp.dispose());

  const importReq = (p: Partial<ImportPanosParams>): Promise<ImportPanosResult> =>
    lsp.client.sendRequest<ImportPanosResult>(IMPORT_PANOS_REQUEST, { uri: planUri, configUri: pathToFileURL(path.join(dir, 'configs', 'fw-osaka.xml')).toString(), ...p });

  it('import: the edit of the open plan, with runningConfig relative to the plan when the file is in the workspace', async () => {
    const text = 'pocplan: 1\ntitle: Osaka   # keep me\n';
    lsp.open(planUri, text);
    const r = await importReq({ version: 1 });
    assert.deepEqual([r.added, r.updated, r.problem], [['fw-osaka'], [], undefined]);
    const after = applyLsp(text, r.edits);
    assert.ok(after.startsWith("pocplan: 1\ntitle: Osaka   # keep me\nfirewalls:\n  # Imported from configs/fw-osaka.xml"), after);
    assert.ok(after.includes("\n    runningConfig: configs/fw-osaka.xml\n"), after);
    lsp.change(planUri, after, 2);
    const diags = await lsp.waitForDiagnostics(planUri, (p) => p.version === 2);
    assert.deepEqual(diags.diagnostics.filter((d) => String(d.code).startsWith('config.')), [], 'the imported plan matches its running configuration');
  });

  it('import: a malformed file is a problem with its line, no edit', async () => {
    fs.writeFileSync(path.join(dir, 'bad.xml'), '<config>\n<devices>\n</config>\n');
    lsp.open(planUri, 'pocplan: 1\n');
    const r = await importReq({ configUri: pathToFileURL(path.join(dir, 'bad.xml')).toString() });
    assert.deepEqual(r.edits, []);
    assert.match(r.problem!, /^bad\.xml:3:\d+: not well-formed XML/);
    assert.match((await importReq({ configUri: 'untitled:x' })).problem!, /only files on disk/);
    await assert.rejects(importReq({ uri: 'file:///not/open.pocplan.yaml' }), /not an open plan/);
  });

  it('export: set commands of the open plan; a plan with errors is refused unless forced; xml needs one firewall', async () => {
    const plan = 'pocplan: 1\nfirewalls:\n  - id: a\n    interfaces: [{ name: ethernet1/1, mode: tap, zone: copy }]\n  - id: b\n    interfaces: [{ name: ethernet1/2, mode: tap, zone: copy }]\n';
    lsp.open(planUri, plan);
    const set = await lsp.client.sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, { uri: planUri, format: 'set' });
    assert.deepEqual([set.errors, set.firewalls, set.reason], [0, ['a', 'b'], undefined]);
    assert.match(set.text!, /^# pocplan export panos: firewall `a`/);
    const xml = await lsp.client.sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, { uri: planUri, format: 'xml' });
    assert.deepEqual([xml.text, xml.reason], [undefined, 'xml-needs-one']);
    assert.match((await lsp.client.sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, { uri: planUri, format: 'xml', firewall: 'b' })).text!, /<entry name="ethernet1\/2">/);
    lsp.change(planUri, plan.replace('mode: tap', 'mode: tapp'), 2);
    const refused = await lsp.client.sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, { uri: planUri, version: 2, format: 'set' });
    assert.deepEqual([refused.text, refused.reason, refused.errors > 0], [undefined, 'errors', true]);
    const forced = await lsp.client.sendRequest<ExportPanosResult>(EXPORT_PANOS_REQUEST, { uri: planUri, version: 2, format: 'set', force: true });
    assert.match(forced.text!, /exported anyway, because of --force|The plan has \d+ errors/);
    await assert.rejects(lsp.client.sendRequest(EXPORT_PANOS_REQUEST, { uri: planUri, format: 'pdf' }), /format/);
  });
});
