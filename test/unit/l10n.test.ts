import * as assert from 'node:assert/strict';
import { t } from '../../server/src/service/l10n';

describe('message catalog lookup', () => {
  it('lists of ids in a Japanese message are separated by 「、」, in English by ", "', () => {
    const segments = '`robots`, `agv`, `printers`';
    assert.equal(t('ja', 'logging.disabled', { firewall: 'fw-1', segments }), 'NGFW `fw-1` はセグメント `robots`、`agv`、`printers` を担当していますが、IoT Security に必要なログの設定が無効です。');
    assert.match(t('en', 'logging.disabled', { firewall: 'fw-1', segments }), /`robots`, `agv`, `printers`/);
    // A subnet list (`seg` (10.0.0.0/24), …) too; free text and values without backticks are left alone.
    assert.match(t('ja', 'subnet.overlap/many', { segment: 'a', subnet: '10.0.0.0/16', others: '`b` (10.0.1.0/24), `c` (10.0.2.0/24)' }), /`b` \(10\.0\.1\.0\/24\)、`c` \(10\.0\.2\.0\/24\)/);
    assert.match(t('ja', 'schema.enum', { value: 'x', key: 'mode', allowed: 'tap, layer3' }), /tap, layer3/);
  });
});
