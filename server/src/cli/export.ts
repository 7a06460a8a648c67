/**
 * `pocplan export <kind> …`: one command, one module per kind (export-panos.ts, export-ics.ts),
 * each registered here by `registerExport`. Every exporter writes through node/safe-write.ts.
 */
import { registerCommand, type CliIO, type Command } from './main';

const kinds = new Map<string, { run: Command; usage: string }>();

/** Adds `pocplan export <kind>`; `usage` is the full usage line of that kind. */
export function registerExport(kind: string, usage: string, run: Command): void {
  kinds.set(kind, { run, usage });
}

function usage(): string {
  const lines = [...kinds.values()].map((k) => k.usage);
  return lines.length ? lines.join('\n  ') : 'pocplan export KIND … (no export kinds are built in)';
}

export function runExport(argv: string[], io: CliIO): number | Promise<number> {
  const [kind, ...rest] = argv;
  if (kind === '--help' || kind === '-h') { io.stdout(`Usage:\n  ${usage()}\n`); return 0; }
  const k = kind !== undefined ? kinds.get(kind) : undefined;
  if (!k) {
    io.stderr(`pocplan: ${kind === undefined ? 'export needs a kind' : `unknown export kind ${kind}`} (one of: ${[...kinds.keys()].join(', ') || 'none'})\nUsage:\n  ${usage()}\n`);
    return 2;
  }
  return k.run(rest, io);
}

registerCommand('export', 'pocplan export KIND [options] PLAN   (pocplan export --help lists the kinds)', runExport);
