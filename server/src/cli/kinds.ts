/**
 * A command with kinds: `pocplan export <kind> …`, `pocplan import <kind> …`. Each kind lives in its
 * own module (export-ics.ts, export-panos.ts, import-panos.ts) and registers itself here.
 */
import { registerCommand, type CliIO, type Command } from './main';

/** Registers `pocplan <name>` and returns the function that adds its kinds (`usage`: the kind's full usage line). */
export function kindCommand(name: string, operand: string): (kind: string, usage: string, run: Command) => void {
  const kinds = new Map<string, { run: Command; usage: string }>();
  const usage = (): string => {
    const lines = [...kinds.values()].map((k) => k.usage);
    return lines.length ? lines.join('\n  ') : `pocplan ${name} KIND … (no kinds are built in)`;
  };
  const run = (argv: string[], io: CliIO): number | Promise<number> => {
    const [kind, ...rest] = argv;
    if (kind === '--help' || kind === '-h') { io.stdout(`Usage:\n  ${usage()}\n`); return 0; }
    const k = kind !== undefined ? kinds.get(kind) : undefined;
    if (!k) {
      io.stderr(`pocplan: ${kind === undefined ? `${name} needs a kind` : `unknown ${name} kind ${kind}`} (one of: ${[...kinds.keys()].join(', ') || 'none'})\nUsage:\n  ${usage()}\n`);
      return 2;
    }
    return k.run(rest, io);
  };
  registerCommand(name, `pocplan ${name} KIND [options] ${operand}   (pocplan ${name} --help lists the kinds)`, run);
  return (kind, usage, runKind) => { kinds.set(kind, { run: runKind, usage }); };
}
