/**
 * Escaping for every place a plan string can land: HTML text and attributes (including inline
 * SVG, which the HTML parser reads as foreign content), and Markdown. Plan strings are hostile
 * by assumption: a title may carry `<script>`, an id `"><img onerror=…>`, a CSV vendor
 * `[x](javascript:…)`. Nothing from the plan is ever emitted raw.
 */

/** C0 controls (but tab and newline), DEL, and the C1 block: never meaningful in a document. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Removes control characters; keeps everything printable. */
export function clean(s: string): string {
  return CONTROL_TEST.test(s) ? s.replace(CONTROL, '') : s;
}
// eslint-disable-next-line no-control-regex
const CONTROL_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

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

/** Anything `escapeHtml` changes: a control character or a markup character. */
// eslint-disable-next-line no-control-regex
const HTML_TEST = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f&<>"']/;

/** Text content of an HTML or SVG element. */
export function escapeHtml(s: string): string {
  if (!HTML_TEST.test(s)) return s; // most text: one scan, no copy
  const c = clean(s);
  return /[&<>"']/.test(c) ? c.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!) : c;
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
  return fold(s)
    .replace(/[\\`*_[\]<>|&~$!{}]/g, (c) => `\\${c}`)
    .replace(/\b(javascript|vbscript|data|file|https?|ftp|mailto|tel|ssh|irc):/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.')
    .replace(/@/g, '\\@');
}

/**
 * A code span (outside tables: in a GFM table a pipe would end the cell even inside code, so
 * table cells use `escapeMd` throughout). Backticks cannot occur (callers split on them).
 */
export function mdCode(s: string): string {
  const body = fold(s).replace(/`/g, "'");
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
