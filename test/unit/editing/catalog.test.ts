import * as assert from 'node:assert/strict';
import en from '../../../server/src/service/l10n/en/actions.json';
import ja from '../../../server/src/service/l10n/ja/actions.json';
import { fixableCodes } from '../../../server/src/service/actions';
import { allCodes } from '../../../server/src/service';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('actions catalog', () => {
  it('English and Japanese have the same keys and the same placeholders', () => {
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) assert.deepEqual(placeholders((ja as Record<string, string>)[k]!), placeholders(v), k);
  });

  it('the Japanese entries are Japanese', () => {
    const kana = /[\u3000-\u30ff\u4e00-\u9fff]/;
    for (const [k, v] of Object.entries(ja as Record<string, string>)) {
      if (/^(kind|severity|hover\.(yes|no)|inlay\.pattern)/.test(k)) continue;
      assert.match(v, kana, k);
    }
  });

  it('every diagnostic code has a one-line explanation (hover on a suppression comment)', () => {
    for (const code of allCodes().keys()) {
      assert.ok(Object.prototype.hasOwnProperty.call(en, `doc.${code}`), `doc.${code}`);
      assert.ok(!(en as Record<string, string>)[`doc.${code}`]!.includes('\n'), `doc.${code} is one line`);
    }
  });

  it('every code the issue lists has a quick fix', () => {
    const fixable = new Set(fixableCodes());
    for (const code of [
      'license.incompatible', 'traffic.tap-enforcement', 'identity.broadcast-dhcp-unseen', 'identity.relay-requires-layer3',
      'zone.device-id-disabled', 'logging.disabled', 'erspan.unsupported', 'license.tenant-window', 'firewall.sku-type-mismatch',
      'poc.observation-short', 'schema.enum', 'schema.unknown-key', 'schema.required', 'ref.unknown', 'id.duplicate',
      'subnet.invalid', 'license.expires-before-poc-end', 'segment.identity-missing', 'segment.traffic-missing',
      'identity.csv-requires-static', 'identity.mirror-requires-tap', 'identity.xsoar-requires-integration', 'csv.missing-file',
    ]) assert.ok(fixable.has(code), code);
  });
});
