import * as assert from 'node:assert/strict';
import { check, expectAt, expectNone } from '../helpers';
import { CLEAN, CLEAN_FILES } from '../fixtures';

describe('schema diagnostics', () => {
  it('the clean fixture has no findings at all', () => {
    const r = check(CLEAN, { files: CLEAN_FILES });
    assert.deepEqual(r.diagnostics.map((d) => `${d.code} ${d.message}`), []);
  });

  it('puts an unknown key on the key, with "did you mean"', () => {
    const [d] = expectAt(`
      pocplan: 1
      firewalls:
        - id: fw
          «iotLicence»:
            type: trial
    `, 'schema.unknown-key');
    assert.match(d!.message, /did you mean `iotLicense`/);
    assert.deepEqual(d!.data, { key: 'iotLicence', suggestion: 'iotLicense' });
  });

  it('lists the allowed keys when nothing is close', () => {
    const [d] = expectAt(`
      pocplan: 1
      «zzz»: 1
    `, 'schema.unknown-key');
    assert.match(d!.message, /title/);
  });

  it('puts a bad enum value on the value, with "did you mean"', () => {
    const [d] = expectAt(`
      pocplan: 1
      firewalls:
        - id: fw
          iotLicense:
            type: «trail»
    `, 'schema.enum');
    assert.match(d!.message, /did you mean `trial`/);
  });

  it('puts a missing key on the parent key (or the item\'s first key)', () => {
    expectAt(`
      pocplan: 1
      firewalls:
        - id: fw
          interfaces:
            - «mode»: tap
    `, 'schema.required');
    expectAt(`
      «title»: no version
    `, 'schema.required');
  });

  it('reports a wrong type on the value in plain words', () => {
    const [d] = expectAt(`
      pocplan: 1
      poc:
        observationDays: «two weeks»
    `, 'schema.type');
    assert.match(d!.message, /whole number/);
  });

  it('reports bad dates as a format problem', () => {
    expectAt(`
      pocplan: 1
      poc:
        start: «2027-02-30»
    `, 'schema.format');
  });

  it('keeps unquoted PAN-OS versions as text (10.2 is a version, not a number)', () => {
    expectNone(`
      pocplan: 1
      firewalls:
        - id: fw
          panos: 10.2
    `, 'schema.type');
  });

  it('localizes schema messages', () => {
    const r = check('pocplan: 1\nfirewalls:\n  - id: fw\n    iotLicense:\n      type: trail\n', { settings: { lang: 'ja' } });
    assert.match(r.diagnostics[0]!.message, /誤りではありませんか/);
  });

  it('reports each problem once', () => {
    const r = check('pocplan: 2\nfirewalls: nope\n');
    const keys = r.diagnostics.map((d) => `${d.code}@${d.start}`);
    assert.equal(new Set(keys).size, keys.length);
  });
});
