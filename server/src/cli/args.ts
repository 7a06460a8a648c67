/**
 * Command-line options: one parser for every command (`parseOptions`), the language a command's own
 * messages use (`langOf`), and the bad-usage exit (`usageError`). Every message comes from the cli
 * catalog (l10n/{en,ja}/cli.json).
 */
import { normalizeLang, t, type Lang } from '../service';

/** The language a command's own messages use: `--lang X` / `--lang=X` in `argv`, else `fallback` (POCPLAN_LANG). */
export function langOf(argv: readonly string[], fallback?: string): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return normalizeLang(argv[i + 1] ?? fallback);
    if (a.startsWith('--lang=')) return normalizeLang(a.slice(7));
  }
  return normalizeLang(fallback);
}

/** The values of the options every command shares. */
export const LANG_VALUES: readonly string[] = ['en', 'ja'];
export const PROFILE_VALUES: readonly string[] = ['default', 'strict'];

/** One option of a command, for `parseOptions`. */
export interface OptionSpec {
  /** The values it takes; any value (a file name) when absent. */
  values?: readonly string[];
  /** Other spellings of a value (`markdown` for `md`), accepted and normalised. */
  valueAliases?: Readonly<Record<string, string>>;
  /** A one-letter alias: `o` for `-o`. */
  short?: string;
  /** A flag: takes no value (`--no-color`). */
  flag?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedOptions {
  /** Valued options, normalised (`--format=markdown` gives `md`); the last one wins. */
  values: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
  /** One line per problem, without the `pocplan: ` prefix; exit 2 when not empty. */
  errors: string[];
}

const quoteArg = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * The shared option parser of every command: `--name value`, `--name=value`, `-o value`, flags,
 * `--` and positionals. Every problem is an error that names what is allowed — an unknown option,
 * a missing or empty value, a value outside `values` (`--lang must be one of: en, ja (not "fr")`),
 * a value given to a flag — so a typo in a CI script exits 2 instead of being ignored.
 *
 *   const o = parseOptions(argv, { format: { values: ['md', 'html'], short: 'f' }, output: { short: 'o' }, help: { flag: true } });
 *   if (o.errors.length) return usageError(io, o.errors, USAGE);
 */
export function parseOptions(argv: readonly string[], specs: OptionSpecs, lang: Lang = 'en'): ParsedOptions {
  const say = (id: string, args: Record<string, string>): string => t(lang, id, args);
  const list = (values: readonly string[]): string => values.join(lang === 'ja' ? '、' : ', ');
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const errors: string[] = [];
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { positionals.push(a); continue; }
    const long = a.startsWith('--');
    let name = a.slice(long ? 2 : 1);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) { value = name.slice(eq + 1); name = name.slice(0, eq); }
    const key = long ? name : byShort.get(name) ?? (name.length > 1 && specs[name] ? name : undefined);
    const spec = key !== undefined ? specs[key] : undefined;
    const shown = long ? `--${name}` : `-${name}`;
    if (key === undefined || !spec) { errors.push(say('cli.unknown-option', { option: quoteArg(shown).slice(1, -1) })); continue; }
    if (spec.flag) {
      if (value !== undefined) errors.push(say('cli.option-no-value', { option: shown }));
      else flags.add(key);
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) { errors.push(spec.values ? say('cli.option-needs-value/values', { option: shown, values: list(spec.values) }) : say('cli.option-needs-value', { option: shown })); continue; }
    }
    if (value === '') { errors.push(spec.values ? say('cli.option-empty/values', { option: shown, values: list(spec.values) }) : say('cli.option-empty', { option: shown })); continue; }
    const normal = spec.valueAliases?.[value] ?? value;
    if (spec.values && !spec.values.includes(normal)) { errors.push(say('cli.option-bad-value', { option: shown, values: list(spec.values), value: quoteArg(value) })); continue; }
    values.set(key, normal);
  }
  return { values, flags, positionals, errors };
}

/** Prints each problem as `pocplan: …`, then the usage (its heading in `lang`); the exit code of bad usage (2). */
export function usageError(io: { stderr(s: string): void }, errors: readonly string[], usage: string, lang: Lang = 'en'): number {
  io.stderr(errors.map((e) => `pocplan: ${e}\n`).join('') + `${t(lang, 'cli.usage')} ${usage.trim()}\n`);
  return 2;
}
