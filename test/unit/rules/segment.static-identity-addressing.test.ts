/**
 * Issue #12 item 6: a segment with both DHCP and static-IP devices can say it uses two identity
 * methods — `identity` for the DHCP devices, `staticIdentity` (a CSV list) for the static ones.
 */
import * as assert from 'node:assert/strict';
import { CLEAN, CLEAN_FILES, variant } from '../../fixtures';
import { ruleHelpers } from '../../rule-helpers';
import { check, codes, expectAt, expectNone, unmark } from '../../helpers';
import { expectFix } from '../editing/helpers';
import { renderText } from '../../render-helpers';

const CODE = 'segment.static-identity-addressing';
const { relatedText, run, assertJapanese } = ruleHelpers(CODE);
const FILES = { ...CLEAN_FILES, 'plcs.csv': 'ip,mac\n10.1.20.5,00:80:f4:12:00:05\n' };
const opts = { files: FILES };

/** The clean plan's pattern-1 scanners with static-IP PLCs beside them, listed in a CSV. */
const MIXED = variant('        addressing: dhcp\n        dhcp: broadcast\n        identity:\n          method: inline-arp-dhcp\n          firewall: fw-osaka\n          interface: ethernet1/3\n',
  '        addressing: mixed\n        dhcp: broadcast\n        identity:\n          method: inline-arp-dhcp\n          firewall: fw-osaka\n          interface: ethernet1/3\n        staticIdentity:\n          method: csv\n          csv: plcs.csv\n');

describe('staticIdentity', () => {
  it('a mixed segment with a DHCP method and a CSV list for its static devices checks clean (today: schema.unknown-key)', () => {
    assert.deepEqual(codes(check(MIXED, opts).diagnostics), []);
    assert.deepEqual(codes(check(MIXED, { ...opts, settings: { profile: 'strict' } }).diagnostics), []);
  });

  it('its CSV list is read and checked cell by cell, like identity.csv', () => {
    const bad = check(MIXED, { files: { ...FILES, 'plcs.csv': 'ip,mac\n10.9.9.9,zz\n' } });
    const onPlan = bad.diagnostics.filter((d) => d.code.startsWith('csv.'));
    assert.ok(onPlan.length > 0, 'a summary on the plan\'s csv value');
    assert.equal(MIXED.slice(onPlan[0]!.start, onPlan[0]!.end), 'plcs.csv');
    assert.ok(bad.csv.some((r) => r.path === 'plcs.csv'));
    assert.ok(check(MIXED, { files: CLEAN_FILES }).diagnostics.some((d) => d.code === 'csv.missing-file'));
  });

  it('the document shows the static devices and how they are learned', () => {
    const md = renderText(MIXED, { files: FILES, format: 'md' });
    assert.match(md, /The segment's static-IP devices, which send no DHCP, are learned from the CSV list plcs\.csv/);
    assert.match(md, /\| 10\.1\.20\.5 \| 00:80:f4:12:00:05 \|/);
    const html = renderText(MIXED, { files: FILES });
    assert.match(html, />plcs\.csv</, 'the CSV upload box in the diagram');
  });

  it('rejects other methods and needs its csv (schema)', () => {
    assert.ok(codes(check(MIXED.replace('          method: csv\n          csv: plcs.csv\n', '          method: mirror\n          csv: plcs.csv\n'), opts).diagnostics).includes('schema.enum'));
    assert.ok(codes(check(MIXED.replace('          method: csv\n          csv: plcs.csv\n', '          method: csv\n'), opts).diagnostics).includes('schema.required'));
  });
});

describe(CODE, () => {
  const DHCP = MIXED.replace('        addressing: mixed\n', '        addressing: dhcp\n').replace('        staticIdentity:\n', '        «staticIdentity»:\n');
  it('fires on staticIdentity when the segment says it has no static devices, and sets addressing: mixed', () => {
    const [d] = expectAt(DHCP, CODE, opts);
    assert.deepEqual(d!.data, { addressing: 'dhcp' });
    assert.match(d!.message, /lists static-IP devices in `staticIdentity`, but its `addressing` is `dhcp`/);
    assert.deepEqual(relatedText(DHCP, d!), ['dhcp']);
    expectFix(unmark(DHCP).text, CODE, '`addressing: mixed`', MIXED, FILES);
  });

  it('on an all-static segment it says the list belongs in identity', () => {
    const stat = DHCP.replace('addressing: dhcp\n        dhcp: broadcast', 'addressing: static\n        dhcp: broadcast');
    const [d] = expectAt(stat, CODE, opts);
    assert.match(d!.message, /the CSV list belongs in `identity` \(pattern 5-1 or 5-2\)/);
  });

  it('is info by default, warning under profile: strict, and quiet on mixed segments', () => {
    expectNone(MIXED, CODE, opts);
    expectNone(CLEAN, CODE, opts);
    assert.deepEqual(run(DHCP).map((x) => x.severity), ['info']);
    assert.deepEqual(run(DHCP, { profile: 'strict' }).map((x) => x.severity), ['warning']);
    assertJapanese(DHCP);
  });
});
