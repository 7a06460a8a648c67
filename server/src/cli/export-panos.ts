/**
 * `pocplan export panos --format set|xml [--firewall ID] [-o OUT] PLAN`: the PAN-OS configuration
 * that makes each firewall match the plan for the PoC (service/panos/), as configuration-mode set
 * commands or as an XML configuration to load as a partial configuration. A plan with errors is
 * refused (exit 1, as `pocplan check` exits on errors) unless `--force`.
 */
import { MATRIX_READINGS } from '../service';
import { exportPanos, type ExportFormat } from '../service/panos';
import { langOf, LANG_VALUES, parseOptions, PROFILE_VALUES, usageError, type OptionSpecs } from './args';
import { registerExport } from './export';
import type { CliIO } from './main';
import { writeOutput } from './output';
import { readPlanInput } from './plan-input';

export const EXPORT_PANOS_USAGE = 'pocplan export panos [--format set|xml] [--firewall ID] [--lang en|ja] [--log-profile NAME] [--force] [--license-matrix strict|device-associations] [--profile default|strict] [-o OUT] PLAN';

/** A PAN-OS object name: what a log forwarding profile name can be (letters, digits, space, `.`, `_`, `-`; 31 at most). */
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,30}$/;

function fail(io: CliIO, message: string, code = 2): number {
  io.stderr(`pocplan: ${message}\n`);
  return code;
}

const PANOS_EXPORT_OPTIONS: OptionSpecs = {
  format: { values: ['set', 'xml'], short: 'f' },
  firewall: {},
  lang: { values: LANG_VALUES },
  'log-profile': {},
  'license-matrix': { values: MATRIX_READINGS },
  profile: { values: PROFILE_VALUES },
  output: { short: 'o' },
  force: { flag: true },
  help: { flag: true, short: 'h' },
};

export function runExportPanos(argv: string[], io: CliIO): number {
  const a = parseOptions(argv, PANOS_EXPORT_OPTIONS, langOf(argv, io.env.POCPLAN_LANG));
  if (a.flags.has('help')) { io.stdout(`Usage: ${EXPORT_PANOS_USAGE}\n`); return 0; }
  if (a.errors.length) return usageError(io, a.errors, EXPORT_PANOS_USAGE, langOf(argv, io.env.POCPLAN_LANG));
  const str = (k: string): string | undefined => a.values.get(k);
  const out = str('output');
  const format = str('format') ?? (out && /\.xml$/i.test(out) ? 'xml' : 'set');
  if (format !== 'set' && format !== 'xml') return fail(io, `--format must be set or xml, not ${format}`);
  const lang = str('lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'ja') return fail(io, `--lang must be en or ja, not ${lang}`);
  const logProfile = str('log-profile');
  if (logProfile !== undefined && !PROFILE_NAME.test(logProfile)) return fail(io, `--log-profile must be a PAN-OS profile name (up to 31 letters, digits, spaces, '.', '_' and '-'), not ${JSON.stringify(logProfile)}`);
  const matrix = str('license-matrix');
  if (matrix !== undefined && !(MATRIX_READINGS as readonly string[]).includes(matrix)) return fail(io, `--license-matrix must be one of ${MATRIX_READINGS.join(', ')}`);
  const profile = str('profile');
  if (profile !== undefined && profile !== 'default' && profile !== 'strict') return fail(io, '--profile must be default or strict');
  if (a.positionals.length !== 1) return fail(io, `export panos takes exactly one plan file\nUsage: ${EXPORT_PANOS_USAGE}`);
  if (out === '') return fail(io, '-o needs a file name');

  // The plan is checked as `pocplan check` would (its workspace, .pocplanrc.yaml, flags).
  const plan = readPlanInput(a.positionals[0]!, { lang: lang ?? io.env.POCPLAN_LANG, licenseMatrix: matrix, profile }, io);
  if ('error' in plan) return fail(io, plan.error);
  const { file, parsed, result } = plan;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const force = a.flags.has('force');
  if (errors && !force) {
    return fail(io, `${file} has ${errors} error${errors === 1 ? '' : 's'} (pocplan check ${file} lists them): not exported. Fix them, or export anyway with --force.`, 1);
  }
  if (errors) io.stderr(`pocplan: ${file} has ${errors} error${errors === 1 ? '' : 's'}: exported anyway (--force)\n`);

  const r = exportPanos(parsed.model, { format: format as ExportFormat, lang: plan.lang, plan: file, ...(str('firewall') !== undefined ? { firewall: str('firewall') } : {}), ...(logProfile ? { logProfile } : {}), ...(errors ? { errors } : {}) });
  if (!r.ok) {
    const ids = r.ids.length ? r.ids.join(', ') : 'none';
    if (r.reason === 'no-firewalls') return fail(io, `${file} has no firewalls: nothing to export`);
    if (r.reason === 'unknown-firewall') return fail(io, `--firewall ${str('firewall')}: no such firewall in ${file} (one of: ${ids})`);
    return fail(io, `--format xml writes one firewall's configuration, and ${file} has several: choose one with --firewall (one of: ${ids})`);
  }
  if (out === undefined) { io.stdout(r.text); return 0; }
  return writeOutput(io, out, r.text, { inputs: plan.inputs });
}

registerExport('panos', EXPORT_PANOS_USAGE, runExportPanos);
