/**
 * `pocplan import panos CONFIG.xml [--format yaml|json] [--lang en|ja] [-o OUT]`: a PAN-OS running
 * or candidate configuration (firewall or Panorama, exported as XML) → the plan's `firewalls:`
 * fragment. The service does the work (service/panos/); this file reads the one input, prints or
 * writes the one output. A malformed file is exit 2 with its line and column, and nothing written.
 */
import * as path from 'node:path';
import { normalizeLang } from '../service';
import { describeReadProblem, importPanos } from '../service/panos';
import { readConfigFile } from '../node/read-config';
import { writeFileSafely, WriteRefused } from '../node/safe-write';
import { langOf, LANG_VALUES, parseOptions, usageError, type OptionSpecs } from './args';
import { registerImport } from './import';
import type { CliIO } from './main';

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

export function runImportPanos(argv: string[], io: CliIO): number {
  const a = parseOptions(argv, PANOS_IMPORT_OPTIONS, langOf(argv, io.env.POCPLAN_LANG));
  if (a.flags.has('help')) { io.stdout(`Usage: ${IMPORT_PANOS_USAGE}\n`); return 0; }
  if (a.errors.length) return usageError(io, a.errors, IMPORT_PANOS_USAGE, langOf(argv, io.env.POCPLAN_LANG));
  const str = (k: string): string | undefined => a.values.get(k);
  const out = str('output');
  const format = str('format') ?? (out && /\.json$/i.test(out) ? 'json' : 'yaml');
  if (format !== 'yaml' && format !== 'json') return fail(io, `--format must be yaml or json, not ${format}`);
  const langFlag = str('lang');
  if (langFlag !== undefined && langFlag !== 'en' && langFlag !== 'ja') return fail(io, `--lang must be en or ja, not ${langFlag}`);
  if (a.positionals.length !== 1) return fail(io, `import panos takes exactly one configuration file\nUsage: ${IMPORT_PANOS_USAGE}`);
  if (out === '') return fail(io, '-o needs a file name');

  const file = a.positionals[0]!;
  const abs = path.resolve(io.cwd(), file);
  const text = readConfigFile(abs, file);
  if (typeof text !== 'string') return fail(io, text.error);
  const lang = normalizeLang(langFlag ?? io.env.POCPLAN_LANG);
  const r = importPanos(text, { lang, file, format });
  if (!r.ok) return fail(io, `${file}:${r.problem.line}:${r.problem.column}: ${describeReadProblem(r.problem)}`);

  if (out === undefined) { io.stdout(r.text); return 0; }
  try {
    writeFileSafely(path.resolve(io.cwd(), out), r.text, { inputs: [abs], shown: out });
  } catch (e) {
    if (e instanceof WriteRefused) return fail(io, e.message);
    throw e;
  }
  return 0;
}

registerImport('panos', IMPORT_PANOS_USAGE, runImportPanos);
