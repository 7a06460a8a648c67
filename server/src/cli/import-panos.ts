/**
 * `pocplan import panos CONFIG.xml [--format yaml|json] [--lang en|ja] [-o OUT]`: a PAN-OS running
 * or candidate configuration (firewall or Panorama, exported as XML) → the plan's `firewalls:`
 * fragment. The service does the work (service/panos/); this file reads the one input, prints or
 * writes the one output. A malformed file is exit 2 with its line and column, and nothing written.
 */
import * as path from 'node:path';
import { normalizeLang, t, type Lang } from '../service';
import { importPanos, type ImportTextResult, type XmlProblem } from '../service/panos';
import { decodeConfig, readConfigBytes } from '../node/read-config';
import { wellFormedInBackground, worthAWorker } from '../node/xml-parallel';
import { langOf, LANG_VALUES, parseOptions, usageError, type OptionSpecs } from './args';
import { registerImport } from './import';
import type { CliIO } from './main';
import { writeOutput } from './output';

export const IMPORT_PANOS_USAGE = 'pocplan import panos [--format yaml|json] [--lang en|ja] [-o OUT] CONFIG.xml';

function fail(io: CliIO, message: string): number {
  io.stderr(`pocplan: ${message}\n`);
  return 2;
}

const PANOS_IMPORT_OPTIONS: OptionSpecs = {
  format: { values: ['yaml', 'json'], short: 'f' },
  lang: { values: LANG_VALUES },
  output: { short: 'o' },
  help: { flag: true, short: 'h' },
};

export function runImportPanos(argv: string[], io: CliIO): number | Promise<number> {
  // The command's own messages follow --lang (else POCPLAN_LANG), as render's do.
  const ui = langOf(argv, io.env.POCPLAN_LANG);
  const a = parseOptions(argv, PANOS_IMPORT_OPTIONS, ui);
  if (a.flags.has('help')) { io.stdout(`${t(ui, 'cli.usage')} ${IMPORT_PANOS_USAGE}\n`); return 0; }
  if (a.errors.length) return usageError(io, a.errors, IMPORT_PANOS_USAGE, ui);
  const str = (k: string): string | undefined => a.values.get(k);
  const out = str('output');
  const format = str('format') ?? (out && /\.json$/i.test(out) ? 'json' : 'yaml');
  if (a.positionals.length !== 1) return fail(io, `${t(ui, 'cli.import.one-config', { command: 'import panos' })}\n${t(ui, 'cli.usage')} ${IMPORT_PANOS_USAGE}`);

  const file = a.positionals[0]!;
  const abs = path.resolve(io.cwd(), file);
  const read = readConfigBytes(abs, file, { shared: true });
  if ('error' in read) return fail(io, t(ui, 'cli.cannot-read', { file, reason: t(ui, read.id, read.args) }));
  const lang = normalizeLang(str('lang') ?? io.env.POCPLAN_LANG);
  const fmt = format as 'yaml' | 'json';
  const finish = (r: ImportTextResult, malformed?: XmlProblem): number => {
    const problem = !r.ok && r.problem.kind === 'dtd' ? r.problem : malformed ?? (r.ok ? undefined : r.problem);
    if (problem) return fail(io, `${file}:${problem.line}:${problem.column}: ${readProblem(ui, problem)}`);
    if (!r.ok) return 2;
    if (out === undefined) { io.stdout(r.text); return 0; }
    return writeOutput(io, out, r.text, { inputs: [abs] });
  };
  if (!worthAWorker(read.bytes)) return finish(importPanos(decodeConfig(read), { lang, file, format: fmt }));
  // A large file: its well-formedness is checked on a second thread while this one parses and maps (xml-parallel.ts).
  let text: string | undefined;
  const wellFormed = wellFormedInBackground(read.bytes, read.encoding, () => (text ??= decodeConfig(read)));
  text ??= decodeConfig(read);
  const r = importPanos(text, { lang, file, format: fmt, validated: true });
  return wellFormed.then((malformed) => finish(r, malformed));
}

/** Why the configuration is not read, in `lang` (the English is service/panos's `describeReadProblem`). */
function readProblem(lang: Lang, p: { kind: string; detail: string }): string {
  switch (p.kind) {
    case 'dtd': return t(lang, 'cli.import.dtd', { detail: p.detail });
    case 'too-deep': return t(lang, 'cli.import.too-deep', { detail: p.detail });
    case 'not-config': return t(lang, 'cli.import.not-config', { root: p.detail || '?' });
    default: return t(lang, 'cli.import.malformed', { detail: p.detail });
  }
}

registerImport('panos', IMPORT_PANOS_USAGE, runImportPanos);
