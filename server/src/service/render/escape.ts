/**
 * Escaping for every place a plan string can land: HTML text and attributes (including inline
 * SVG, which the HTML parser reads as foreign content), and Markdown. Plan strings are hostile
 * by assumption: a title may carry `<script>`, an id `"><img onerror=…>`, a CSV vendor
 * `[x](javascript:…)`, a name `\u202E` to reverse the line it sits in. Nothing from the plan is
 * ever emitted raw: markup is escaped, control and bidirectional formatting characters dropped, and
 * right-to-left text isolated (FSI … PDI) in every context.
 */

/** C0 controls (but tab and newline), DEL, and the C1 block: never meaningful in a document. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * The explicit bidirectional formatting characters: embeddings and overrides (U+202A–U+202E) and
 * isolates (U+2066–U+2069). Unbalanced, one of them reverses the text *around* the plan string
 * (Trojan Source); they never reach a document (the checker's `yaml.bidi-control` points at them).
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const BIDI_CONTROL_TEST = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Right-to-left text (Hebrew, Arabic, Syriac, Thaana, N'Ko… and the RLM and ALM marks). Left in
 * place, it can move the neutral characters next to it (punctuation, our own labels) across the
 * plan string's edge; `isolate` keeps it to itself.
 */
const RTL = /[\u0590-\u08ff\u200f\u061c\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: `<bdi>` for any text context (HTML, SVG, Markdown). */
const FSI = '\u2068';
const PDI = '\u2069';

/** Removes control characters and bidirectional formatting characters; keeps everything printable. */
export function clean(s: string): string {
  const c = CONTROL_TEST.test(s) ? s.replace(CONTROL, '') : s;
  return BIDI_CONTROL_TEST.test(c) ? c.replace(BIDI_CONTROL, '') : c;
}

/**
 * Text that holds right-to-left characters, wrapped in an isolate (FSI … PDI, the plain-text
 * `<bdi>`), so it cannot reorder what surrounds it; every other text as it is. Applied to text
 * already `clean`, so no control inside can end the isolate early.
 */
export function isolate(s: string): string {
  return RTL.test(s) ? FSI + s + PDI : s;
}

/** One line: control characters dropped, runs of whitespace (newlines too) folded to one space. */
export function fold(s: string): string {
  const c = clean(s);
  return /\s\s|[^\S ]/.test(c) ? c.replace(/\s+/g, ' ') : c;
}

/** `fold`, trimmed. */
export function oneLine(s: string): string {
  return fold(s).trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Anything `escapeHtml` changes: a control or bidirectional character, a markup character, right-to-left text. */
// eslint-disable-next-line no-control-regex
const HTML_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f&<>"'\u202a-\u202e\u2066-\u2069]/;

/** Text content of an HTML or SVG element: escaped, bidirectional controls dropped, right-to-left text isolated. */
export function escapeHtml(s: string): string {
  if (!HTML_TEST.test(s) && !RTL.test(s)) return s; // most text: two scans, no copy
  const c = clean(s);
  return isolate(/[&<>"']/.test(c) ? c.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!) : c);
}

/** A double-quoted attribute value (the renderer always quotes attributes). */
export function escapeAttr(s: string): string {
  const c = oneLine(s);
  return /[&<>"']/.test(c) ? c.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!) : c;
}

/**
 * Markdown inline text. Backslash-escapes the characters that can start markup anywhere in a
 * line (emphasis, code, links, images, raw HTML, entities, tables, strikethrough, math), and
 * breaks the patterns autolinkers look for (`scheme:`, `www.`, `user@host`), so a plan string
 * can never become a link, an image or HTML. The text is folded to one line: plan strings are
 * always placed after a prefix, so line-start markers (`#`, `-`, `1.`, `>`) cannot trigger.
 */
export function escapeMd(s: string): string {
  return isolate(fold(s)
    .replace(/[\\`*_[\]<>|&~$!{}]/g, (c) => `\\${c}`)
    .replace(/\b(javascript|vbscript|data|file|https?|ftp|mailto|tel|ssh|irc):/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.')
    .replace(/@/g, '\\@'));
}

/**
 * A code span (outside tables: in a GFM table a pipe would end the cell even inside code, so
 * table cells use `escapeMd` throughout). Backticks cannot occur (callers split on them).
 */
export function mdCode(s: string): string {
  const body = isolate(fold(s).replace(/`/g, "'"));
  if (!body) return '';
  const pad = body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
  return `\`${pad}${body}${pad}\``;
}

/**
 * Catalog messages mark names with backticks (`fw-osaka`). The parts between backticks become
 * code, everything else text; each part is escaped on its own, so a backtick inside a plan
 * string cannot open a way out of a code span.
 */
export function splitTicks(message: string): Array<{ code: boolean; text: string }> {
  const parts = message.split('`');
  const out: Array<{ code: boolean; text: string }> = [];
  // With an odd number of backticks the last one is unmatched: its tail is plain text.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  for (let i = 0; i < parts.length; i++) {
    const code = i % 2 === 1 && i < paired;
    const text = i >= paired ? '`' + parts[i]! : parts[i]!;
    if (text) out.push({ code, text });
  }
  return out;
}

/** A message as HTML: backticked names as `<code>`, everything escaped. */
export function messageHtml(message: string): string {
  return splitTicks(message).map((p) => (p.code ? `<code>${escapeHtml(p.text)}</code>` : escapeHtml(p.text))).join('');
}

/**
 * A message as Markdown inline text: backticked names as code spans, the rest escaped. In a table
 * cell the whole message is escaped text (its backticks shown as written), so no pipe in a name can
 * end the cell and let the rest of it be read as Markdown.
 */
export function messageMd(message: string, table = false): string {
  if (table) return escapeMd(message);
  return splitTicks(message).map((p) => (p.code ? mdCode(p.text) : escapeMd(p.text))).join('');
}

/** Only our own source links are ever linked, and only over https. */
export function safeHref(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>`]+$/.test(url) ? url : undefined;
}
