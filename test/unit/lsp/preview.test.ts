import * as assert from 'node:assert/strict';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '../../../server/src/protocol-render';
import { CLEAN } from '../../fixtures';
import { startLsp, type LspHarness } from '../../lsp-harness';

const URI = 'file:///ws/preview.pocplan.yaml';

describe('pocplan/render (preview and export)', () => {
  let lsp: LspHarness;
  beforeEach(async () => { lsp = startLsp(); await lsp.initialize(); });
  afterEach(() => lsp.dispose());

  const render = (p: Partial<RenderParams>): Promise<RenderResult | null> =>
    lsp.client.sendRequest<RenderResult | null>(RENDER_REQUEST, { uri: URI, format: 'html', ...p });

  it('renders the open document for the webview: CSP with the nonce, data-line places, body for in-place updates', async () => {
    lsp.open(URI, CLEAN);
    const r = (await render({ version: 1, preview: { nonce: 'bm9uY2U', cspSource: "'self' https://*.vscode-cdn.net" } }))!;
    assert.equal(r.version, 1);
    assert.equal(r.lang, 'en');
    assert.match(r.text, /script-src 'nonce-bm9uY2U'/);
    assert.match(r.text, /<script nonce="bm9uY2U">/);
    assert.match(r.body, /data-line="\d+"/);
    assert.ok(!r.body.includes('<main') && r.text.includes(r.body));
  });

  it('waits for the version the client saw, so an update never lags a keystroke', async () => {
    lsp.open(URI, CLEAN);
    lsp.change(URI, CLEAN.replace('title: Osaka plant IoT Security PoC', 'title: Renamed while typing'), 2);
    const r = (await render({ version: 2 }))!;
    assert.equal(r.version, 2);
    assert.match(r.text, /<h1>Renamed while typing<\/h1>/);
  });

  it('Markdown for export, and the plan locale picks the language', async () => {
    lsp.open(URI, CLEAN.replace('locale: en', 'locale: ja'));
    const r = (await render({ format: 'md' }))!;
    assert.equal(r.lang, 'ja');
    assert.match(r.text, /^# Osaka plant IoT Security PoC/);
    assert.match(r.text, /## ライセンス/);
    assert.equal((await render({ format: 'md', lang: 'en' }))!.lang, 'en');
  });

  it('a plan with errors renders; bad parameters and unreadable plans are errors, not crashes', async () => {
    lsp.open(URI, 'pocplan: 1\nfirewalls: [\n');
    assert.match((await render({}))!.text, /yaml\.syntax/);
    await assert.rejects(render({ uri: 'file:///ws/missing.pocplan.yaml' }), /cannot read/);
    await assert.rejects(lsp.client.sendRequest(RENDER_REQUEST, { uri: URI, format: 'pdf' }), /format/);
    assert.ok(await render({}), 'the server still answers');
  });
});
