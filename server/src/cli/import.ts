/**
 * `pocplan import <kind> …`: one command, one module per kind (import-panos.ts), each registered
 * here by `registerImport`, as `pocplan export` does. Every importer writes through
 * node/safe-write.ts, and only with `-o`.
 */
import { registerCommand, type CliIO, type Command } from './main';

const kinds = new Map<string, { run: Command; usage: string }>();

/** Adds `pocplan import <kind>`; `usage` is the full usage line of that kind. */
export function registerImport(kind: string, usage: string, run: Command): void {
  kinds.set(kind, { run, usage });
}

function usage(): string {
  const lines = [...kinds.values()].map((k) => k.usage);
  return lines.length ? lines.join('\n  ') : 'pocplan import KIND … (no import kinds are built in)';
}

export function runImport(argv: string[], io: CliIO): number {
  const [kind, ...rest] = argv;
  if (kind === '--help' || kind === '-h') { io.stdout(`Usage:\n  ${usage()}\n`); return 0; }
  const k = kind !== undefined ? kinds.get(kind) : undefined;
  if (!k) {
    io.stderr(`pocplan: ${kind === undefined ? 'import needs a kind' : `unknown import kind ${kind}`} (one of: ${[...kinds.keys()].join(', ') || 'none'})\nUsage:\n  ${usage()}\n`);
    return 2;
  }
  return k.run(rest, io);
}

registerCommand('import', 'pocplan import KIND [options] FILE   (pocplan import --help lists the kinds)', runImport);
