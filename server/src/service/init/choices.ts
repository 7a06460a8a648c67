/**
 * The choices both front ends offer (quick picks in the editor, numbered menus on a terminal), in
 * the user's language: the six configuration patterns with the seed article's one-line
 * explanation of each, the firewall types, the licenses the matrix allows on each type, the models
 * of the Device Associations list, and the prompts' words.
 */
import { t, type Lang } from '../l10n';
import { allowedLicenses, FIREWALL_TYPES, type MatrixReading } from '../license/matrix';
import { LISTED_MODELS } from '../rules/firewall-model-unlisted';
import { DEFAULT_MODEL, firewallTypeName, licenseName, PATTERN_IDS } from './answers';
import { INIT_EN } from './catalog';

export interface Choice {
  /** The value the answer takes. */
  id: string;
  /** `Pattern 1`, `prod`… */
  label: string;
  /** A short line (the templates' pattern names; a type's kind). */
  description: string;
  /** The one-line explanation. */
  detail: string;
}

export interface InitChoices {
  lang: Lang;
  reading: MatrixReading;
  patterns: Choice[];
  firewallTypes: Choice[];
  /** Per firewall type: the license types the reading allows on it, the usual one first. */
  licenses: Record<string, Choice[]>;
  /** Models of the Device Associations list, written as PAN-OS names them (`PA-440`), the default first. */
  models: string[];
  /** Every `init.*` message in `lang` (prompts, errors, results), for front ends that cannot read the catalog. */
  messages: Record<string, string>;
}

/** `PA440` → `PA-440`, `VM300` → `VM-300`, `PA220R` → `PA-220R`. */
function modelName(normalised: string): string {
  return normalised.replace(/^(PA|VM)(\d)/, '$1-$2');
}

export function listedModels(): string[] {
  const names = [...LISTED_MODELS].map(modelName);
  const num = (n: string): number => Number(/\d+/.exec(n)?.[0] ?? 0);
  // Hardware by series, then VM-Series; the default first.
  names.sort((a, b) => Number(a.startsWith('VM')) - Number(b.startsWith('VM')) || num(a) - num(b) || a.localeCompare(b));
  return [DEFAULT_MODEL, ...names.filter((n) => n !== DEFAULT_MODEL)];
}

export function initChoices(lang: Lang, reading: MatrixReading): InitChoices {
  const patternName = (id: string): string => t(lang, `pattern.${id}`);
  const licenses: Record<string, Choice[]> = {};
  for (const type of FIREWALL_TYPES) {
    licenses[type] = allowedLicenses(reading, type).map((l) => ({ id: l, label: licenseName(l, lang), description: l, detail: t(lang, `init.license.${l}`) }));
  }
  return {
    lang, reading,
    patterns: PATTERN_IDS.map((id) => ({ id, label: t(lang, 'init.pattern.label', { id }), description: patternName(id), detail: t(lang, `init.pattern.${id}`) })),
    firewallTypes: FIREWALL_TYPES.map((f) => ({ id: f, label: firewallTypeName(f, lang), description: f, detail: t(lang, `init.fwtype.${f}`) })),
    licenses,
    models: listedModels(),
    messages: Object.fromEntries(Object.keys(INIT_EN).map((k) => [k, t(lang, k)])),
  };
}
