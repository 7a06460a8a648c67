/**
 * Cancelled requests stop their work: a request cancelled while the server waits for the
 * client's settings (its one asynchronous step) is answered without computing anything.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ConfigurationRequest, HoverRequest, type Hover } from 'vscode-languageserver-protocol';
import { CLEAN } from '../../fixtures';
import { startLsp, type LspHarness } from '../../lsp-harness';

describe('LSP: cancellation', () => {
  let lsp: LspHarness;
  afterEach(() => lsp.dispose());

  it('a hover cancelled while settings are fetched answers null; the same hover uncancelled answers', async () => {
    lsp = startLsp();
    await lsp.initialize();
    // Hold every workspace/configuration answer until released.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let asked!: () => void;
    const configAsked = new Promise<void>((r) => { asked = r; });
    lsp.client.onRequest(ConfigurationRequest.type, async (params) => { asked(); await held; return params.items.map(() => ({})); });

    const uri = 'file:///cancel/plan.pocplan.yaml';
    lsp.open(uri, CLEAN);
    await configAsked; // the server is now waiting for this document's settings
    const position = { line: CLEAN.split('\n').findIndex((l) => l.startsWith('title:')), character: 2 };
    const source = new CancellationTokenSource();
    const cancelled = lsp.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, source.token);
    // The request is dispatched (it joins the wait for settings) before it is cancelled.
    await new Promise((r) => setImmediate(r));
    source.cancel();
    await new Promise((r) => setImmediate(r));
    release();
    const answer = await cancelled.catch((e: { code?: number }) => ({ cancelledWith: e.code }));
    assert.ok(answer === null || (answer as { cancelledWith?: number }).cancelledWith === -32800, `cancelled hover answered ${JSON.stringify(answer)}`);

    const hover = await lsp.request(HoverRequest.type, { textDocument: { uri }, position }) as Hover | null;
    assert.ok(hover && JSON.stringify(hover.contents).length > 20, 'the same hover, not cancelled, has content');
  });
});
