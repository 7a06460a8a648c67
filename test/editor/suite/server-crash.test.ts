import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activate, closeAllEditors, fixture, openAndWaitForCodes, problemCodes, publishCount, rangeOf, skipBecause, waitFor, waitForDiagnostics } from '../util';

/** Parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' ? undefined : Number(fields[1]); // a zombie is already dead
  } catch {
    return undefined;
  }
}

/** Live processes running `serverModule` that descend from this extension host. */
function serverProcesses(serverModule: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    let cmdline: string[];
    try { cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { continue; }
    if (!cmdline.includes(serverModule)) continue;
    for (let p: number | undefined = pid, hops = 0; p && p > 1 && hops < 20; p = parentOf(p), hops++) {
      if (p === process.pid && p !== pid) { if (parentOf(pid) !== undefined) out.push(pid); break; }
    }
  }
  return out;
}

describe('crash resilience', () => {
  afterEach(closeAllEditors);

  it('after the server is killed (SIGKILL) the client restarts it and diagnostics flow again', async function () {
    if (process.platform !== 'linux') skipBecause(this, 'finds the server process through /proc (Linux only)');
    const { ext, api } = await activate();
    const serverModule = path.join(ext.extensionPath, 'dist', 'server.js');
    const uri = fixture('tap-enforcement.pocplan.yaml');
    const { editor } = await openAndWaitForCodes(uri, ['traffic.tap-enforcement']);

    const [pid, ...more] = serverProcesses(serverModule);
    assert.ok(pid, `no process running ${serverModule} under the extension host (pid ${process.pid})`);
    assert.equal(more.length, 0, `several server processes: ${[pid, ...more].join(', ')}`);
    const client = api.client()!;
    let stopped = false;
    const sub = client.onDidChangeState((e) => { if (e.newState === 1 /* State.Stopped */) stopped = true; });
    try {
      process.kill(pid, 'SIGKILL');
      await waitFor('the client to notice the crash', () => stopped || !serverProcesses(serverModule).includes(pid));
      const restarted = await waitFor('a new server process with a running client', () => {
        const now = serverProcesses(serverModule);
        return api.client()?.isRunning() === true && now.length === 1 && now[0] !== pid && now[0];
      });
      assert.notEqual(restarted, pid);
    } finally {
      sub.dispose();
    }

    // The new server checks the document again: an edit that removes the finding must be reflected.
    const before = publishCount(uri);
    assert.ok(await editor.edit((e) => e.replace(rangeOf(editor.document, 'enforce: true', '\nsites:'), 'enforce: false')));
    await waitForDiagnostics(uri, 'a check by the restarted server', (d) => !problemCodes(d).includes('traffic.tap-enforcement'), { sinceCount: before });
    assert.ok(await editor.edit((e) => e.replace(rangeOf(editor.document, 'enforce: false', '\nsites:'), 'enforce: true')));
    await waitForDiagnostics(uri, 'the finding back', (d) => problemCodes(d).includes('traffic.tap-enforcement'));
  });
});
