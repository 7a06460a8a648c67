/**
 * Settings that change what the checker reports: language, license-matrix reading, profile and
 * per-rule severities. They come from VS Code settings, CLI flags and a workspace
 * `.pocplanrc.yaml`; `mergeSettings` layers them (later wins).
 */
import { parse } from 'yaml';
import { SEVERITIES, type Severity } from './diagnostics';
import { normalizeLang, t, type Lang } from './l10n';
import { MATRIX_READINGS, type MatrixReading } from './license/matrix';

export type RuleSetting = Severity | 'off';
export type Profile = 'default' | 'strict';

export interface Settings {
  lang: Lang;
  licenseMatrix: MatrixReading;
  /** `strict` raises the rules added after the v1 contract to their natural severity. */
  profile: Profile;
  /** Per code (or `area.*`): a severity or `off`. */
  rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_SETTINGS: Settings = { lang: 'en', licenseMatrix: 'strict', profile: 'default', rules: {} };

export type PartialSettings = Partial<Settings>;

export function mergeSettings(...layers: Array<PartialSettings | undefined>): Settings {
  let out: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  for (const l of layers) {
    if (!l) continue;
    out = {
      lang: l.lang ?? out.lang,
      licenseMatrix: l.licenseMatrix ?? out.licenseMatrix,
      profile: l.profile ?? out.profile,
      rules: { ...out.rules, ...(l.rules ?? {}) },
    };
  }
  return out;
}

export const RC_FILE = '.pocplanrc.yaml';

/**
 * Reads `.pocplanrc.yaml` (or an equivalent object from editor settings). Unknown or invalid
 * entries are reported in `lang` (catalog `config.*`), never thrown: a broken config must not stop
 * the checker.
 */
export function readSettingsObject(obj: unknown, problems: string[], lang: Lang = 'en'): PartialSettings {
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  if (obj === null || obj === undefined) return out;
  if (typeof obj !== 'object' || Array.isArray(obj)) { problems.push(t(lang, 'config.expected-mapping')); return out; }
  const o = obj as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    switch (k) {
      case 'lang': case 'language':
        if (typeof v === 'string' && v !== 'auto') out.lang = normalizeLang(v);
        break;
      case 'licenseMatrix':
        if (typeof v === 'string' && (MATRIX_READINGS as readonly string[]).includes(v)) out.licenseMatrix = v as MatrixReading;
        else problems.push(t(lang, 'config.license-matrix', { readings: MATRIX_READINGS.join(', ') }));
        break;
      case 'profile':
        if (v === 'default' || v === 'strict') out.profile = v;
        else problems.push(t(lang, 'config.profile'));
        break;
      case 'rules': {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) { problems.push(t(lang, 'config.rules-mapping')); break; }
        const rules: Record<string, RuleSetting> = {};
        for (const [code, sev] of Object.entries(v as Record<string, unknown>)) {
          const s = sev === false ? 'off' : sev;
          if (typeof s === 'string' && (s === 'off' || (SEVERITIES as readonly string[]).includes(s))) rules[code] = s as RuleSetting;
          else problems.push(t(lang, 'config.rule-severity', { code }));
        }
        out.rules = rules;
        break;
      }
      default:
        problems.push(t(lang, 'config.unknown-setting', { key: k }));
    }
  }
  return out;
}

export function parseRcFile(text: string, lang: Lang = 'en'): { settings: PartialSettings; problems: string[] } {
  const problems: string[] = [];
  let obj: unknown;
  try {
    obj = parse(text, { prettyErrors: false, maxAliasCount: 100 });
  } catch (e) {
    problems.push(t(lang, 'config.invalid-yaml', { file: RC_FILE, detail: (e as Error).message.split('\n')[0]! }));
    return { settings: {}, problems };
  }
  return { settings: readSettingsObject(obj, problems, lang), problems };
}
