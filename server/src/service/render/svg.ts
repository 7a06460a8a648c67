/**
 * Small SVG writing helpers shared by the diagrams: text measured by estimate (no layout engine
 * here, and the output must not depend on the fonts of the machine that renders), fitted to a
 * width with an ellipsis, and elements whose every string is escaped. Coordinates are rounded so
 * the same plan always gives the same bytes.
 */
import { escapeAttr, escapeHtml, oneLine } from './escape';

const isWide = (c: number): boolean =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300;

/** Advance (em) of each ASCII character: the estimate for DejaVu Sans, the widest common font. */
const ASCII = new Float64Array(128).fill(0.62);
for (const ch of 'iljtfrI.,:;\'|!()[]') ASCII[ch.charCodeAt(0)] = 0.36;
for (let c = 65; c <= 90; c++) ASCII[c] = 0.72;
for (let c = 48; c <= 57; c++) ASCII[c] = 0.64;
for (const ch of 'mwMW@') ASCII[ch.charCodeAt(0)] = 0.92;
ASCII[32] = 0.32;

/** A few non-ASCII characters the document itself writes (· → … — ✓ ✗). */
const OTHER: Record<number, number> = { 0xb7: 0.32, 0x2192: 0.84, 0x2026: 1.0, 0x2014: 1.0, 0x2713: 0.84, 0x2717: 0.84 };

/** Estimated advance of one character (a code point) in em. */
function advanceOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  return OTHER[c] ?? (isWide(c) ? 1.0 : 0.62);
}

function advance(ch: string): number {
  return advanceOf(ch.codePointAt(0)!);
}

/** Estimated width in px of `text` at `size` px (bold is ~8% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) { em += advanceOf(text.codePointAt(i)!); i++; } else em += advanceOf(c);
  }
  return em * size * (bold ? 1.08 : 1);
}

/** The text cut to fit `width` px, with an ellipsis when cut. */
export function fit(text: string, width: number, size: number, bold = false): string {
  return fitLine(oneLine(text), width, size, bold);
}

/** `fit` for text already on one line. */
function fitLine(s: string, width: number, size: number, bold: boolean | undefined): string {
  if (textWidth(s, size, bold) <= width) return s;
  let out = '';
  let w = textWidth('…', size, bold);
  for (const ch of s) {
    const a = advance(ch) * size * (bold ? 1.08 : 1);
    if (w + a > width) break;
    out += ch;
    w += a;
  }
  return out.trimEnd() + '…';
}

/** Wraps into at most `maxLines` lines of `width` px (at spaces and id separators, or anywhere in CJK text); the last is fitted. */
export function wrap(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const s = oneLine(text);
  const lines: string[] = [];
  let rest = s;
  while (rest && lines.length < maxLines - 1 && textWidth(rest, size, bold) > width) {
    let cut = 0; let w = 0; let lastSpace = -1; let i = 0;
    for (const ch of rest) {
      const a = advance(ch) * size * (bold ? 1.08 : 1);
      if (w + a > width) break;
      w += a; i += ch.length;
      if (ch === ' ' || ch === '-' || ch === '_' || ch === '.' || ch === '/') lastSpace = i; // ids break after their separators
      else if (isWide(ch.codePointAt(0)!)) lastSpace = i; // CJK text breaks between any two characters
      cut = i;
    }
    const at = lastSpace > 0 ? lastSpace : cut;
    if (at <= 0) break;
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) lines.push(fit(rest, width, size, bold));
  return lines;
}

export const r = (n: number): string => String(Math.round(n * 10) / 10);

export interface TextOpts { size?: number; bold?: boolean; anchor?: 'start' | 'middle' | 'end'; fill?: string; halo?: boolean }

/**
 * Text styles are classes of the document's stylesheet (css.ts: `.s11`, `.b`, `.am`, `.c-…`), not
 * attributes: a plan with hundreds of diagrams repeats them thousands of times.
 */
const FILL_CLASS: Record<string, string> = {
  '#1f2937': '', '#111827': 'ck', '#4b5563': 'cm', '#1d4ed8': 'ct', '#c2410c': 'ci', '#15803d': 'co', '#b45309': 'cw', '#b91c1c': 'cb', '#92400e': 'cd',
};

/** Size classes by size (`s11_5`); a handful of sizes, each named once. */
const SIZE_CLASS = new Map<number, string>();

function textAttrs(o: TextOpts): string {
  const fill = o.fill ?? '#1f2937';
  const fc = FILL_CLASS[fill];
  const size = o.size ?? 12;
  let cls = SIZE_CLASS.get(size);
  if (cls === undefined) { cls = `s${String(size).replace('.', '_')}`; SIZE_CLASS.set(size, cls); }
  if (o.bold) cls += ' b';
  if (o.anchor === 'middle') cls += ' am';
  else if (o.anchor === 'end') cls += ' ae';
  if (fc) cls += ' ' + fc;
  if (o.halo) cls += ' h';
  return `class="${cls}"${fc === undefined ? ` fill="${fill}"` : ''}`;
}

/** One line of text; `full` (the uncut text) becomes a tooltip when the shown text was cut. */
export function text(x: number, y: number, shown: string, o: TextOpts = {}, full?: string): string {
  return textLine(x, y, shown, o, full === undefined || full === shown ? shown : oneLine(full));
}

/**
 * How much wider than its room a line may be and still be shown whole, drawn narrower (SVG
 * `textLength`) rather than cut: Japanese labels run wider than English ones, and the estimate is
 * that of the widest common font.
 */
const SQUEEZE = 1.12;

/** Text fitted to `width`: whole, squeezed a little when just too wide, else cut with the full text as a tooltip. */
export function fitText(x: number, y: number, full: string, width: number, o: TextOpts = {}): string {
  const s = oneLine(full);
  const w = textWidth(s, o.size ?? 12, o.bold);
  if (w > width && w <= width * SQUEEZE) return textLine(x, y, s, o, s, width);
  return textLine(x, y, fitLine(s, width, o.size ?? 12, o.bold), o, s);
}

/** `<text>`, with `line` (the uncut text, on one line) as its tooltip when it is not what is shown; `squeeze`: the width it is drawn in. */
function textLine(x: number, y: number, shown: string, o: TextOpts, line: string, squeeze?: number): string {
  const tip = line !== shown ? `<title>${escapeHtml(line)}</title>` : '';
  const fit = squeeze === undefined ? '' : ` textLength="${r(squeeze)}" lengthAdjust="spacingAndGlyphs"`;
  return `<text x="${r(x)}" y="${r(y)}" ${textAttrs(o)}${fit}>${tip}${escapeHtml(shown)}</text>`;
}

export interface BoxOpts { fill?: string; stroke?: string; dash?: string; rx?: number; width?: number }

export function rect(x: number, y: number, w: number, h: number, o: BoxOpts = {}): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" rx="${o.rx ?? 6}" fill="${o.fill ?? '#ffffff'}" stroke="${o.stroke ?? '#6b7280'}" stroke-width="${o.width ?? 1.5}"${o.dash ? ` stroke-dasharray="${o.dash}"` : ''}/>`;
}

export function polyline(points: ReadonlyArray<readonly [number, number]>, attrs: string): string {
  let xy = '';
  for (const p of points) xy += `${xy ? ' ' : ''}${r(p[0])},${r(p[1])}`;
  return `<polyline points="${xy}" ${attrs}/>`;
}

/** An `<svg>` root: responsive width, fixed aspect, labelled for screen readers. */
export function svgRoot(id: string, width: number, height: number, label: string, body: string, cls: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeAttr(id)}" class="${cls}" viewBox="0 0 ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" role="img" aria-label="${escapeAttr(label)}">\n${body}\n</svg>`;
}
