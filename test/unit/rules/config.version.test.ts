import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, expectDriftAt, PLAN, planVariant } from '../../drift-helpers';

const CODE = 'config.version';
const OLDER = planVariant('panos: 11.1.2', 'panos: «10.2.4»');

describe(CODE, () => {
  it('fires on `panos` when the file comes from another release (detail-version), pointing at <config>', () => {
    const [d] = expectDriftAt(OLDER, CODE);
    assert.match(d!.message, /`fw-osaka` runs PAN-OS 11\.1\.2 according to its running configuration `configs\/fw-osaka\.xml`, but the plan says 10\.2\.4/);
    assert.match(d!.related[0]!.message, /version/);
    assert.equal(d!.related[0]!.range.start.line, 1);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', key: 'panos', value: '11.1.2' });
    expectDriftAt(planVariant('panos: 11.1.2', 'panos: «11.1.2-h3»'), CODE);
  });

  it('with only <config version> (x.y.0), compares major and minor', () => {
    const schemaOnly = CONFIG.replace(' detail-version="11.1.2"', '');
    assert.deepEqual(driftCheck(planVariant('panos: 11.1.2', 'panos: 11.1.6'), schemaOnly).diagnostics.filter((d) => d.code === CODE), []);
    const [d] = expectDriftAt(OLDER, CODE, schemaOnly);
    assert.match(d!.message, /is of PAN-OS 11\.1, but the plan says 10\.2\.4/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', key: 'panos', value: '11.1' });
  });

  it('stays quiet when they agree or the plan gives no version', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
    assert.deepEqual(driftCheck(planVariant('    panos: 11.1.2\n', '')).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(OLDER).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(OLDER, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(OLDER, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /PAN-OS は 11\.1\.2 ですが、プランでは 10\.2\.4/);
  });
});
