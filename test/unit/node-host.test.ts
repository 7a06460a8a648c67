/**
 * The Node.js host on a real temp folder: realUri resolves symbolic links (and, for a missing
 * file, its folder's), and readFileSafe reads regular files only, within the size limit.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost, pathToUri, readFileSafe } from '../../server/src/node/host';

describe('node host: realUri and readFileSafe', () => {
  let dir: string;
  const host = createNodeHost();
  before(function () {
    // The temp folder may itself sit behind a link (macOS /var): compare against its real path.
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-host-')));
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'a.csv'), 'ip\n10.1.40.1\n');
    try {
      fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked'), 'dir');
      fs.symlinkSync(path.join(dir, 'real', 'a.csv'), path.join(dir, 'b.csv'));
    } catch {
      this.skip(); // Windows without the right to make links
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('resolves a linked file and a file in a linked folder', () => {
    assert.equal(host.realUri!(pathToUri(path.join(dir, 'b.csv'))), pathToUri(path.join(dir, 'real', 'a.csv')));
    assert.equal(host.realUri!(pathToUri(path.join(dir, 'linked', 'a.csv'))), pathToUri(path.join(dir, 'real', 'a.csv')));
    assert.equal(host.realUri!(pathToUri(path.join(dir, 'linked'))), pathToUri(path.join(dir, 'real')));
  });

  it('a missing file: its folder is resolved, so a linked folder is still caught', () => {
    assert.equal(host.realUri!(pathToUri(path.join(dir, 'linked', 'missing.csv'))), pathToUri(path.join(dir, 'real', 'missing.csv')));
    assert.equal(host.realUri!(pathToUri(path.join(dir, 'missing.csv'))), pathToUri(path.join(dir, 'missing.csv')));
  });

  it('a missing folder, or a uri that is not a file, is returned as is', () => {
    const gone = pathToUri(path.join(dir, 'no-such-folder', 'x.csv'));
    assert.equal(host.realUri!(gone), gone);
    assert.equal(host.realUri!('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  it('readFileSafe reads regular files (through links), and nothing else', () => {
    assert.equal(readFileSafe(path.join(dir, 'b.csv')), 'ip\n10.1.40.1\n');
    assert.equal(readFileSafe(path.join(dir, 'missing.csv')), undefined);
    assert.equal(readFileSafe(path.join(dir, 'real')), undefined);
    assert.equal(host.readFile(pathToUri(path.join(dir, 'linked', 'a.csv'))), 'ip\n10.1.40.1\n');
  });

  it('readFileSafe refuses a file past the limit without reading it', () => {
    const big = path.join(dir, 'big.csv');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 16 * 1024 * 1024 + 1); // sparse: no 16 MB written
    assert.equal(readFileSafe(big), undefined);
  });

  it('readFileSafe does not wait on a FIFO', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe.csv');
    try { execFileSync('mkfifo', [fifo]); } catch { this.skip(); }
    assert.equal(readFileSafe(fifo), undefined);
  });
});
