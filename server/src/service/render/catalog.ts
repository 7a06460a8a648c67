/**
 * The catalog's messages for the document, each looked up once per language. A large plan asks
 * for the same hundred-odd labels tens of thousands of times (every diagram names its boxes), and
 * each `t` call searches the catalogs in turn, falling back to English. Same results as `t`:
 * catalogs are all registered when the l10n module loads, before anything is rendered.
 */
import { hasMessage as has, t as message, type Lang } from '../l10n';

export type { Lang } from '../l10n';

/** A message's template, the same split at its placeholders (text, name, text, …, text), and whether the language has it. */
interface Template { text: string; parts: string[]; known: boolean }

const templates: Record<Lang, Map<string, Template>> = { en: new Map(), ja: new Map() };

function template(lang: Lang, id: string): Template {
  const cache = templates[lang];
  let tpl = cache.get(id);
  if (tpl === undefined) {
    const text = message(lang, id);
    tpl = { text, parts: text.split(/\{(\w+)\}/), known: has(lang, id) };
    // Only catalog ids are kept: an id made from a plan's value (`render.dhcp.<typo>`) is not,
    // so the cache stays as small as the catalogs in a long-running language server.
    if (tpl.known || has('en', id)) cache.set(id, tpl);
  }
  return tpl;
}

/** `hasMessage` from l10n, remembered. */
export function hasMessage(lang: Lang, id: string): boolean {
  return template(lang, id).known;
}

/** `t` from l10n, with the template remembered; placeholders `{name}` are filled the same way. */
export function t(lang: Lang, id: string, args?: Readonly<Record<string, string | number>>): string {
  const { text, parts } = template(lang, id);
  if (!args || parts.length === 1) return text;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = args[parts[i]!];
    out += (v === undefined ? `{${parts[i]}}` : String(v)) + parts[i + 1]!;
  }
  return out;
}
