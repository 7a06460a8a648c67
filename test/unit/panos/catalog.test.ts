import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import en from '../../../server/src/service/l10n/en/panos.json';
import ja from '../../../server/src/service/l10n/ja/panos.json';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const SRC = path.resolve(__dirname, '..', '..', '..', '..', 'server', 'src', 'service', 'panos');

describe('PAN-OS bridge catalog (l10n/{en,ja}/panos.json)', () => {
  it('has the same keys in both languages, with the same placeholders, and Japanese in Japanese', () => {
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      assert.deepEqual(placeholders((ja as Record<string, string>)[k]!), placeholders(v), k);
      assert.match((ja as Record<string, string>)[k]!, /[\u3040-\u30ff\u4e00-\u9fff]/, k);
      assert.doesNotMatch((ja as Record<string, string>)[k]!, /IoT ?セキュリティ/, k);
    }
  });

  it('has every message id the bridge uses, and uses every message it has', () => {
    const src = fs.readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(SRC, f), 'utf8')).join('\n');
    const used = new Set([...src.matchAll(/'(panos\.[a-z]+\.[a-z0-9-]*[a-z0-9])'/g)].map((m) => m[1]!));
    // Built from the interface kind: `panos.import.mapped-${i.kind}` for tunnel and VLAN interfaces.
    assert.ok(src.includes('`panos.import.mapped-${i.kind}`'));
    for (const kind of ['tunnel', 'vlan']) used.add(`panos.import.mapped-${kind}`);
    // And from how a segment uses an interface: `panos.export.segment-${u.roles}${u.pattern ? '-pattern' : ''}`.
    assert.ok(src.includes("`panos.export.segment-${u.roles}${u.pattern ? '-pattern' : ''}`"));
    for (const roles of ['identity', 'traffic', 'both']) for (const p of ['', '-pattern']) used.add(`panos.export.segment-${roles}${p}`);
    for (const id of used) assert.ok(Object.prototype.hasOwnProperty.call(en, id), id);
    for (const id of Object.keys(en)) assert.ok(used.has(id), `${id} is never used`);
  });
});

describe('config.* codes are documented', () => {
  const DOCS = path.resolve(__dirname, '..', '..', '..', '..', 'docs');
  const readme = fs.readFileSync(path.join(DOCS, 'rules', 'README.md'), 'utf8');
  const additions = fs.readFileSync(path.join(DOCS, 'contract', 'additions.md'), 'utf8');
  const codes = ['config.missing-file', 'config.outside-workspace', 'config.parse-error', 'config.interface-missing', 'config.mode', 'config.zone',
    'config.device-id', 'config.dhcp-relay', 'config.dhcp-server', 'config.multicast-firewalling', 'config.version'];
  for (const code of codes) {
    it(code, () => {
      const page = fs.readFileSync(path.join(DOCS, 'rules', `${code}.md`), 'utf8');
      for (const h of ['## When it fires', '## Why it matters', '## How to fix', '## Example', '## Sources', '## 日本語']) assert.ok(page.includes(h), `${code}: ${h}`);
      assert.ok(readme.includes(`[\`${code}\`](${code}.md) | info |`), `${code} in docs/rules/README.md`);
      assert.ok(additions.includes(`\`${code}\``), `${code} in docs/contract/additions.md`);
    });
  }
});
