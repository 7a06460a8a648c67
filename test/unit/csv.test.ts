import * as assert from 'node:assert/strict';
import ipaddr from 'ipaddr.js';
import { checkCsv, isValidMac, parseCsv } from '../../server/src/service/csv';
import { parseIpv4, parseSubnet } from '../../server/src/service/net';
import { check } from '../helpers';
import { CLEAN, CLEAN_FILES, variant } from '../fixtures';

const URI = 'file:///ws/d.csv';
const subnet = (() => { const s = parseSubnet('10.1.40.0/24')!; return [s.addr, s.bits] as [typeof s.addr, number]; })();
const run = (text: string) => checkCsv(URI, 'd.csv', text, subnet);
const at = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('CSV device lists', () => {
  it('accepts every documented MAC form, in either case', () => {
    for (const m of ['aa:bb:cc:00:11:22', 'AA.BB.CC.00.11.22', 'aa-bb-cc-00-11-22', 'aa bb cc 00 11 22', 'AABBCC001122']) assert.ok(isValidMac(m), m);
    for (const m of ['aabb.cc00.1122', 'aa:bb:cc:00:11', 'gg:bb:cc:00:11:22', 'aa:bb-cc:00:11:22']) assert.ok(!isValidMac(m), m);
  });

  it('puts each problem on its cell', () => {
    const text = 'ip,mac,vendor\n10.1.40.21,3c:5a:b4:01:02:03,Acme\n10.1.40.300,3c:5a:b4:01:02:04,Acme\n10.1.40.23, not-a-mac ,Acme\n10.1.41.5,,Acme\n10.1.40.21,,Acme\n';
    const r = run(text);
    assert.deepEqual(r.findings.map((f) => [f.code, at(text, f)]), [
      ['csv.invalid-ip', '10.1.40.300'],
      ['csv.invalid-mac', 'not-a-mac'],
      ['csv.outside-subnet', '10.1.41.5'],
      ['csv.duplicate-ip', '10.1.40.21'],
    ]);
    assert.ok(r.findings.every((f) => f.uri === URI));
    assert.equal(r.devices.length, 4);
  });

  it('handles quotes, CRLF, BOM and blank lines', () => {
    const text = '\ufeffip,mac,model\r\n"10.1.40.21","3c:5a:b4:01:02:03","A, ""quoted"" model"\r\n\r\n10.1.40.x,,\r\n';
    const r = run(text);
    assert.deepEqual(r.findings.map((f) => [f.code, at(text, f)]), [['csv.invalid-ip', '10.1.40.x']]);
    assert.equal(r.devices[0]!.model, 'A, "quoted" model');
    const t = parseCsv(text);
    assert.equal(at(text, t.rows[1]!.cells[2]!), '"A, ""quoted"" model"');
  });

  it('requires an ip column, and warns on an empty list', () => {
    assert.deepEqual(run('mac,vendor\naa:bb:cc:00:11:22,x\n').findings.map((f) => f.code), ['csv.missing-ip-column']);
    assert.deepEqual(run('ip,mac\n').findings.map((f) => f.code), ['csv.empty']);
    assert.deepEqual(run('').findings.map((f) => f.code), ['csv.empty']);
  });

  it('reports unreadable CSV syntax on its line', () => {
    const text = 'ip,mac\n10.1.40.21,"unclosed\n';
    const r = run(text);
    assert.equal(r.findings[0]!.code, 'csv.parse-error');
  });

  it('a missing file is csv.missing-file on the plan value', () => {
    const r = check(CLEAN, { files: { 'hvac.csv': CLEAN_FILES['hvac.csv']! } });
    const d = r.diagnostics.find((x) => x.code === 'csv.missing-file')!;
    assert.equal(CLEAN.slice(d.start, d.end), 'meters.csv');
  });

  it('refuses paths that leave the workspace', () => {
    for (const p of ['../outside.csv', '/etc/passwd', 'sub/../../x.csv', 'http://example.com/x.csv']) {
      const text = variant('csv: meters.csv', `csv: ${p}`);
      const r = check(text, { files: { ...CLEAN_FILES, '../outside.csv': 'ip\n10.1.40.1\n' } });
      const d = r.diagnostics.find((x) => x.code === 'csv.outside-workspace');
      assert.ok(d, p);
      assert.equal(text.slice(d.start, d.end), p);
    }
  });

  it('reports CSV problems on the CSV and summarises them on the plan\'s csv value', () => {
    const r = check(CLEAN, { files: { ...CLEAN_FILES, 'meters.csv': 'ip,mac\n10.1.40.21,zz\n10.9.9.9,\n' } });
    const csvDiags = r.csvDiagnostics.get('file:///ws/meters.csv')!;
    assert.deepEqual(csvDiags.map((d) => [d.code, d.range.start.line]), [['csv.invalid-mac', 1], ['csv.outside-subnet', 2]]);
    const summary = r.diagnostics.find((d) => d.start === CLEAN.indexOf('meters.csv'))!;
    assert.match(summary.message, /2 problem/);
    assert.equal(summary.related.length, 2);
    assert.equal(summary.related[0]!.uri, 'file:///ws/meters.csv');
  });

  it('reads an IP address exactly as ipaddr.js isValidFourPartDecimal does, parsing it once', () => {
    const octets = ['0', '1', '9', '10', '99', '255', '256', '300', '01', '00', '', 'x', '0x1', '-1', ' 1', '999999999999999999'];
    let n = 0;
    for (const a of octets) for (const b of ['0', '255', '256', '01']) for (const c of octets) for (const d of ['1', '255', '256', '', '04']) {
      for (const s of [`${a}.${b}.${c}.${d}`, `${a}.${b}.${c}`, `${a}.${b}.${c}.${d}.1`, `${a}..${c}.${d}`]) {
        assert.equal(parseIpv4(s) !== undefined, ipaddr.IPv4.isValidFourPartDecimal(s), JSON.stringify(s));
        n++;
      }
    }
    assert.ok(n > 4000);
    assert.equal(parseIpv4('10.1.2.3')?.toString(), '10.1.2.3');
  });
});
