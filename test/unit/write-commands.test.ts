/**
 * Every command that writes a file, against every way a user (or a hostile plan) can aim its output
 * at something it must not replace: the input itself, a symbolic or hard link to it, a path to it
 * through a symlinked folder, an existing CSV or plan, a folder; and against a read-only folder and
 * a full disk (simulated through the CLI's `writeFs` hook: tests run as root, which ignores
 * permissions). Each time: exit 2, a message that names the output and says why, and the folder —
 * every input byte for byte — exactly as it was. A control case per command shows the write itself
 * works, so a refusal is never an accident of the harness.
 *
 * ADD A COMMAND: append one entry to WRITING_COMMANDS below (its input files and an argv builder;
 * `createOnly: true` for a command that only makes new files). The cases are generated for it: one
 * per input file for the identity cases, one each for the rest. When `pocplan init` is registered,
 * replace the create-only stand-in with it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Command } from '../../server/src/cli/main';
import { writeOutput } from '../../server/src/cli/output';
import type { WriteFs } from '../../server/src/node/safe-write';
import { cliAsync, ROOT } from '../cli-harness';
import { CLEAN, CLEAN_FILES } from '../fixtures';
import { failingFs } from '../write-helpers';
import { folderSnapshot } from '../safety-helpers';

export interface WritingCommand {
  /** How the test names it. */
  name: string;
  /** The files the command reads, by name in the (fresh, temporary) working folder, with their content. */
  inputs: Readonly<Record<string, string>>;
  /** The command line, given the output path (relative to the working folder). */
  argv(out: string): string[];
  /** A fresh output name the command writes without complaint (the control case). */
  output: string;
  /** Exit code of the control case (0 unless the command reports findings on its input). */
  okCode?: number;
  /**
   * The command only ever creates a new file (`pocplan init`, `import -o`: writeOutput's
   * `createOnly`): every existing target is then refused as existing, whatever else it is.
   */
  createOnly?: boolean;
  /**
   * Run this instead of `pocplan <argv>` (in-process only): for a stand-in that exercises the table
   * itself, like the create-only one below until `pocplan init` is registered.
   */
  run?: Command;
}

/** One entry per writing command. */
export const WRITING_COMMANDS: WritingCommand[] = [
  {
    name: 'render -o (HTML)',
    inputs: { 'plan.pocplan.yaml': CLEAN, ...CLEAN_FILES, '.pocplanrc.yaml': 'profile: default\n' },
    argv: (out) => ['render', '--format', 'html', '-o', out, 'plan.pocplan.yaml'],
    output: 'plan.html',
  },
  {
    name: 'render -o (Markdown, inputs under other names)',
    inputs: { 'plan.yaml': CLEAN, ...CLEAN_FILES },
    argv: (out) => ['render', '--output', out, 'plan.yaml'],
    output: 'plan.md',
  },
  {
    // Stands in for `pocplan init` / `import -o` (create-only writers) until they are registered:
    // the smallest command that reads its inputs and writes through writeOutput({ createOnly }).
    name: 'a create-only writer (stand-in for init / import -o)',
    inputs: { 'template.pocplan.yaml': CLEAN },
    argv: (out) => ['template.pocplan.yaml', out],
    output: 'new.pocplan.yaml',
    createOnly: true,
    run: ([input, out], io) => writeOutput(io, out!, fs.readFileSync(path.resolve(io.cwd(), input!), 'utf8'), { inputs: [input!], createOnly: true }),
  },
];

interface Target {
  what: string;
  /** Prepares the working folder; returns the output path to pass. */
  setup(dir: string): string;
  writeFs?: WriteFs;
  /**
   * Also run through the real `node dist/cli.js`: the identity cases of the command's first input
   * (a process each, so not every case; the in-process run covers them all with the same code).
   */
  real: boolean;
  message: RegExp;
}

function targetsFor(cmd: WritingCommand): Target[] {
  const out: Target[] = [];
  // A create-only command refuses any existing name first, with one message.
  const exists = (m: RegExp): RegExp => (cmd.createOnly ? /refusing to write .*: it already exists \(choose another name; nothing was changed\)/ : m);
  Object.keys(cmd.inputs).forEach((input, n) => {
    const quoted = input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out.push(
      { what: `the output is the input ${input}`, setup: () => input, real: n === 0, message: exists(new RegExp(`^pocplan: refusing to write ${quoted}: `)) },
      { what: `a symbolic link to ${input}`, setup: (d) => { fs.symlinkSync(input, path.join(d, `link${n}.html`)); return `link${n}.html`; }, real: n === 0, message: exists(/refusing to write link\d+\.html: it is a symbolic link/) },
      { what: `a hard link to ${input}`, setup: (d) => { fs.linkSync(path.join(d, input), path.join(d, `hard${n}.html`)); return `hard${n}.html`; }, real: n === 0, message: exists(new RegExp(`refusing to write hard\\d+\\.html: it is the input file .*${quoted}`)) },
      { what: `${input} through a symlinked folder`, setup: (d) => { fs.symlinkSync(d, path.join(d, 'via')); return path.join('via', input); }, real: n === 0, message: exists(/^pocplan: refusing to write via[\\/]/) },
      { what: `a hard link to ${input} through a symlinked folder`, setup: (d) => { fs.symlinkSync(d, path.join(d, 'via')); fs.linkSync(path.join(d, input), path.join(d, `hard${n}.out`)); return path.join('via', `hard${n}.out`); }, real: n === 0, message: exists(/it is the input file/) },
    );
  });
  out.push(
    { what: 'an existing CSV that is not an input', setup: (d) => { fs.writeFileSync(path.join(d, 'other.csv'), 'ip\n10.0.0.1\n'); return 'other.csv'; }, real: false, message: exists(/refusing to write other\.csv: .*device lists \(\*\.csv\).* never overwritten/) },
    { what: 'an existing plan that is not an input', setup: (d) => { fs.writeFileSync(path.join(d, 'other.pocplan.yaml'), 'pocplan: 1\n'); return 'other.pocplan.yaml'; }, real: false, message: exists(/refusing to write other\.pocplan\.yaml: plans/) },
    { what: 'a folder', setup: (d) => { fs.mkdirSync(path.join(d, 'folder.html')); return 'folder.html'; }, real: false, message: exists(/cannot write folder\.html: it is a directory/) },
    { what: 'a folder that does not exist', setup: () => path.join('missing', cmd.output), real: false, message: /cannot write missing[\\/].*: no such directory/ },
    { what: 'a read-only folder (simulated)', setup: () => cmd.output, writeFs: failingFs('openSync', 'EACCES', (p) => typeof p === 'string' && p.endsWith('.tmp')), real: false, message: new RegExp(`cannot write ${cmd.output.replace(/\./g, '\\.')}: permission denied \\(nothing was changed\\)`) },
    { what: 'a full disk (simulated)', setup: () => cmd.output, writeFs: failingFs('writeSync', 'ENOSPC'), real: false, message: /no space left on the device \(nothing was changed\)/ },
    { what: 'a full disk when the data is flushed (simulated)', setup: () => cmd.output, writeFs: failingFs('fsyncSync', 'ENOSPC'), real: false, message: /no space left on the device/ },
  );
  return out;
}


const CLI_JS = path.join(ROOT, 'dist', 'cli.js');

function realCli(args: string[], cwd: string): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stderr: r.stderr };
}

for (const cmd of WRITING_COMMANDS) {
  describe(`writing command: pocplan ${cmd.name}`, function () {
    this.timeout(30_000);
    let dir = '';
    beforeEach(() => {
      dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pocplan-writes-')));
      for (const [name, text] of Object.entries(cmd.inputs)) fs.writeFileSync(path.join(dir, name), text);
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    const runIt = async (argv: string[], writeFs?: WriteFs): Promise<{ code: number; stdout: string; stderr: string }> => {
      if (!cmd.run) return cliAsync(argv, { cwd: dir, stdinTTY: false, ...(writeFs ? { writeFs } : {}) });
      let stdout = ''; let stderr = '';
      const code = await cmd.run(argv, { stdout: (x) => { stdout += x; }, stderr: (x) => { stderr += x; }, cwd: () => dir, isTTY: false, env: {}, ...(writeFs ? { writeFs } : {}) });
      return { code, stdout, stderr };
    };

    it(`control: writes ${cmd.output} and changes nothing else`, async () => {
      const before = folderSnapshot(dir);
      const r = await runIt(cmd.argv(cmd.output));
      assert.equal(r.code, cmd.okCode ?? 0, r.stderr);
      const after = folderSnapshot(dir);
      assert.ok(after.get(cmd.output)?.startsWith('file '), `${cmd.output} was written`);
      after.delete(cmd.output);
      assert.deepEqual(after, before);
    });

    for (const t of targetsFor(cmd)) {
      it(`refuses ${t.what}: exit 2, a clear message, every input byte for byte unchanged`, async () => {
        const target = t.setup(dir);
        const before = folderSnapshot(dir);
        const r = await runIt(cmd.argv(target), t.writeFs);
        assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
        assert.match(r.stderr, t.message);
        assert.equal(r.stdout, '', 'the document is not printed instead');
        assert.deepEqual(folderSnapshot(dir), before, 'the folder is exactly as it was');
        for (const [name, text] of Object.entries(cmd.inputs)) assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), text, `${name} unchanged`);
        if (!t.real || cmd.run) return;
        assert.ok(fs.existsSync(CLI_JS), `${CLI_JS} is missing: run npm run build`);
        const real = realCli(cmd.argv(target), dir);
        assert.equal(real.code, 2, `dist/cli.js: ${real.stderr}`);
        assert.match(real.stderr, t.message);
        assert.deepEqual(folderSnapshot(dir), before, 'the folder is exactly as it was (dist/cli.js)');
      });
    }
  });
}
