/**
 * *Export Plan Document* (client/src/export.ts) never writes over the plan, a CSV list or the
 * settings, whatever the save dialog returns: refused by name (any scheme) or by identity on disk,
 * with nothing written. The decision and the disk write are client/src/export-target.ts (no vscode).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { refuseTarget, writeExportFile } from '../../client/src/export-target';

describe('Export Plan Document: the target the save dialog returns', () => {
  const plan = URI.file('/ws/plans/osaka.pocplan.yaml');

  it('refuses the plan itself, any plan, any CSV and the settings, in any letter case and scheme', () => {
    assert.equal(refuseTarget(plan, plan), 'plan');
    assert.equal(refuseTarget(URI.file('/ws/plans/OSAKA.pocplan.yaml'), plan), 'plan');
    for (const t of ['/ws/plans/other.pocplan.yaml', '/ws/plans/x.POCPLAN.YML', '/ws/devices/hvac.csv', '/ws/.pocplanrc.yaml']) assert.equal(refuseTarget(URI.file(t), plan), 'protected', t);
    assert.equal(refuseTarget(URI.parse('vscode-remote://ssh-remote+h/ws/devices/line.CSV'), plan), 'protected');
    for (const t of ['/ws/plans/osaka.html', '/ws/plans/osaka.md', '/ws/out/osaka.pocplan.yaml.html']) assert.equal(refuseTarget(URI.file(t), plan), undefined, t);
  });

  describe('on disk', () => {
    let dir = '';
    const PLAN = 'pocplan: 1\ntitle: keep  # me\n';
    beforeEach(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-export-')));
      fs.writeFileSync(path.join(dir, 'plan.pocplan.yaml'), PLAN);
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes a new file, and an old export, whole', () => {
      assert.equal(writeExportFile(path.join(dir, 'plan.html'), '<html>1', path.join(dir, 'plan.pocplan.yaml')), undefined);
      assert.equal(writeExportFile(path.join(dir, 'plan.html'), '<html>2', path.join(dir, 'plan.pocplan.yaml')), undefined);
      assert.equal(fs.readFileSync(path.join(dir, 'plan.html'), 'utf8'), '<html>2');
    });

    it('refuses a hard link or a symbolic link to the plan, and leaves the plan byte for byte', () => {
      fs.linkSync(path.join(dir, 'plan.pocplan.yaml'), path.join(dir, 'hard.html'));
      fs.symlinkSync(path.join(dir, 'plan.pocplan.yaml'), path.join(dir, 'soft.html'));
      assert.deepEqual(writeExportFile(path.join(dir, 'hard.html'), '<html>', path.join(dir, 'plan.pocplan.yaml'))?.refused, 'plan');
      assert.deepEqual(writeExportFile(path.join(dir, 'soft.html'), '<html>', path.join(dir, 'plan.pocplan.yaml'))?.refused, 'symlink');
      assert.equal(fs.readFileSync(path.join(dir, 'plan.pocplan.yaml'), 'utf8'), PLAN);
    });

    it('a missing folder is a failure with the system\'s reason, not an exception', () => {
      const r = writeExportFile(path.join(dir, 'gone', 'plan.html'), '<html>', undefined);
      assert.equal(r?.refused, 'failed');
      assert.match(r!.detail, /no such directory/);
    });
  });
});
