import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../cli-harness';
import { startLsp } from '../../lsp-harness';

const GOLDEN = path.join(ROOT, 'test', 'golden', 'lsp-capabilities.json');

describe('LSP: server capabilities', () => {
  it('match the snapshot (UPDATE_GOLDEN=1 to accept a change)', async () => {
    const lsp = startLsp();
    try {
      const init = await lsp.initialize();
      const actual = `${JSON.stringify(init.capabilities, null, 2)}\n`;
      if (process.env.UPDATE_GOLDEN || !fs.existsSync(GOLDEN)) fs.writeFileSync(GOLDEN, actual);
      assert.equal(actual, fs.readFileSync(GOLDEN, 'utf8'));
      assert.equal(init.serverInfo?.name, 'pocplan-language-server');
    } finally {
      lsp.dispose();
    }
  });
});
