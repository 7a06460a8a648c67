/**
 * `pocplan export panos --format set|xml [--firewall ID] [-o OUT] PLAN`: the PAN-OS configuration
 * that makes each firewall match the plan for the PoC (service/panos/), as configuration-mode set
 * commands or as an XML configuration to load as a partial configuration. A plan with errors is
 * refused (exit 1, as `pocplan check` exits on errors) unless `--force`.
 */
import { MATRIX_READINGS, t } from '../service';
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
  // The command's own messages follow --lang (else POCPLAN_LANG), as render's do.
  const ui = langOf(argv, io.env.POCPLAN_LANG);
  const a = parseOptions(argv, PANOS_EXPORT_OPTIONS, ui);
  if (a.flags.has('help')) { io.stdout(`${t(ui, 'cli.usage')} ${EXPORT_PANOS_USAGE}\n`); return 0; }
  if (a.errors.length) return usageError(io, a.errors, EXPORT_PANOS_USAGE, ui);
  const str = (k: string): string | undefined => a.values.get(k);
  const out = str('output');
  const format = str('format') ?? (out && /\.xml$/i.test(out) ? 'xml' : 'set');
  const lang = str('lang');
  const logProfile = str('log-profile');
  if (logProfile !== undefined && !PROFILE_NAME.test(logProfile)) return fail(io, t(ui, 'cli.export.panos.bad-log-profile', { value: JSON.stringify(logProfile) }));
  if (a.positionals.length !== 1) return fail(io, `${t(ui, 'cli.export.one-plan', { command: 'export panos' })}\n${t(ui, 'cli.usage')} ${EXPORT_PANOS_USAGE}`);

  // The plan is checked as `pocplan check` would (its workspace, .pocplanrc.yaml, flags).
  const plan = readPlanInput(a.positionals[0]!, { lang: lang ?? io.env.POCPLAN_LANG, licenseMatrix: str('license-matrix'), profile: str('profile') }, io, ui);
  if ('error' in plan) return fail(io, plan.error);
  const { file, parsed, result } = plan;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const one = errors === 1 ? '/one' : '';
  if (errors && !a.flags.has('force')) return fail(io, t(ui, `cli.export.not-exported${one}`, { file, n: errors }), 1);
  if (errors) io.stderr(`pocplan: ${t(ui, `cli.export.forced${one}`, { file, n: errors })}\n`);

  const firewall = str('firewall');
  const r = exportPanos(parsed.model, { format: format as ExportFormat, lang: plan.lang, plan: file, ...(firewall !== undefined ? { firewall } : {}), ...(logProfile ? { logProfile } : {}), ...(errors ? { errors } : {}) });
  if (!r.ok) {
    const ids = r.ids.length ? r.ids.join(ui === 'ja' ? '、' : ', ') : t(ui, 'cli.none');
    if (r.reason === 'no-firewalls') return fail(io, t(ui, 'cli.export.panos.no-firewalls', { file }));
    if (r.reason === 'unknown-firewall') return fail(io, t(ui, 'cli.export.panos.unknown-firewall', { firewall: firewall ?? '', file, ids }));
    return fail(io, t(ui, 'cli.export.panos.xml-needs-one', { file, ids }));
  }
  if (out === undefined) { io.stdout(r.text); return 0; }
  return writeOutput(io, out, r.text, { inputs: plan.inputs });
}

registerExport('panos', EXPORT_PANOS_USAGE, runExportPanos);
