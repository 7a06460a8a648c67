/**
 * A CSV list the plan names is reported as what it is (issue #13, item 2): missing, too large, not
 * a regular file, or unreadable — and *Create* is offered only when nothing at all is at that path,
 * because its edit (create, then insert at 0:0) would otherwise put a stub in front of a real list.
 * At service level with an in-memory host, then on real files (a FIFO, a sparse 17 MB file, a
 * folder) through the Node host, the CLI and the LSP server's host (open documents first).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost, pathToUri, readTextFile } from '../../server/src/node/host';
import { createPlanService, mergeSettings, type PlanService, type ServiceHost } from '../../server/src/service';
import type { FileRead } from '../../server/src/service/files';
import { cli } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { PLAN_URI, WS } from '../helpers';

const S = mergeSettings({});
const HVAC = `${WS}hvac.csv`;

/** A workspace whose hvac.csv reads as `read`; everything else from CLEAN_FILES. */
function serviceWith(read: FileRead | undefined, target = HVAC): PlanService {
  const files = new Map(Object.entries(CLEAN_FILES).map(([k, v]) => [WS + k, v]));
  const readFileResult = (uri: string): FileRead => {
    if (uri === target && read) return read;
    const t = files.get(uri);
    return t === undefined ? { status: 'missing' } : { status: 'ok', text: t };
  };
  const host: ServiceHost = { readFile: (u) => { const r = readFileResult(u); return r.status === 'ok' ? r.text : undefined; }, readFileResult, workspaceFolder: () => WS };
  return createPlanService({ host });
}

function csvFindings(service: PlanService): Array<{ code: string; message: string; start: number; end: number; data?: unknown }> {
  return service.check(PLAN_URI, CLEAN, S).diagnostics.filter((d) => d.code.startsWith('csv.'));
}

function createOffered(service: PlanService): boolean {
  const ds = service.check(PLAN_URI, CLEAN, S).diagnostics.filter((d) => d.code.startsWith('csv.'));
  return ds.some((d) => service.codeActions(PLAN_URI, CLEAN, S, { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] }).some((a) => a.edit?.createFiles?.length));
}

describe('referenced files: each reason a CSV has no text is its own finding', () => {
  const cases: Array<[string, FileRead, string, RegExp]> = [
    ['missing', { status: 'missing' }, 'csv.missing-file', /CSV file `hvac\.csv` was not found/],
    ['too large', { status: 'too-large', size: 16 * 1048576 + 1, limit: 16 * 1048576 }, 'csv.too-large', /`hvac\.csv` is 16\.1 MB, larger than the 16 MB a device list may be; it is not read/],
    ['a folder', { status: 'not-a-file', kind: 'directory' }, 'csv.not-a-file', /`hvac\.csv` is a folder, not a CSV file/],
    ['a FIFO', { status: 'not-a-file', kind: 'fifo' }, 'csv.not-a-file', /named pipe \(FIFO\)/],
    ['a socket', { status: 'not-a-file', kind: 'socket' }, 'csv.not-a-file', /is a socket/],
    ['a device', { status: 'not-a-file', kind: 'device' }, 'csv.not-a-file', /is a device/],
    ['something else', { status: 'not-a-file', kind: 'other' }, 'csv.not-a-file', /is not a regular file/],
    ['unreadable (permission)', { status: 'unreadable', cause: 'permission' }, 'csv.unreadable', /exists but cannot be read: permission denied/],
    ['unreadable (other)', { status: 'unreadable', cause: 'other' }, 'csv.unreadable', /exists but cannot be read\.$/],
  ];
  for (const [what, read, code, message] of cases) {
    it(`${what} → ${code}, on the csv value, an error; *Create* ${read.status === 'missing' ? 'offered' : 'never offered'}`, () => {
      const service = serviceWith(read);
      const found = csvFindings(service);
      assert.deepEqual(found.map((d) => d.code), [code]);
      assert.match(found[0]!.message, message);
      assert.equal(CLEAN.slice(found[0]!.start, found[0]!.end), 'hvac.csv');
      assert.equal(service.check(PLAN_URI, CLEAN, S).diagnostics.find((d) => d.code === code)!.severity, 'error');
      assert.equal(createOffered(service), read.status === 'missing');
    });
  }

  it('every message has a Japanese version', () => {
    const ja = mergeSettings({ lang: 'ja' });
    for (const [, read, code] of cases) {
      const d = serviceWith(read).check(PLAN_URI, CLEAN, ja).diagnostics.find((x) => x.code === code)!;
      assert.match(d.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `${code}: ${d.message}`);
    }
  });

  it('a stale csv.missing-file (the file exists now, whatever it is) offers no *Create*', () => {
    const missing = serviceWith({ status: 'missing' });
    const d = missing.check(PLAN_URI, CLEAN, S).diagnostics.find((x) => x.code === 'csv.missing-file')!;
    for (const now of [{ status: 'too-large', size: 1 << 30, limit: 1 << 24 }, { status: 'not-a-file', kind: 'fifo' }, { status: 'ok', text: CLEAN_FILES['hvac.csv']! }] as FileRead[]) {
      const actions = serviceWith(now).codeActions(PLAN_URI, CLEAN, S, { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] });
      assert.ok(!actions.some((a) => a.edit?.createFiles?.length), `${now.status}: ${actions.map((a) => a.title).join(' | ')}`);
    }
  });

  it('a host with only readFile keeps the old behaviour: no text reads as missing', () => {
    const host: ServiceHost = { readFile: (u) => (u === HVAC ? undefined : CLEAN_FILES[u.slice(WS.length)]), workspaceFolder: () => WS };
    const r = createPlanService({ host }).check(PLAN_URI, CLEAN, S);
    assert.deepEqual(r.diagnostics.filter((d) => d.code.startsWith('csv.')).map((d) => d.code), ['csv.missing-file']);
  });

  it('"Configure as pattern 5-1" creates the CSV stub only where nothing exists', () => {
    const text = `${CLEAN}      - id: p7-new\n        subnet: 10.1.50.0/24\n        addressing: static\n`;
    const stub = `${WS}p7-new.csv`;
    for (const [read, creates] of [[{ status: 'missing' }, true], [{ status: 'too-large', size: 1 << 30, limit: 1 << 24 }, false], [{ status: 'not-a-file', kind: 'fifo' }, false]] as Array<[FileRead, boolean]>) {
      const service = serviceWith(read, stub);
      const at = text.indexOf('p7-new');
      const listed = service.codeActions(PLAN_URI, text, S, { start: at, end: at, diagnostics: [], only: ['refactor'] }).find((a) => a.title.startsWith('Configure as pattern 5-1'))!;
      const edit = service.resolveAction(PLAN_URI, text, S, listed.data)!;
      assert.equal(!!edit.createFiles?.some((c) => c.uri === stub), creates, read.status);
      assert.ok(edit.edits.some((e) => e.newText.includes('p7-new.csv')), 'the plan names the list either way');
    }
  });
});

describe('referenced files: real files through the Node host, the CLI and the server host', () => {
  let dir = '';
  const plan = (csv: string): string => CLEAN.replace('csv: hvac.csv', `csv: ${csv}`);
  before(function () {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-refs-')));
    for (const [n, t] of Object.entries(CLEAN_FILES)) fs.writeFileSync(path.join(dir, n), t);
    fs.writeFileSync(path.join(dir, 'big.csv'), '');
    fs.truncateSync(path.join(dir, 'big.csv'), 17 * 1048576); // sparse: nothing written
    fs.mkdirSync(path.join(dir, 'folder.csv'));
    if (process.platform !== 'win32') {
      try { execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]); } catch { /* no mkfifo: the FIFO cases skip */ }
    }
    for (const name of ['big', 'folder', 'pipe', 'gone']) fs.writeFileSync(path.join(dir, `${name}.pocplan.yaml`), plan(`${name}.csv`));
    fs.writeFileSync(path.join(dir, '.pocplanrc.yaml'), 'profile: default\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('readTextFile says why, without blocking on a FIFO or reading a large file', () => {
    assert.deepEqual(readTextFile(path.join(dir, 'hvac.csv')), { status: 'ok', text: CLEAN_FILES['hvac.csv'] });
    assert.deepEqual(readTextFile(path.join(dir, 'big.csv')), { status: 'too-large', size: 17 * 1048576, limit: 16 * 1048576 });
    assert.deepEqual(readTextFile(path.join(dir, 'folder.csv')), { status: 'not-a-file', kind: 'directory' });
    assert.deepEqual(readTextFile(path.join(dir, 'gone.csv')), { status: 'missing' });
    assert.deepEqual(readTextFile(path.join(dir, 'hvac.csv', 'x.csv')), { status: 'missing' }, 'a file used as a folder');
    if (fs.existsSync(path.join(dir, 'pipe.csv'))) assert.deepEqual(readTextFile(path.join(dir, 'pipe.csv')), { status: 'not-a-file', kind: 'fifo' });
  });

  it('pocplan check reports each as its own code, on the plan, and never hangs', () => {
    const r = cli(['check', '--format', 'json', '.'], { cwd: dir });
    const by = new Map((JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<{ code: string }> }> }).files.map((f) => [f.file, f.diagnostics.map((d) => d.code).filter((c) => c.startsWith('csv.'))]));
    assert.deepEqual(by.get('big.pocplan.yaml'), ['csv.too-large']);
    assert.deepEqual(by.get('folder.pocplan.yaml'), ['csv.not-a-file']);
    assert.deepEqual(by.get('gone.pocplan.yaml'), ['csv.missing-file']);
    if (fs.existsSync(path.join(dir, 'pipe.csv'))) assert.deepEqual(by.get('pipe.pocplan.yaml'), ['csv.not-a-file']);
    assert.equal(r.code, 1);
  });

  it('the server\'s host (open documents first): an open buffer over the limit is too large; *Create* only for the missing file', () => {
    const openBig = pathToUri(path.join(dir, 'gone.csv'));
    const host = createNodeHost({ openText: (u) => (u === openBig ? 'x'.repeat(16 * 1048576 + 1) : undefined), folders: () => [pathToUri(dir)] });
    assert.equal(host.readFileResult!(openBig).status, 'too-large');
    const service = createPlanService({ host });
    for (const [name, creates] of [['gone', false], ['big', false], ['folder', false], ['pipe', false]] as const) {
      if (name === 'pipe' && !fs.existsSync(path.join(dir, 'pipe.csv'))) continue;
      const uri = pathToUri(path.join(dir, `${name}.pocplan.yaml`));
      const text = plan(`${name}.csv`);
      const ds = service.check(uri, text, S).diagnostics.filter((d) => d.code.startsWith('csv.'));
      assert.equal(ds.length, 1, name);
      const actions = service.codeActions(uri, text, S, { start: ds[0]!.start, end: ds[0]!.end, diagnostics: ds, only: ['quickfix'] });
      assert.equal(actions.some((a) => a.edit?.createFiles?.length), creates, name);
    }
    // Without the open buffer, the missing file is missing, and *Create* is offered.
    const plain = createPlanService({ host: createNodeHost({ folders: () => [pathToUri(dir)] }) });
    const uri = pathToUri(path.join(dir, 'gone.pocplan.yaml'));
    const d = plain.check(uri, plan('gone.csv'), S).diagnostics.find((x) => x.code === 'csv.missing-file')!;
    assert.ok(plain.codeActions(uri, plan('gone.csv'), S, { start: d.start, end: d.end, diagnostics: [d], only: ['quickfix'] }).some((a) => a.edit?.createFiles?.length));
  });
});
