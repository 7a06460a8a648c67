/**
 * Every user-visible message comes from here, keyed by diagnostic code (or `code/variant`).
 * Catalogs are JSON per area and language; tests check that both languages have every key and the
 * same placeholders. Placeholders are `{name}`.
 */
import enCore from './en/core.json';
import jaCore from './ja/core.json';
import enRules from './en/rules.json';
import jaRules from './ja/rules.json';
import enRender from './en/render.json';
import jaRender from './ja/render.json';
import enActions from './en/actions.json';
import jaActions from './ja/actions.json';
import enCli from './en/cli.json';
import jaCli from './ja/cli.json';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

type Catalog = Readonly<Record<string, string>>;

const catalogs: Record<Lang, Catalog[]> = {
  en: [enCore, enRules, enRender, enActions, enCli],
  ja: [jaCore, jaRules, jaRender, jaActions, jaCli],
};

/** Other areas (actions, render) register their catalogs here, at module load. */
export function registerCatalog(lang: Lang, catalog: Catalog): void {
  catalogs[lang].push(catalog);
}

export function hasMessage(lang: Lang, id: string): boolean {
  return catalogs[lang].some((c) => Object.prototype.hasOwnProperty.call(c, id));
}

export function allMessageIds(lang: Lang): string[] {
  const ids = new Set<string>();
  for (const c of catalogs[lang]) for (const k of Object.keys(c)) ids.add(k);
  return [...ids];
}

function lookup(lang: Lang, id: string): string | undefined {
  for (const c of catalogs[lang]) if (Object.prototype.hasOwnProperty.call(c, id)) return c[id];
  return undefined;
}

/**
 * The message for `id` in `lang`, falling back to English, then to the id's base code, then to
 * the id itself (so a missing entry shows up as a code, never as a crash).
 */
export function t(lang: Lang, id: string, args?: Readonly<Record<string, string | number>>): string {
  const base = id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
  const template = lookup(lang, id) ?? lookup('en', id) ?? lookup(lang, base) ?? lookup('en', base) ?? id;
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = args[name];
    if (v === undefined) return m;
    // Lists of ids the rules build (`a`, `b`) take the Japanese enumeration comma in Japanese text.
    return lang === 'ja' && typeof v === 'string' ? v.replace(/([`)]), (?=`)/g, '$1、') : String(v);
  });
}

export function normalizeLang(value: string | undefined): Lang {
  return value && value.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
