import * as assert from 'node:assert/strict';
import { CONFIG, driftCheck, ERSPAN_CONFIG, expectDriftAt, PLAN, planVariant, planWith } from '../../drift-helpers';

const CODE = 'config.interface-missing';
const TYPO = planVariant('      - name: ethernet1/8\n', '      - name: «ethernet1/18»\n');

describe(CODE, () => {
  it('fires on the name of a plan interface the file does not have, suggesting a close one', () => {
    const [d] = expectDriftAt(TYPO, CODE);
    assert.match(d!.message, /Interface `ethernet1\/18` of firewall `fw-osaka` is not in its running configuration `configs\/fw-osaka\.xml` — did you mean `ethernet1\/8`\?/);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'ethernet1/18', suggestion: 'ethernet1/8' });
    const far = expectDriftAt(planVariant('      - name: ethernet1/8\n', '      - name: «ae7.300»\n'), CODE);
    assert.deepEqual(far[0]!.data, { firewall: 'fw-osaka', interface: 'ae7.300' });
  });

  it('an interface the file has in a mode the plan cannot say is not missing (config.mode says it)', () => {
    const ha = PLAN.replace('    interfaces:\n', '    interfaces:\n      - name: ethernet1/7\n        mode: layer3\n');
    assert.deepEqual(driftCheck(ha).diagnostics.map((d) => d.code), ['config.mode']);
  });

  it('an ERSPAN tunnel interface is there, as are the GRE tunnel\'s local interface and a v1 tap named after it; another tunnel interface is not', () => {
    const codes = (plan: string): string[] => driftCheck(plan, ERSPAN_CONFIG).diagnostics.map((d) => d.code).filter((c) => c === CODE);
    assert.deepEqual(codes(planWith('tunnel.1', 'mode: layer3', 'zone: erspan', 'erspan: true')), []);
    assert.deepEqual(codes(planWith('ethernet1/5', 'mode: tap', 'zone: erspan', 'erspan: true')), []);
    const [d] = expectDriftAt(planWith('«tunnel.2»', 'mode: layer3', 'zone: erspan', 'erspan: true'), CODE, ERSPAN_CONFIG);
    assert.deepEqual(d!.data, { firewall: 'fw-osaka', interface: 'tunnel.2', suggestion: 'tunnel.1' });
  });

  it('stays quiet when every interface is there', () => {
    assert.deepEqual(driftCheck(PLAN).diagnostics.filter((d) => d.code === CODE), []);
  });

  it('info by default, warning when strict; Japanese', () => {
    assert.equal(driftCheck(TYPO).diagnostics.find((d) => d.code === CODE)!.severity, 'info');
    assert.equal(driftCheck(TYPO, CONFIG, { settings: { profile: 'strict' } }).diagnostics.find((d) => d.code === CODE)!.severity, 'warning');
    assert.match(driftCheck(TYPO, CONFIG, { settings: { lang: 'ja' } }).diagnostics.find((d) => d.code === CODE)!.message, /稼働中の構成 `configs\/fw-osaka\.xml` にありません/);
  });
});
