import * as assert from 'node:assert/strict';
import { driftCheck, PLAN, planVariant } from '../../drift-helpers';

const CODE = 'config.outside-workspace';

describe(CODE, () => {
  it('refuses paths that leave the workspace before reading them, on the runningConfig value', () => {
    for (const p of ['../outside.xml', '/etc/passwd', 'sub/../../x.xml', 'http://example.com/x.xml', 'file:///ws/configs/fw-osaka.xml']) {
      const r = driftCheck(planVariant('runningConfig: configs/fw-osaka.xml', `runningConfig: "${p}"`), null, { files: { '../outside.xml': '<config/>' } });
      const d = r.diagnostics.find((x) => x.code === CODE);
      assert.ok(d, p);
      assert.equal(r.text.slice(d.start, d.end), `"${p}"`);
      assert.deepEqual(r.diagnostics.map((x) => x.code), [CODE], p);
    }
  });

  it('stays quiet for a path inside the workspace; info by default, error when strict; Japanese', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((x) => x.code === CODE), []);
    const out = planVariant('runningConfig: configs/fw-osaka.xml', 'runningConfig: ../x.xml');
    assert.equal(driftCheck(out).diagnostics[0]!.severity, 'info');
    assert.equal(driftCheck(out, null, { settings: { profile: 'strict' } }).diagnostics[0]!.severity, 'error');
    assert.match(driftCheck(out, null, { settings: { lang: 'ja' } }).diagnostics[0]!.message, /ワークスペースフォルダーの外/);
  });
});
