import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import enRules from '../../../server/src/service/l10n/en/rules.json';
import jaRules from '../../../server/src/service/l10n/ja/rules.json';
import enCore from '../../../server/src/service/l10n/en/core.json';
import { hasMessage } from '../../../server/src/service/l10n';
import { RULES } from '../../../server/src/service/rules';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const RULES_DIR = path.join(ROOT, 'server', 'src', 'service', 'rules');
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const en = enRules as Record<string, string>;
const ja = jaRules as Record<string, string>;

describe('rule message catalog', () => {
  it('has an English and a Japanese message for every rule code', () => {
    for (const r of RULES) {
      assert.ok(Object.prototype.hasOwnProperty.call(en, r.code), `en ${r.code}`);
      assert.ok(Object.prototype.hasOwnProperty.call(ja, r.code), `ja ${r.code}`);
    }
  });

  it('has the same keys in both languages, with the same placeholders', () => {
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      assert.deepEqual(placeholders(ja[k]!), placeholders(en[k]!), k);
      assert.ok(en[k]!.trim() && ja[k]!.trim(), `non-empty ${k}`);
    }
  });

  it('keeps variants next to a known code and Japanese text in Japanese', () => {
    const codes = new Set(RULES.map((r) => r.code));
    for (const k of Object.keys(en)) {
      const base = k.split('/')[0]!;
      assert.ok(codes.has(base) || base.startsWith('related.') || base === 'list.none', `${k} belongs to no rule`);
      assert.match(ja[k]!, /[\u3040-\u30ff\u4e00-\u9fff]/, k);
    }
  });

  it('has a message for every related.* id and literal variant the rules use', () => {
    const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > RULES.length, 'rule sources found');
    const used = new Set<string>();
    for (const f of files) {
      const src = fs.readFileSync(path.join(RULES_DIR, f), 'utf8');
      for (const m of src.matchAll(/'((?:related\.[a-z-]+)|(?:[a-z]+\.[a-z0-9-]+\/[A-Za-z0-9-]+)|(?:@list\.none))'/g)) used.add(m[1]!.replace(/^@/, ''));
    }
    assert.ok([...used].some((u) => u.startsWith('related.')));
    for (const id of used) {
      assert.ok(hasMessage('en', id), `en ${id}`);
      assert.ok(hasMessage('ja', id), `ja ${id}`);
    }
  });

  it('has a message for every dynamic variant the rules can produce', () => {
    const variants: Record<string, string[]> = {
      'ref.unknown': ['firewall', 'firewall-suggest', 'interface', 'interface-suggest', 'switch', 'switch-suggest'],
      'id.duplicate': ['firewall', 'switch', 'site', 'segment', 'interface'],
      'identity.mirror-requires-tap': ['not-tap', 'switch-cannot-mirror', 'switch-no-erspan'],
      'identity.broadcast-dhcp-unseen': ['tap', 'layer2', 'layer3', 'virtual-wire', 'erspan'],
      'logging.disabled': ['cloudLogging', 'enhancedApplicationLogs'],
    };
    for (const [code, vs] of Object.entries(variants)) for (const v of vs) {
      assert.ok(hasMessage('en', `${code}/${v}`) && hasMessage('ja', `${code}/${v}`), `${code}/${v}`);
    }
  });

  it('does not clash with the core catalog', () => {
    for (const k of Object.keys(en)) assert.ok(!Object.prototype.hasOwnProperty.call(enCore, k), k);
  });

  it('gives every rule consistent metadata: contract rules keep their severity, added rules start as info', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      assert.ok(!seen.has(r.code), `duplicate ${r.code}`);
      seen.add(r.code);
      assert.match(r.code, /^[a-z]+\.[a-z0-9-]+$/);
      assert.ok(fs.existsSync(path.join(RULES_DIR, `${r.code.replace(/\./g, '-')}.ts`)), `rules/${r.code.replace(/\./g, '-')}.ts`);
      if (r.added) {
        assert.equal(r.severity, 'info', r.code);
        assert.ok(r.strictSeverity, `${r.code} names its strict severity`);
      }
    }
  });
});
