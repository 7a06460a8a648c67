import * as assert from 'node:assert/strict';
import { driftCheck, expectDriftAt, PLAN, planVariant } from '../../drift-helpers';
import { createPlanService, mergeSettings, type ServiceHost } from '../../../server/src/service';
import type { FileRead } from '../../../server/src/service/files';

const CODE = 'config.missing-file';
const MARKED = planVariant('runningConfig: configs/fw-osaka.xml', 'runningConfig: «configs/fw-osaka.xml»');

describe(CODE, () => {
  it('fires on the runningConfig value when the file cannot be read, and nothing is compared', () => {
    const [d] = expectDriftAt(MARKED, CODE, null);
    assert.match(d!.message, /There is no file at `configs\/fw-osaka\.xml`, the running configuration of firewall `fw-osaka`/);
    assert.deepEqual(driftCheck(PLAN, null).diagnostics.map((x) => x.code), [CODE]);
  });

  it('the path is relative to the plan\'s folder', () => {
    const r = driftCheck(PLAN, null, { uri: 'file:///ws/plans/p.pocplan.yaml', files: { 'plans/configs/fw-osaka.xml': '<config/>' } });
    assert.deepEqual(r.diagnostics.filter((x) => x.code === CODE), []);
  });

  it('info by default, error when strict; Japanese', () => {
    assert.equal(driftCheck(MARKED, null).diagnostics[0]!.severity, 'info');
    assert.equal(driftCheck(MARKED, null, { settings: { profile: 'strict' } }).diagnostics[0]!.severity, 'error');
    assert.match(driftCheck(MARKED, null, { settings: { lang: 'ja' } }).diagnostics[0]!.message, /にはファイルがありません/);
  });

  it('says why a file that exists is not read: too large, not a regular file, unreadable', () => {
    const WS = 'file:///ws/';
    const cases: Array<[FileRead, string, RegExp, RegExp]> = [
      [{ status: 'too-large', size: 17 * 1048576, limit: 16 * 1048576 }, 'too-large', /is 17\.0 MB, larger than the 16 MB the checker reads/, /17\.0 MB で、チェックで読み込む上限 16 MB/],
      [{ status: 'not-a-file', kind: 'fifo' }, 'not-a-file', /is not a regular file/, /通常のファイルではない/],
      [{ status: 'unreadable', cause: 'permission' }, 'unreadable', /exists but cannot be read/, /ありますが読み取れません/],
    ];
    for (const [read, reason, en, ja] of cases) {
      const readFileResult = (uri: string): FileRead => (uri === `${WS}configs/fw-osaka.xml` ? read : { status: 'missing' });
      const host: ServiceHost = { readFile: () => undefined, readFileResult, workspaceFolder: () => WS };
      const service = createPlanService({ host });
      for (const [lang, re] of [['en', en], ['ja', ja]] as const) {
        const ds = service.check(`${WS}p.pocplan.yaml`, PLAN, mergeSettings({ lang })).diagnostics.filter((d) => d.code === CODE);
        assert.equal(ds.length, 1, reason);
        assert.match(ds[0]!.message, re);
        assert.equal((ds[0]!.data as { reason?: string }).reason, reason);
      }
    }
  });
});
