/** A small argument parser: `--flag value`, `--flag=value`, boolean flags, positionals. */
import { normalizeLang, t, type Lang } from '../service';

export interface ParsedArgs { flags: Map<string, string | true>; positionals: string[]; errors: string[] }

/**
 * Parses `argv`; problems (an unknown option, a missing value) are reported in `lang`, which the
 * caller finds with `langOf` before parsing.
 */
export function parseArgs(argv: string[], valued: ReadonlySet<string>, booleans: ReadonlySet<string>, aliases: Readonly<Record<string, string>> = {}, lang: Lang = 'en'): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('-') && a !== '-') {
      let name = a.replace(/^--?/, '');
      let value: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) { value = name.slice(eq + 1); name = name.slice(0, eq); }
      name = aliases[name] ?? name;
      if (booleans.has(name)) { flags.set(name, true); continue; }
      if (!valued.has(name)) { errors.push(t(lang, 'cli.unknown-option', { option: a })); continue; }
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) { errors.push(t(lang, 'cli.option-needs-value', { option: `--${name}` })); continue; }
      }
      flags.set(name, value);
    } else positionals.push(a);
  }
  return { flags, positionals, errors };
}

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
