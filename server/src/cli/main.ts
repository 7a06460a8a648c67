/**
 * The `pocplan` command line.
 *
 *   pocplan check [--format text|json|sarif] [--lang en|ja] [--license-matrix strict|device-associations]
 *                 [--profile default|strict] [--no-color] FILE_OR_DIR...
 *   pocplan render [--format md|html] [--lang en|ja] [-o OUT] FILE
 *
 * Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
 */
import type { WriteFs } from '../node/safe-write';
import { langOf, LANG_VALUES, parseOptions, PROFILE_VALUES, type OptionSpecs } from './args';
import { MATRIX_READINGS, t, type Lang } from '../service';
import { runCheck } from './check';
import { termSafe } from './formats';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd(): string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Standard input, for a command that asks (`pocplan init` on a terminal); absent: nothing is asked. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** The terminal stdout writes to, for line editing while asking; absent: prompts go through `stdout`. */
  stdoutStream?: NodeJS.WritableStream;
  /**
   * The file-system calls output files are written with (cli/output.ts); the real ones when absent.
   * Tests put a read-only folder or a full disk here, which root cannot make for real.
   */
  writeFs?: WriteFs;
}

/**
 * A subcommand other than `check`, registered by its module (render lives in its own area). It
 * returns the exit code, or a promise of it when it has to wait for the user (`init` asking).
 */
export type Command = (argv: string[], io: CliIO) => number | Promise<number>;
const extraCommands = new Map<string, { run: Command; usage: string }>();
export function registerCommand(name: string, usage: string, run: Command): void {
  extraCommands.set(name, { run, usage });
}

const CHECK_OPTIONS: OptionSpecs = {
  format: { values: ['text', 'json', 'sarif'], short: 'f' },
  lang: { values: LANG_VALUES },
  'license-matrix': { values: MATRIX_READINGS },
  profile: { values: PROFILE_VALUES },
  color: { flag: true },
  'no-color': { flag: true },
  help: { flag: true, short: 'h' },
};

declare const POCPLAN_VERSION: string | undefined;
export const VERSION: string = typeof POCPLAN_VERSION === 'string' ? POCPLAN_VERSION : '0.0.0-dev';

/** The synopsis (command syntax stays as it is) with its headings in `lang`. */
function usage(lang: Lang = 'en'): string {
  return [
    t(lang, 'cli.usage'),
    '  pocplan check [--format text|json|sarif] [--lang en|ja] [--license-matrix strict|device-associations]',
    '                [--profile default|strict] [--no-color] FILE_OR_DIR...',
    ...[...extraCommands.values()].map((c) => `  ${c.usage}`),
    '  pocplan --version',
    '',
    t(lang, 'cli.exit-codes'),
    '',
  ].join('\n');
}

export function runCli(argv: string[], outer: CliIO): number | Promise<number> {
  // Messages quote file names and arguments: nothing in them may act on the terminal (formats.ts).
  const io: CliIO = { ...outer, stderr: (s) => outer.stderr(s.split('\n').map(termSafe).join('\n')) };
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { (cmd ? io.stdout : io.stderr)(usage(langOf(rest, io.env.POCPLAN_LANG))); return cmd ? 0 : 2; }
  if (cmd === '--version' || cmd === '-v') { io.stdout(`${VERSION}\n`); return 0; }
  if (cmd === 'check') {
    const lang = langOf(rest, io.env.POCPLAN_LANG);
    const a = parseOptions(rest, CHECK_OPTIONS, lang);
    if (a.flags.has('help')) { io.stdout(usage(lang)); return 0; }
    if (a.errors.length) { io.stderr(a.errors.map((e) => `pocplan: ${e}\n`).join('') + usage(lang)); return 2; }
    const color = a.flags.has('color') || (!a.flags.has('no-color') && io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
    return runCheck(a.positionals, { format: a.values.get('format') ?? 'text', lang: a.values.get('lang') ?? io.env.POCPLAN_LANG, licenseMatrix: a.values.get('license-matrix'), profile: a.values.get('profile'), color }, io, VERSION);
  }
  const extra = extraCommands.get(cmd);
  if (extra) return extra.run(rest, io);
  const lang = langOf(rest, io.env.POCPLAN_LANG);
  io.stderr(`pocplan: ${t(lang, 'cli.unknown-command', { command: cmd })}\n${usage(lang)}`);
  return 2;
}
