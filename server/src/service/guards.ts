/**
 * Hostile-input guards that do not depend on the YAML parser: characters a YAML file may not hold,
 * and the bounds every user-supplied string or list is cut to before it reaches a message.
 * parse.ts calls these; whichever parser builds the tree, they stay the same (see SECURITY.md).
 */
import type { Finding } from './diagnostics';

/** At most this many `yaml.invalid-character` findings per file: binary junk has thousands. */
export const MAX_CHARACTER_FINDINGS = 10;

/**
 * Characters outside YAML's printable set (YAML 1.2 §5.1): C0 controls other than tab/LF/CR, DEL,
 * C1 controls other than NEL, U+FFFE/U+FFFF and unpaired surrogates; plus U+FFFD, which an editor
 * puts where the file's bytes were not valid UTF-8. The `yaml` library accepts them silently.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `U+0000`-style name of a UTF-16 code unit. */
export function codePointName(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * One finding per character YAML does not allow (the first MAX_CHARACTER_FINDINGS of them). A
 * regular expression keeps the scan linear and fast on a 10 MB file with no such character.
 */
export function scanCharacters(text: string): Finding[] {
  const findings: Finding[] = [];
  INVALID_RE.lastIndex = 0;
  for (let m = INVALID_RE.exec(text); m && findings.length < MAX_CHARACTER_FINDINGS; m = INVALID_RE.exec(text)) {
    const unit = m[0].charCodeAt(0);
    findings.push(unit === 0xfffd
      ? { code: 'yaml.invalid-character', messageId: 'yaml.invalid-character/replacement', start: m.index, end: m.index + 1, severity: 'warning' }
      : { code: 'yaml.invalid-character', start: m.index, end: m.index + 1, args: { char: codePointName(unit) } });
  }
  return findings;
}

/** The explicit bidirectional formatting characters (Trojan Source), with their Unicode names. */
const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * One `yaml.bidi-control` finding per explicit bidirectional formatting character (U+202A–U+202E,
 * U+2066–U+2069) anywhere in the text — values, keys and comments alike, since an editor shows
 * them all reordered — the first MAX_CHARACTER_FINDINGS of them. The marks (U+200E, U+200F,
 * U+061C) are not reported: they are ordinary in right-to-left text and cannot reorder a line.
 */
export function scanBidi(text: string): Finding[] {
  const findings: Finding[] = [];
  BIDI_RE.lastIndex = 0;
  for (let m = BIDI_RE.exec(text); m && findings.length < MAX_CHARACTER_FINDINGS; m = BIDI_RE.exec(text)) {
    const unit = m[0].charCodeAt(0);
    const char = codePointName(unit);
    findings.push({ code: 'yaml.bidi-control', start: m.index, end: m.index + 1, args: { char, name: BIDI_NAMES[unit]! }, data: { char } });
  }
  return findings;
}

/** True for a character `scanBidi` reports. */
export function isBidiControl(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && BIDI_NAMES[ch.charCodeAt(0)] !== undefined;
}

/**
 * A message argument quoting the plan, with every bidirectional control and mark shown as
 * `<U+202E>`: a diagnostic's message (in the editor's Problems view, a hover, the CLI, the plan
 * document) must not be reordered by what it quotes.
 */
export function showBidi(s: string): string {
  return /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(s) ? s.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `<${codePointName(c.charCodeAt(0))}>`) : s;
}

/** Longest quote of the plan (a key, a YAML error's detail) in a message. */
export const MAX_QUOTE_LENGTH = 120;
/** Longest message argument of any kind (lists of names included): a 1 MB key must not become a 1 MB message. */
export const MAX_ARG_LENGTH = 1000;

/** `s` cut to `max` code units (never splitting a surrogate pair), with an ellipsis. */
export function clip(s: string, max = MAX_QUOTE_LENGTH): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

/**
 * An upper estimate of the number of YAML values in `text`, without parsing: one per line that
 * holds more than blanks or a comment, plus one per `,`, `[` and `{`. Quoted text and comments
 * only make it larger. The bench's 100,000-line plan estimates at about 106,000.
 */
export function estimateNodes(text: string): number {
  let n = 0;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) { if (content) n++; content = false; }
    else if (c === 44 /* , */ || c === 91 /* [ */ || c === 123 /* { */) { n++; content = true; }
    else if (!content && c !== 32 && c !== 9) {
      if (c === 35 /* # */) { const nl = text.indexOf('\n', i); i = nl < 0 ? text.length - 1 : nl - 1; } // skip a comment line
      else content = true;
    }
  }
  return content ? n + 1 : n;
}
