import * as assert from 'node:assert/strict';
import { driftCheck, expectDriftAt, PLAN, planVariant } from '../../drift-helpers';

const CODE = 'config.missing-file';
const MARKED = planVariant('runningConfig: configs/fw-osaka.xml', 'runningConfig: «configs/fw-osaka.xml»');

describe(CODE, () => {
  it('fires on the runningConfig value when the file cannot be read, and nothing is compared', () => {
    const [d] = expectDriftAt(MARKED, CODE, null);
    assert.match(d!.message, /The running configuration `configs\/fw-osaka\.xml` of firewall `fw-osaka` cannot be read/);
    assert.deepEqual(driftCheck(PLAN, null).diagnostics.map((x) => x.code), [CODE]);
  });

  it('the path is relative to the plan\'s folder', () => {
    const r = driftCheck(PLAN, null, { uri: 'file:///ws/plans/p.pocplan.yaml', files: { 'plans/configs/fw-osaka.xml': '<config/>' } });
    assert.deepEqual(r.diagnostics.filter((x) => x.code === CODE), []);
  });

  it('info by default, error when strict; Japanese', () => {
    assert.equal(driftCheck(MARKED, null).diagnostics[0]!.severity, 'info');
    assert.equal(driftCheck(MARKED, null, { settings: { profile: 'strict' } }).diagnostics[0]!.severity, 'error');
    assert.match(driftCheck(MARKED, null, { settings: { lang: 'ja' } }).diagnostics[0]!.message, /読み込めません/);
  });
});
