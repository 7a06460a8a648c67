/**
 * `pocplan import panos CONFIG.xml [--format yaml|json] [--lang en|ja] [-o OUT]`: a PAN-OS running
 * or candidate configuration (firewall or Panorama, exported as XML) → the plan's `firewalls:`
 * fragment. The service does the work (service/panos/); this file reads the one input, prints or
 * writes the one output. A malformed file is exit 2 with its line and column, and nothing written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeLang } from '../service';
import { describeReadProblem, importPanos } from '../service/panos';
import { writeFileSafely, WriteRefused } from '../node/safe-write';
import { parseArgs } from './args';
import { registerImport } from './import';
import type { CliIO } from './main';

export const IMPORT_PANOS_USAGE = 'pocplan import panos [--format yaml|json] [--lang en|ja] [-o OUT] CONFIG.xml';

/** Configurations are tens of MB at most; this refuses a wrong file before it is read. */
export const MAX_CONFIG_BYTES = 512 * 1024 * 1024;

function fail(io: CliIO, message: string): number {
  io.stderr(`pocplan: ${message}\n`);
  return 2;
}

/** The file's text, or why it cannot be read (as `pocplan check` says it). */
export function readConfigFile(abs: string, shown: string): string | { error: string } {
  let st: fs.Stats;
  try { st = fs.statSync(abs); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}` };
  }
  if (st.isDirectory()) return { error: `cannot read ${shown}: is a directory` };
  if (!st.isFile()) return { error: `cannot read ${shown}: not a regular file` };
  if (st.size > MAX_CONFIG_BYTES) return { error: `cannot read ${shown}: ${Math.round(st.size / 1048576)} MB is larger than the ${MAX_CONFIG_BYTES / 1048576} MB a configuration can be` };
  try { return fs.readFileSync(abs, 'utf8'); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${shown}: ${code === 'EACCES' ? 'permission denied' : (e as Error).message}` };
  }
}

export function runImportPanos(argv: string[], io: CliIO): number {
  const a = parseArgs(argv, new Set(['format', 'lang', 'output']), new Set(['help']), { f: 'format', o: 'output' });
  if (a.flags.has('help')) { io.stdout(`Usage: ${IMPORT_PANOS_USAGE}\n`); return 0; }
  if (a.errors.length) return fail(io, `${a.errors.join('; ')}\nUsage: ${IMPORT_PANOS_USAGE}`);
  const str = (k: string): string | undefined => { const v = a.flags.get(k); return typeof v === 'string' ? v : undefined; };
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
