/**
 * node/safe-write.ts, the one way a command writes a file, on a real temp folder: every guarantee
 * its header lists, each with a case that would lose data without it. The read-only folder and the
 * full disk are simulated through the injectable file system (tests run as root, which ignores
 * permissions, and no test may fill a disk).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isProtectedName, writeFileSafely, WriteRefused, type WriteFs } from '../../server/src/node/safe-write';
import { failingFs } from '../write-helpers';

const PLAN = 'pocplan: 1\ntitle: keep me  # byte for byte\n';

describe('safe-write: a command never destroys a file it should not', () => {
  let dir = '';
  const at = (...p: string[]): string => path.join(dir, ...p);
  const refused = (target: string, opts: Parameters<typeof writeFileSafely>[2], reason: WriteRefused['reason'], message: RegExp): void => {
    assert.throws(() => writeFileSafely(target, '<html>', opts), (e: unknown) => {
      assert.ok(e instanceof WriteRefused, String(e));
      assert.equal(e.reason, reason, e.message);
      assert.match(e.message, message);
      return true;
    });
  };
  const listing = (): string[] => fs.readdirSync(dir).sort();

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-safe-')));
    fs.writeFileSync(at('plan.yaml'), PLAN);
    fs.writeFileSync(at('p.pocplan.yaml'), PLAN);
    fs.mkdirSync(at('sub'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a new file, and replaces an old output, whole', () => {
    writeFileSafely(at('out.html'), 'one', { inputs: [at('plan.yaml')] });
    assert.equal(fs.readFileSync(at('out.html'), 'utf8'), 'one');
    fs.chmodSync(at('out.html'), 0o640);
    writeFileSafely('out.html', Buffer.from('two'), { inputs: [at('plan.yaml')], cwd: dir });
    assert.equal(fs.readFileSync(at('out.html'), 'utf8'), 'two');
    assert.equal(fs.statSync(at('out.html')).mode & 0o777, 0o640, 'the mode of the file it replaces');
    assert.deepEqual(listing(), ['out.html', 'p.pocplan.yaml', 'plan.yaml', 'sub'], 'no temporary file left');
  });

  it('never the input: same path, a hard link, a path through a symlinked folder (identity, not path)', () => {
    fs.linkSync(at('plan.yaml'), at('hard.html'));
    fs.symlinkSync(dir, at('sub', 'up'));
    const opts = { inputs: [at('plan.yaml')] };
    refused(at('plan.yaml'), opts, 'input', /refusing to write .*plan\.yaml: it is the input file .*plan\.yaml \(the same file under another name\)/);
    refused(at('hard.html'), opts, 'input', /it is the input file/);
    refused(at('sub', 'up', 'plan.yaml'), opts, 'input', /it is the input file/);
    refused(at('sub', 'up', 'hard.html'), opts, 'input', /it is the input file/);
    refused(at('sub', '..', 'plan.yaml'), opts, 'input', /it is the input file/);
    // The input given through a link is the same file too.
    refused(at('plan.yaml'), { inputs: [at('sub', 'up', 'hard.html')] }, 'input', /it is the input file/);
    assert.equal(fs.readFileSync(at('plan.yaml'), 'utf8'), PLAN);
  });

  it('never through a symbolic link, to the input or anywhere else', () => {
    fs.symlinkSync(at('plan.yaml'), at('link.html'));
    fs.symlinkSync(at('elsewhere.html'), at('dangling.html'));
    refused(at('link.html'), { inputs: [at('plan.yaml')] }, 'symlink', /refusing to write .*link\.html: it is a symbolic link/);
    refused(at('link.html'), { inputs: [] }, 'symlink', /symbolic link/);
    refused(at('dangling.html'), { inputs: [] }, 'symlink', /symbolic link/);
    assert.equal(fs.readFileSync(at('plan.yaml'), 'utf8'), PLAN);
    assert.ok(!fs.existsSync(at('elsewhere.html')), 'nothing created where a dangling link points');
  });

  it('never a plan, a device list or the settings, in any letter case', () => {
    for (const name of ['p.pocplan.yaml', 'new.pocplan.yml', 'P.POCPLAN.YAML', 'devices.csv', 'Devices.CSV', '.pocplanrc.yaml', '.POCPLANRC.YML']) {
      refused(at(name), { inputs: [] }, 'protected', /never overwritten by a command; choose another output name/);
      assert.ok(isProtectedName(name), name);
    }
    for (const name of ['plan.html', 'plan.md', 'pocplan.yaml.html', 'x.csv.md', 'config.xml']) assert.ok(!isProtectedName(name), name);
    assert.equal(fs.readFileSync(at('p.pocplan.yaml'), 'utf8'), PLAN);
  });

  it('createOnly: a new plan appears whole, never over an existing name (not even a dangling link)', () => {
    writeFileSafely(at('new.pocplan.yaml'), PLAN, { inputs: [], createOnly: true });
    assert.equal(fs.readFileSync(at('new.pocplan.yaml'), 'utf8'), PLAN);
    fs.symlinkSync(at('nowhere'), at('dangling.pocplan.yaml'));
    for (const name of ['new.pocplan.yaml', 'p.pocplan.yaml', 'dangling.pocplan.yaml', 'sub']) {
      refused(at(name), { inputs: [], createOnly: true }, 'exists', /already exists \(choose another name; nothing was changed\)/);
    }
    assert.equal(fs.readFileSync(at('p.pocplan.yaml'), 'utf8'), PLAN);
    assert.ok(!fs.existsSync(at('nowhere')));
  });

  it('createOnly without hard links (FAT, some shares): an exclusive create, still never over a file', () => {
    const noLinks = failingFs('linkSync', 'EPERM');
    writeFileSafely(at('fat.pocplan.yaml'), PLAN, { inputs: [], createOnly: true, fs: noLinks });
    assert.equal(fs.readFileSync(at('fat.pocplan.yaml'), 'utf8'), PLAN);
    // The name appears between the check and the create: the exclusive create still refuses.
    const raced = failingFs('linkSync', 'EPERM', () => { fs.writeFileSync(at('race.pocplan.yaml'), 'theirs'); return true; });
    refused(at('race.pocplan.yaml'), { inputs: [], createOnly: true, fs: raced }, 'exists', /already exists/);
    assert.equal(fs.readFileSync(at('race.pocplan.yaml'), 'utf8'), 'theirs');
    assert.deepEqual(listing().filter((f) => f.endsWith('.tmp')), []);
  });

  it('never a folder, a FIFO or a missing folder; never a name that is not a file name', function () {
    refused(at('sub'), { inputs: [] }, 'not-a-file', /it is a directory/);
    refused(at('missing', 'out.html'), { inputs: [] }, 'folder', /cannot write .*out\.html: no such directory/);
    refused(at('plan.yaml', 'out.html'), { inputs: [] }, 'folder', /not a directory/);
    refused(path.parse(dir).root, { inputs: [] }, 'not-a-file', /not a file name/);
    refused(`${dir}${path.sep}sub${path.sep}..`, { inputs: [] }, 'not-a-file', /it is a directory/);
    if (process.platform === 'win32') return;
    try { execFileSync('mkfifo', [at('pipe.html')]); } catch { this.skip(); }
    refused(at('pipe.html'), { inputs: [] }, 'not-a-file', /not a regular file \(a FIFO, socket or device\)/);
  });

  it('a read-only folder (simulated): refused with the reason, nothing left behind', () => {
    const ro = failingFs('openSync', 'EACCES', (p) => typeof p === 'string' && p.endsWith('.tmp'));
    refused(at('out.html'), { inputs: [], fs: ro }, 'io', /cannot write .*out\.html: permission denied \(nothing was changed\)/);
    const rofs = failingFs('openSync', 'EROFS', (p) => typeof p === 'string' && p.endsWith('.tmp'));
    refused(at('out.html'), { inputs: [], fs: rofs }, 'io', /read-only file system/);
    assert.deepEqual(listing(), ['p.pocplan.yaml', 'plan.yaml', 'sub']);
  });

  it('a full disk (simulated) mid-write: the old output is kept whole and the temporary file removed', () => {
    fs.writeFileSync(at('out.html'), 'previous');
    let calls = 0;
    const full = failingFs('writeSync', 'ENOSPC', () => ++calls > 0);
    refused(at('out.html'), { inputs: [], fs: full }, 'io', /no space left on the device \(nothing was changed\)/);
    assert.equal(fs.readFileSync(at('out.html'), 'utf8'), 'previous');
    const quota = failingFs('fsyncSync', 'EDQUOT');
    refused(at('out.html'), { inputs: [], fs: quota }, 'io', /disk quota exceeded/);
    const rename = failingFs('renameSync', 'EXDEV');
    refused(at('out.html'), { inputs: [], fs: rename }, 'io', /cannot write/);
    assert.equal(fs.readFileSync(at('out.html'), 'utf8'), 'previous');
    assert.deepEqual(listing(), ['out.html', 'p.pocplan.yaml', 'plan.yaml', 'sub'], 'no temporary file left');
  });

  it('a short write is finished, not truncated', () => {
    let first = true;
    const short = new Proxy(fs, {
      get(t, prop) {
        if (prop !== 'writeSync') return Reflect.get(t, prop);
        return (fd: number, buf: Uint8Array, off: number, len: number) => {
          if (first) { first = false; return fs.writeSync(fd, buf, off, Math.min(3, len)); }
          return fs.writeSync(fd, buf, off, len);
        };
      },
    }) as WriteFs;
    writeFileSafely(at('out.html'), 'abcdefghij', { inputs: [], fs: short });
    assert.equal(fs.readFileSync(at('out.html'), 'utf8'), 'abcdefghij');
  });

  it('a hard link to some other file (not an input) keeps its content: the name is replaced, not the file', () => {
    fs.writeFileSync(at('report.html'), 'old report');
    fs.linkSync(at('report.html'), at('copy.html'));
    writeFileSafely(at('copy.html'), 'new', { inputs: [at('plan.yaml')] });
    assert.equal(fs.readFileSync(at('copy.html'), 'utf8'), 'new');
    assert.equal(fs.readFileSync(at('report.html'), 'utf8'), 'old report');
  });

  it('a long file name still gets a temporary name the file system takes', () => {
    const name = `${'x'.repeat(240)}.html`;
    writeFileSafely(at(name), 'ok', { inputs: [] });
    assert.equal(fs.readFileSync(at(name), 'utf8'), 'ok');
  });
});
