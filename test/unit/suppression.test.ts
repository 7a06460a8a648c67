import * as assert from 'node:assert/strict';
import { check, codes, dedent } from '../helpers';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';

const EVAL_ON_PROD = variant('      type: trial\n', '      type: eval\n');

describe('suppressions', () => {
  it('silences the named code on the next YAML line and reports the suppression', () => {
    const text = variant('      type: eval\n', '      # pocplan-disable-next-line license.incompatible -- loaner paperwork pending\n      type: eval\n', EVAL_ON_PROD);
    const r = check(text, { files: CLEAN_FILES });
    assert.ok(!codes(r.diagnostics).includes('license.incompatible'));
    assert.equal(r.suppressions.length, 1);
    assert.equal(r.suppressions[0]!.reason, 'loaner paperwork pending');
    assert.deepEqual(r.suppressions[0]!.silenced.map((d) => d.code), ['license.incompatible']);
  });

  it('skips blank and comment lines between the comment and its target', () => {
    const text = variant('      type: eval\n', '      # pocplan-disable-next-line license.incompatible -- approved\n\n      # the loaner\n      type: eval\n', EVAL_ON_PROD);
    assert.ok(!codes(check(text, { files: CLEAN_FILES }).diagnostics).includes('license.incompatible'));
  });

  it('a suppression without a reason is itself a warning, on the comment', () => {
    const text = variant('      type: eval\n', '      # pocplan-disable-next-line license.incompatible\n      type: eval\n', EVAL_ON_PROD);
    const r = check(text, { files: CLEAN_FILES });
    const d = r.diagnostics.find((x) => x.code === 'suppression.missing-reason')!;
    assert.equal(d.severity, 'warning');
    assert.equal(text.slice(d.start, d.end), '# pocplan-disable-next-line license.incompatible');
    assert.ok(!codes(r.diagnostics).includes('license.incompatible'));
  });

  it('unknown codes are reported on the code; unused suppressions are an info', () => {
    const text = variant('  start: 2027-01-11\n', '  # pocplan-disable-next-line licence.wrong, poc.observation-short -- n/a\n  start: 2027-01-11\n');
    const r = check(text, { files: CLEAN_FILES });
    const unknown = r.diagnostics.find((x) => x.code === 'suppression.unknown-code')!;
    assert.equal(text.slice(unknown.start, unknown.end), 'licence.wrong');
    const unused = r.diagnostics.find((x) => x.code === 'suppression.unused')!;
    assert.equal(unused.severity, 'info');
    assert.equal(text.slice(unused.start, unused.end), 'poc.observation-short');
  });

  it('area.* silences a whole area', () => {
    const text = variant('      type: eval\n', '      # pocplan-disable-next-line license.* -- approved exception\n      type: eval\n', EVAL_ON_PROD);
    assert.ok(!codes(check(text, { files: CLEAN_FILES }).diagnostics).includes('license.incompatible'));
  });

  it('does not silence other lines', () => {
    const text = dedent(`
      # pocplan-disable-next-line license.incompatible -- wrong place
      pocplan: 1
    `) + EVAL_ON_PROD.replace(/^pocplan: 1\n/m, '');
    assert.ok(codes(check(text, { files: CLEAN_FILES }).diagnostics).includes('license.incompatible'));
  });
});

describe('configured severities', () => {
  it('turns a rule off or changes its severity', () => {
    const off = check(EVAL_ON_PROD, { files: CLEAN_FILES, settings: { rules: { 'license.incompatible': 'off' } } });
    assert.ok(!codes(off.diagnostics).includes('license.incompatible'));
    const warn = check(EVAL_ON_PROD, { files: CLEAN_FILES, settings: { rules: { 'license.*': 'warning' } } });
    assert.equal(warn.diagnostics.find((d) => d.code === 'license.incompatible')?.severity, 'warning');
  });

  it('the device-associations reading allows eval licenses on prod firewalls, and the strict message names both', () => {
    const strict = check(EVAL_ON_PROD, { files: CLEAN_FILES });
    const d = strict.diagnostics.find((x) => x.code === 'license.incompatible')!;
    assert.match(d.message, /strict/i);
    assert.match(d.message, /Device Associations/);
    const da = check(EVAL_ON_PROD, { files: CLEAN_FILES, settings: { licenseMatrix: 'device-associations' } });
    assert.ok(!codes(da.diagnostics).includes('license.incompatible'));
  });

  it('the clean fixture stays clean under every setting', () => {
    for (const profile of ['default', 'strict'] as const) {
      for (const licenseMatrix of ['strict', 'device-associations'] as const) {
        const r = check(CLEAN, { files: CLEAN_FILES, settings: { profile, licenseMatrix } });
        assert.deepEqual(codes(r.diagnostics), [], `${profile}/${licenseMatrix}`);
      }
    }
  });
});
