/**
 * The CSV report cache: a re-check of the same plan with unchanged lists reuses their reports (no
 * parse, no check), and any change — the list's text, the segment's subnet, the path as written —
 * gives fresh findings, never stale ones. The cache is per service and bounded by text size.
 */
import * as assert from 'node:assert/strict';
import { createPlanService, mergeSettings, type CheckResult } from '../../server/src/service';
import { checkCsv, CsvReportCache, type CsvReport } from '../../server/src/service/csv';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';
import { PLAN_URI, WS } from '../helpers';

const METERS = `${WS}meters.csv`;

/** A service over an in-memory workspace whose reads are counted. */
function workspace(files: Record<string, string>) {
  const disk = new Map(Object.entries(files).map(([k, v]) => [WS + k, v]));
  const reads = new Map<string, number>();
  const service = createPlanService({
    host: {
      readFile: (uri) => { reads.set(uri, (reads.get(uri) ?? 0) + 1); return disk.get(uri); },
      workspaceFolder: () => WS,
    },
  });
  const settings = mergeSettings({});
  return {
    disk, reads,
    check: (text = CLEAN): CheckResult => service.check(PLAN_URI, text, settings),
  };
}

const meters = (r: CheckResult): CsvReport => r.csv.find((c) => c.uri === METERS)!;
const csvCodes = (r: CheckResult): string[] => (r.csvDiagnostics.get(METERS) ?? []).map((d) => `${d.code} ${d.range.start.line}`);

describe('CSV report cache', () => {
  it('a re-check with unchanged lists reads them again but reuses their reports', () => {
    const ws = workspace(CLEAN_FILES);
    const first = ws.check();
    const second = ws.check();
    // Read every time (the file may have changed), parsed and checked once: the very same report.
    assert.equal(ws.reads.get(METERS), 2);
    assert.equal(meters(second), meters(first));
    assert.deepEqual(second.csv.map((c) => c.devices.length), first.csv.map((c) => c.devices.length));
    // An equal text that is another string object is still a hit.
    ws.disk.set(METERS, CLEAN_FILES['meters.csv']!.split('').join(''));
    assert.equal(meters(ws.check()), meters(first));
  });

  it('a changed list is checked again: new findings, never stale ones', () => {
    const ws = workspace(CLEAN_FILES);
    const clean = ws.check();
    assert.deepEqual(csvCodes(clean), []);
    ws.disk.set(METERS, 'ip,mac\n10.1.40.21,zz\n10.9.9.9,\n');
    const broken = ws.check();
    assert.notEqual(meters(broken), meters(clean));
    assert.deepEqual(csvCodes(broken), ['csv.invalid-mac 1', 'csv.outside-subnet 2']);
    assert.ok(broken.diagnostics.some((d) => d.start === CLEAN.indexOf('meters.csv') && /2 problem/.test(d.message)));
    // Same length, one character different.
    ws.disk.set(METERS, 'ip,mac\n10.1.40.21,zz\n10.9.9.8,\n');
    assert.deepEqual(meters(ws.check()).findings.map((f) => f.args?.ip ?? f.args?.value), ['zz', '10.9.9.8']);
    // Back to the original text: clean again.
    ws.disk.set(METERS, CLEAN_FILES['meters.csv']!);
    assert.deepEqual(csvCodes(ws.check()), []);
    // Gone: csv.missing-file, no report from the cache.
    ws.disk.delete(METERS);
    const missing = ws.check();
    assert.ok(missing.diagnostics.some((d) => d.code === 'csv.missing-file'));
    assert.equal(meters(missing).unreadable, true);
  });

  it('the segment subnet and the path as written are part of the key', () => {
    const ws = workspace(CLEAN_FILES);
    const clean = ws.check();
    const moved = ws.check(variant('subnet: 10.1.40.0/24', 'subnet: 10.1.50.0/24'));
    assert.deepEqual(meters(moved).findings.map((f) => f.code), ['csv.outside-subnet', 'csv.outside-subnet']);
    assert.deepEqual(meters(ws.check()).findings, []);
    const dotted = ws.check(variant('csv: meters.csv', 'csv: ./meters.csv'));
    const r = dotted.csv.find((c) => c.uri === METERS)!;
    assert.equal(r.path, './meters.csv');
    assert.notEqual(r, meters(clean));
  });

  it('a text the plan cannot reach never comes from the cache', () => {
    const ws = workspace({ ...CLEAN_FILES, '../outside.csv': CLEAN_FILES['meters.csv']! });
    ws.check();
    const r = ws.check(variant('csv: meters.csv', 'csv: ../outside.csv'));
    assert.ok(r.diagnostics.some((d) => d.code === 'csv.outside-workspace'));
    assert.deepEqual([...ws.reads.keys()].sort(), [`${WS}hvac.csv`, METERS]);
  });

  it('is per service: another service parses for itself', () => {
    const a = workspace(CLEAN_FILES);
    const b = workspace(CLEAN_FILES);
    assert.notEqual(meters(a.check()), meters(b.check()));
  });

  it('is bounded by text size, least recently used out first', () => {
    const cache = new CsvReportCache(100);
    const text = (c: string): string => `ip\n${c.repeat(37)}\n`; // 40 characters
    const report = (t: string): CsvReport => checkCsv('u', 'p', t, undefined);
    const [a, b, c] = [text('a'), text('b'), text('c')];
    cache.set('a', a, report(a));
    cache.set('b', b, report(b));
    assert.ok(cache.get('a', a)); // a is now the most recent
    cache.set('c', c, report(c)); // 120 > 100: b goes
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b', b), undefined);
    assert.ok(cache.get('a', a));
    assert.ok(cache.get('c', c));
    // A text for a key replaces the old one; a wrong text is a miss.
    cache.set('a', c, report(c));
    assert.equal(cache.get('a', a), undefined);
    assert.ok(cache.get('a', c));
    // A text larger than the whole cache is not kept (and drops the key's old entry).
    const huge = text('x'.repeat(3));
    cache.set('a', huge, report(huge));
    assert.equal(cache.get('a', huge), undefined);
    assert.equal(cache.size, 1);
  });
});
