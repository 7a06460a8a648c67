/**
 * The questions of `pocplan init` on a terminal (node:readline): each with its default in
 * brackets, menus numbered, an invalid answer asked again with the reason. Lines are queued as
 * they arrive, so answers typed (or piped) ahead are never lost. End of input (Ctrl+D) or Ctrl+C
 * cancels: nothing is written.
 */
import * as readline from 'node:readline';
import { Writable } from 'node:stream';
import { parseIsoDate } from '../service/dates';
import type { Lang } from '../service/l10n';
import type { MatrixReading } from '../service/license/matrix';
import {
  dateProblem, DEFAULT_MODEL, defaultDates, defaultEnd, defaultLicense, initChoices, textProblem,
  type Choice, type FirewallType, type InitAnswers, type LicenseType, type SiteAnswer,
} from '../service/init';
import type { CliIO } from './main';

/** What the flags already answered (those questions are not asked). */
export type PartialAnswers = Partial<InitAnswers> & { lang: Lang };

class Cancelled extends Error {}

interface Asker {
  ask(prompt: string): Promise<string>;
  say(text: string): void;
  close(): void;
}

function asker(io: CliIO): Asker {
  const output = io.stdoutStream ?? new Writable({ write(chunk: Buffer | string, _enc, cb) { io.stdout(String(chunk)); cb(); } });
  const rl = readline.createInterface({ input: io.stdin!, output, terminal: !!io.stdin?.isTTY && !!io.stdoutStream, historySize: 0 });
  const lines: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;
  rl.on('line', (line) => { if (waiting) { const w = waiting; waiting = undefined; w(line); } else lines.push(line); });
  rl.on('close', () => { closed = true; if (waiting) { const w = waiting; waiting = undefined; w(undefined); } });
  rl.on('SIGINT', () => rl.close());
  return {
    async ask(prompt) {
      rl.setPrompt(prompt);
      rl.prompt();
      const line = lines.length ? lines.shift() : closed ? undefined : await new Promise<string | undefined>((r) => { waiting = r; });
      if (line === undefined) throw new Cancelled();
      if (!io.stdin?.isTTY || !io.stdoutStream) output.write('\n'); // nothing echoed the answer's line end
      return line.trim();
    },
    say: (text) => { output.write(`${text}\n`); },
    close: () => rl.close(),
  };
}

/** Asks until `check` accepts the answer (an empty answer takes `def`). */
async function text(a: Asker, label: string, def: string | undefined, check: (v: string) => string | undefined): Promise<string> {
  for (;;) {
    const raw = await a.ask(def !== undefined && def !== '' ? `${label} [${def}]: ` : `${label}: `);
    const v = raw === '' ? def ?? '' : raw;
    const problem = check(v);
    if (!problem) return v;
    a.say(problem);
  }
}

/** A numbered menu; the answer is the number (an empty answer takes the default). */
async function menu(a: Asker, label: string, choices: readonly Choice[], defId: string, msg: (id: string, args?: Record<string, string | number>) => string): Promise<string> {
  a.say(`${label}:`);
  choices.forEach((c, i) => a.say(`  ${i + 1}) ${c.label}${c.label !== c.description ? ` (${c.description})` : ''}: ${c.detail}`));
  const def = Math.max(0, choices.findIndex((c) => c.id === defId)) + 1;
  const n = await text(a, msg('init.prompt.choose', { n: choices.length }), String(def), (v) => (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= choices.length ? undefined : msg('init.error.choice', { n: choices.length })));
  return choices[Number(n) - 1]!.id;
}

/**
 * The answers, asking only what `given` does not hold, then the plan file's name when `file` is a
 * default to offer (undefined: `-o` named it). Undefined when the user cancels. `today` is a UTC
 * day number (the default dates start from it).
 */
export async function askAnswers(io: CliIO, given: PartialAnswers, reading: MatrixReading, today: number,
  file: ((a: InitAnswers) => string) | undefined): Promise<{ answers: InitAnswers; file: string | undefined } | undefined> {
  const lang = given.lang;
  const choices = initChoices(lang, reading);
  const msg = (id: string, args?: Record<string, string | number>): string => {
    let s = choices.messages[id] ?? id;
    for (const [k, v] of Object.entries(args ?? {})) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  const a = asker(io);
  try {
    a.say(msg('init.intro'));
    const customer = given.customer ?? await text(a, msg('init.prompt.customer'), undefined, (v) => textProblem(v, lang));
    const dates = defaultDates(today);
    const start = given.start ?? await text(a, msg('init.prompt.start'), dates.start, (v) => dateProblem(v, lang));
    const endDefault = defaultEnd(start);
    const end = given.end ?? await text(a, msg('init.prompt.end'), endDefault, (v) => dateProblem(v, lang)
      ?? (parseIsoDate(v)! < parseIsoDate(start)! ? msg('init.error.end-before-start', { start, end: v }) : undefined));
    const firewallModel = given.firewallModel ?? await text(a, msg('init.prompt.model'), DEFAULT_MODEL, (v) => (v ? textProblem(v, lang) : msg('init.error.empty')));
    const firewallType = (given.firewallType ?? await menu(a, msg('init.prompt.fwtype'), choices.firewallTypes, 'prod', msg)) as FirewallType;
    let licenseType = given.licenseType;
    if (licenseType === undefined) {
      const allowed = choices.licenses[firewallType] ?? [];
      licenseType = (allowed.length === 1 ? allowed[0]!.id : await menu(a, msg('init.prompt.license'), allowed, defaultLicense(reading, firewallType), msg)) as LicenseType;
    }
    let sites: SiteAnswer[] = given.sites ?? [];
    if (!sites.length) {
      for (let n = 1; ; n++) {
        const taken = new Set(sites.map((s) => s.name.toLowerCase()));
        const name = await text(a, msg('init.prompt.site', { n }), n === 1 ? msg('init.site.default') : undefined, (v) => (!v ? msg('init.error.empty')
          : taken.has(v.toLowerCase()) ? msg('init.error.site-name', { name: v }) : textProblem(v, lang)));
        const pattern = await menu(a, msg('init.prompt.pattern', { site: name }), choices.patterns, '1', msg);
        sites = [...sites, { name, pattern: pattern as SiteAnswer['pattern'] }];
        const more = await a.ask(`${msg('init.prompt.more')} `);
        if (!/^(y|yes|はい)$/i.test(more)) break;
      }
    }
    const answers: InitAnswers = { ...given, lang, customer: customer || undefined, start, end, firewallModel, firewallType, licenseType, sites };
    const name = file ? await text(a, msg('init.prompt.file'), file(answers), (v) => (/\.pocplan\.ya?ml$/i.test(v) ? undefined : msg('init.error.file'))) : undefined;
    return { answers, file: name };
  } catch (e) {
    if (e instanceof Cancelled) return undefined;
    throw e;
  } finally {
    a.close();
  }
}
