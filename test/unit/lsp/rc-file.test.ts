/** Problems in `.pocplanrc.yaml`, published on the file itself, in the user's language. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLsp, type LspHarness } from '../../lsp-harness';

describe('LSP: .pocplanrc.yaml problems', () => {
  let lsp: LspHarness;
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-lsp-rc-'));
    lsp = startLsp();
    await lsp.initialize({ workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }] });
  });
  after(() => lsp.dispose());

  it('reports an unknown setting in English, and in Japanese when the language is ja', async () => {
    const en = pathToFileURL(path.join(dir, '.pocplanrc.yaml')).toString();
    lsp.open(en, 'profile: loose\nbogus: 1\n', 1, 'yaml');
    const p = await lsp.waitForDiagnostics(en, (x) => x.diagnostics.length > 0);
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.message]), [['config.invalid', 'profile must be default or strict'], ['config.invalid', 'unknown setting bogus']]);
    lsp.close(en);

    lsp.settings = { language: 'ja' };
    fs.mkdirSync(path.join(dir, 'ja'));
    const ja = pathToFileURL(path.join(dir, 'ja', '.pocplanrc.yaml')).toString();
    lsp.open(ja, 'bogus: 1\n', 1, 'yaml');
    const q = await lsp.waitForDiagnostics(ja, (x) => x.diagnostics.length > 0);
    assert.deepEqual(q.diagnostics.map((d) => d.message), ['不明な設定 bogus です']);
    lsp.settings = {};
  });
});
