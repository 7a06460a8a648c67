/** A small argument parser: `--flag value`, `--flag=value`, boolean flags, positionals. */
export interface ParsedArgs { flags: Map<string, string | true>; positionals: string[]; errors: string[] }

export function parseArgs(argv: string[], valued: ReadonlySet<string>, booleans: ReadonlySet<string>, aliases: Readonly<Record<string, string>> = {}): ParsedArgs {
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
      if (!valued.has(name)) { errors.push(`unknown option ${a}`); continue; }
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) { errors.push(`option --${name} needs a value`); continue; }
      }
      flags.set(name, value);
    } else positionals.push(a);
  }
  return { flags, positionals, errors };
}
