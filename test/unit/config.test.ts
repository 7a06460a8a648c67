import * as assert from 'node:assert/strict';
import { mergeSettings, parseRcFile } from '../../server/src/service';

describe('.pocplanrc.yaml', () => {
  it('reads language, matrix reading, profile and rule severities', () => {
    const { settings, problems } = parseRcFile('lang: ja\nlicenseMatrix: device-associations\nprofile: strict\nrules:\n  poc.observation-short: off\n  csv.*: warning\n  logging.region-mismatch: false\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, { lang: 'ja', licenseMatrix: 'device-associations', profile: 'strict', rules: { 'poc.observation-short': 'off', 'csv.*': 'warning', 'logging.region-mismatch': 'off' } });
  });

  it('reports what it cannot use and keeps the rest', () => {
    const { settings, problems } = parseRcFile('licenseMatrix: loose\nrules:\n  a.b: loud\n  c.d: error\ncolour: red\n');
    assert.equal(problems.length, 3);
    assert.deepEqual(settings.rules, { 'c.d': 'error' });
  });

  it('survives broken YAML', () => {
    const { settings, problems } = parseRcFile('rules: [unclosed\n');
    assert.deepEqual(settings, {});
    assert.equal(problems.length, 1);
  });

  it('layers settings: later layers win, rules merge', () => {
    const s = mergeSettings({ rules: { a: 'off' }, profile: 'strict' }, { rules: { b: 'hint' }, lang: 'ja' });
    assert.deepEqual(s, { lang: 'ja', licenseMatrix: 'strict', profile: 'strict', rules: { a: 'off', b: 'hint' } });
  });
});
