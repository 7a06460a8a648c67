/**
 * The document as one self-contained HTML file: inline CSS and SVG, no scripts, no external
 * requests (a Content-Security-Policy meta tag forbids them too), readable in any browser and
 * printable to PDF. In the editor's preview the same document carries `data-line` on places that
 * lead back to the plan and one nonce'd script that turns a click into a message to the editor.
 * Every plan string goes through escape.ts on its way in.
 */
import { calendarFromDoc, collectDeadlineCount, type CalendarOptions } from '../calendar';
import { t, type Lang } from './catalog';
import { CSS } from './css';
import {
  docTitle, FINDINGS_HEAD, LICENSE_HEAD, licenseCells, OVERVIEW_HEAD, overviewCells, pathTexts, patternTitle, prereqHeading,
  prereqLines, prereqServes, segmentHeading, severityText, siteHeading, statusLine, STATUS_MARK, timelineFacts, titleFacts,
} from './content';
import { escapeAttr, escapeHtml, messageHtml, safeHref } from './escape';
import { CSV_ROWS_SHOWN, type DocModel, type FindingRow, type Loc, type SegmentDoc, type SiteDoc } from './model';
import { timelineSvg } from './svg-timeline';
import { topologySvg } from './svg-topology';
import { receivesCopyDoc } from './prereqs-copy';

export interface PreviewOptions {
  /** A fresh random nonce per webview (base64 or hex characters). */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
}

export interface HtmlParts { html: string; body: string }

/** The exported document's calendar link: the time it is made (DTSTAMP) and the reminder (see calendar/). */
export type DocCalendarOptions = Pick<CalendarOptions, 'now' | 'remindDays'>;

const e = escapeHtml;

const CSV_HEAD = ['render.csv.ip', 'render.csv.mac', 'render.csv.vendor', 'render.csv.model'];

/**
 * `items.map(f).join(sep)`, kept as one string built by concatenation. A join copies every part
 * into a new flat string, and the document nests segments in sites in the body in the page: each
 * level would copy the whole 4 MB again. Concatenated, the parts (whole segments, joined where
 * they are made) are copied once, when the document is written out.
 */
function joined<T>(items: readonly T[], f: (x: T) => string, sep = '\n'): string {
  let out = '';
  for (let i = 0; i < items.length; i++) out += i ? sep + f(items[i]!) : f(items[i]!);
  return out;
}

/** Only base64/hex characters: the nonce lands in an attribute and in the policy. */
const safeNonce = (n: string): string => n.replace(/[^A-Za-z0-9+/=_-]/g, '');

/** The webview's own origin(s) (`webview.cspSource`); anything that is not a plain origin is dropped. */
function safeSources(s: string): string {
  return s.split(/\s+/).filter((x) => x === "'self'" || /^(https?|vscode-webview|vscode-resource|vscode-file):\/\/[A-Za-z0-9.*-]+(:\d+)?$/i.test(x)).join(' ');
}

/** The policy; built only from constants and the two filtered values, so it needs no escaping. */
function csp(preview: PreviewOptions | undefined): string {
  if (!preview) return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const nonce = safeNonce(preview.nonce);
  const src = safeSources(preview.cspSource);
  const s = src ? `${src} ` : '';
  return `default-src 'none'; style-src ${s}'nonce-${nonce}'; img-src ${s}data:; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

/** Click-to-line: the only script, in the preview only. */
const PREVIEW_SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  function reveal(el) {
    var line = Number(el.getAttribute('data-line'));
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', line: line });
  }
  document.addEventListener('click', function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    if (target && target.closest('a[data-export="ics"]')) { ev.preventDefault(); vscode.postMessage({ type: 'exportCalendar' }); return; }
    if (!target || target.closest('a[href]')) return;
    var el = target.closest('[data-line]');
    if (el) { ev.preventDefault(); reveal(el); }
  });
  document.addEventListener('keydown', function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    if (target && (ev.key === 'Enter' || ev.key === ' ') && target.matches('[data-line]')) { ev.preventDefault(); reveal(target); }
  });
  document.addEventListener('click', function (ev) {
    var button = ev.target instanceof Element ? ev.target.closest('button.copy[data-copy]') : null;
    var block = button ? document.getElementById(button.getAttribute('data-copy') || '') : null;
    if (!button || !block) return;
    vscode.postMessage({ type: 'copy', text: block.textContent || '' });
    button.textContent = button.getAttribute('data-done') || button.textContent;
  });
  window.addEventListener('message', function (ev) {
    var m = ev.data;
    if (m && m.type === 'update' && typeof m.body === 'string') {
      var main = document.getElementById('doc');
      if (main) main.innerHTML = m.body;
    }
  });
})();`;

class Writer {
  constructor(readonly doc: DocModel, readonly lang: Lang, readonly preview: boolean, readonly calendar?: DocCalendarOptions) {}

  /** `data-line` (0-based plan line) in the preview only. */
  line(n: number): string {
    return this.preview ? ` data-line="${n | 0}"` : '';
  }

  loc(l: Loc): string {
    const label = e(`${l.file}:${l.line + 1}`);
    if (this.preview && l.plan) return `<span class="loc" role="link" tabindex="0" data-line="${l.line | 0}">${label}</span>`;
    return `<span class="loc">${label}</span>`;
  }

  /** Table heads by their keys (the same few, once per site or device list). */
  private readonly heads = new Map<readonly string[], string>();

  /**
   * A table in its own horizontal scroller: header words stay whole (css.ts), so a narrow preview
   * pane scrolls the table rather than the page.
   */
  table(cls: string, head: readonly string[], rows: string): string {
    return `<div class="table-wrap"><table${cls ? ` class="${cls}"` : ''}>${this.head(head)}<tbody>${rows}</tbody></table></div>`;
  }

  head(keys: readonly string[]): string {
    let h = this.heads.get(keys);
    if (h === undefined) {
      h = `<thead><tr>${keys.map((k) => `<th scope="col">${e(t(this.lang, k))}</th>`).join('')}</tr></thead>`;
      this.heads.set(keys, h);
    }
    return h;
  }

  titleBlock(): string {
    const d = this.doc; const L = this.lang;
    const ok = !d.counts.error && !d.counts.warning;
    return `<header class="title-block"><p class="kicker">${e(t(L, 'render.kicker'))}</p><h1>${e(docTitle(d, L))}</h1>`
      + `<dl class="facts">${titleFacts(d, L).map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('\n')}</dl>`
      + `<p><span class="status ${ok ? 'ok' : 'bad'}">${e(statusLine(d, L))}</span></p></header>`;
  }

  toc(): string {
    const L = this.lang;
    const items = [['licenses', 'render.h.licenses'], ['timeline', 'render.h.timeline'], ['sites', 'render.h.sites'], ['prereqs', 'render.h.prereqs'], ['configuration', 'render.h.configuration'], ['findings', 'render.h.findings'], ['sources', 'render.h.sources']];
    return `<nav class="toc" aria-label="${escapeAttr(t(L, 'render.h.contents'))}"><h2>${e(t(L, 'render.h.contents'))}</h2><ol>${items.map(([id, k]) => `<li><a href="#${id}">${e(t(L, k!))}</a></li>`).join('')}</ol></nav>`;
  }

  licenses(): string {
    const L = this.lang;
    const rows = this.doc.licenses.map((row) => {
      const c = licenseCells(row, L);
      const src = row.source ? `<a href="#src-${row.source.n}">${e(c[5]!)}</a>` : e(c[5]!);
      const margin = row.marginDays !== undefined && row.marginDays < 0 ? `<span class="neg">${e(c[7]!)}</span>` : e(c[7]!);
      return `<tr><td${this.line(row.fw.line)}>${e(c[0]!)}</td><td>${e(c[1]!)}</td><td>${e(c[2]!)}</td><td>${e(c[3]!)}</td><td class="verdict-${row.verdict}">${e(c[4]!)}</td><td>${src}</td><td>${e(c[6]!)}</td><td>${margin}</td></tr>`;
    }).join('\n');
    const body = this.doc.licenses.length ? this.table('', LICENSE_HEAD, rows) : `<p class="muted">${e(t(L, 'render.lic.none'))}</p>`;
    return `<section id="licenses"><h2>${e(t(L, 'render.h.licenses'))}</h2><p>${e(t(L, 'render.lic.intro', { reading: this.doc.readingTitle }))}</p>${body}</section>`;
  }

  timeline(): string {
    const L = this.lang;
    const svg = timelineSvg(this.doc, L);
    const facts = timelineFacts(this.doc, L);
    const fig = svg ? `<figure class="timeline">${svg}</figure>` : `<p class="muted">${e(t(L, 'render.tl.no-dates'))}</p>`;
    return `<section id="timeline"><h2>${e(t(L, 'render.h.timeline'))}</h2>${fig}${facts.length ? `<ul>${facts.map((f) => `<li>${e(f)}</li>`).join('\n')}</ul>` : ''}${this.calendarLink()}</section>`;
  }

  /**
   * The deadlines as an .ics file (calendar/): in the exported document a download link carrying
   * the file itself (a `data:` URI, so the document stays one file); in the preview a link that
   * asks the editor to export it (a webview cannot save a download). None without dates.
   */
  calendarLink(): string {
    const L = this.lang;
    const label = e(t(L, 'calendar.link'));
    const title = escapeAttr(t(L, 'calendar.link.title'));
    if (this.preview) {
      return collectDeadlineCount(this.doc) ? `<p class="ics screen-only"><a href="#timeline" data-export="ics" role="button" title="${title}">${label}</a></p>` : '';
    }
    if (!this.calendar) return '';
    const cal = calendarFromDoc(this.doc, { lang: L, now: this.calendar.now, remindDays: this.calendar.remindDays });
    if (!cal.events.length) return '';
    const name = `${this.doc.planFile.replace(/\.pocplan\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'plan'}.ics`;
    const href = `data:text/calendar;charset=utf-8,${encodeURIComponent(cal.text)}`;
    return `<p class="ics screen-only"><a href="${escapeAttr(href)}" download="${escapeAttr(name)}" type="text/calendar" title="${title}">${label}</a></p>`;
  }

  site(site: SiteDoc): string {
    const L = this.lang;
    const rows = joined(site.segments, (seg) => {
      const c = overviewCells(seg, L);
      const st = (i: number, s: string): string => `<td class="st-${s}">${e(c[i]!)}</td>`;
      return `<tr><td><a href="#${seg.key}">${e(c[0]!)}</a></td><td>${e(c[1]!)}</td><td>${e(c[2]!)}</td><td>${e(c[3]!)}</td><td>${e(c[4]!)}</td>${st(5, seg.identityState)}${st(6, seg.trafficState)}<td>${e(c[7]!)}</td><td>${e(c[8]!)}</td></tr>`;
    });
    const overview = site.segments.length ? this.table('overview', OVERVIEW_HEAD, rows) : `<p class="muted">${e(t(L, 'render.site.no-segments'))}</p>`;
    return `<section class="site" id="${site.key}"><h3${this.line(site.line)}>${e(siteHeading(site, L))}</h3>${overview}${joined(site.segments, (s) => this.segment(s))}</section>`;
  }

  segment(seg: SegmentDoc): string {
    const L = this.lang;
    const paths = pathTexts(seg, this.doc, L);
    const pathDd = (p: { intro: string; chain: string[] }): string => `<dd>${e(p.intro)}${p.chain.length ? `<br><span class="chain">${e(p.chain.join(' → '))}</span>` : ''}</dd>`;
    const svg = topologySvg(L, seg, seg.key, { present: this.doc.hasXsoar, kind: this.doc.xsoarKind });
    const findings = seg.findings.length
      ? `<ul class="seg-findings">${seg.findings.map((f) => `<li><span class="sev sev-${f.severity}">${e(severityText(f.severity, L))}</span> <code>${e(f.code)}</code> ${messageHtml(f.message)} ${this.loc(f.loc)}</li>`).join('\n')}</ul>`
      : '';
    // Joined here, once: the segment's hundreds of small parts become one string while they are
    // new (cheap to collect), and the levels above keep whole segments as parts (see `joined`).
    return [
      `\n<article class="segment" id="${seg.key}"><h4${this.line(seg.line)}>${e(segmentHeading(seg, L))}</h4>`,
      `<p class="pattern">${e(patternTitle(seg, L))}</p>`,
      // The two conditions are marked in the diagram itself (so a screenshot or a printout carries them).
      `<p class="conds">${this.enforcement(seg)}</p>`,
      `\n<figure class="diagram" data-pattern="${escapeAttr(seg.pattern ?? 'none')}"${this.line(seg.line)}>`, svg,
      `<figcaption>${e(t(L, 'render.seg.caption', { segment: seg.id ?? '?' }))}</figcaption></figure>\n`,
      `<dl class="paths"><dt>${e(t(L, 'render.seg.identity'))}</dt>${pathDd(paths.identity)}<dt>${e(t(L, 'render.seg.traffic'))}</dt>${pathDd(paths.traffic)}</dl>`,
      findings ? `<p><strong>${e(t(L, 'render.seg.findings'))}</strong></p>${findings}` : '',
      this.csv(seg), '</article>',
    ].join('');
  }

  enforcement(seg: SegmentDoc): string {
    const L = this.lang;
    const onCopy = seg.traffic?.method === 'mirror' || receivesCopyDoc(seg.traffic?.iface);
    if (seg.enforce && onCopy) return `<span class="cond unmet">${e(t(L, 'render.dia.enforce-on-copy'))}</span>`;
    return `<span class="cond${seg.enforce ? ' enforce' : ''}">${e(t(L, seg.enforce ? 'render.dia.enforces' : 'render.dia.visibility-only'))}</span>`;
  }

  csv(seg: SegmentDoc): string {
    const c = seg.csv; const L = this.lang;
    if (!c) return '';
    if (c.unreadable) return `<p class="muted">${e(t(L, 'render.csv.unreadable', { path: c.path }))}</p>`;
    const rows = c.devices.map((d) => `<tr><td>${e(d.ip)}</td><td>${e(d.mac ?? '')}</td><td>${e(d.vendor ?? '')}</td><td>${e(d.model ?? '')}</td></tr>`).join('\n');
    const more = c.total > CSV_ROWS_SHOWN ? `<p class="muted">${e(t(L, 'render.csv.more', { count: c.total - CSV_ROWS_SHOWN }))}</p>` : '';
    return `<p><strong>${e(t(L, 'render.csv.heading', { path: c.path, count: c.total }))}</strong></p>`
      + (c.devices.length ? this.table('devices', CSV_HEAD, rows) : '') + more;
  }

  sites(): string {
    const L = this.lang;
    const body = this.doc.sites.length ? joined(this.doc.sites, (s) => this.site(s)) : `<p class="muted">${e(t(L, 'render.site.none'))}</p>`;
    return `<section id="sites"><h2>${e(t(L, 'render.h.sites'))}</h2><p>${e(t(L, 'render.sites.intro'))}</p>${body}</section>`;
  }

  prereqs(): string {
    const L = this.lang;
    const blocks = this.doc.prereqs.map((b) => `<div class="prereq-block"><h3${this.line(b.fw.line)}>${e(prereqHeading(b, L))}</h3><p class="muted">${e(prereqServes(b, L))}</p><ul class="checklist">`
      + prereqLines(b, L).map((l) => `<li class="ck-${l.status}"><span class="mark" aria-label="${escapeAttr(t(L, `render.ck.${l.status}`))}">${STATUS_MARK[l.status]}</span><strong>${e(l.label)}</strong> — ${e(l.detail)} <a href="#src-${l.source}">[${l.source}]</a></li>`).join('\n')
      + '</ul></div>').join('\n');
    return `<section id="prereqs"><h2>${e(t(L, 'render.h.prereqs'))}</h2><p>${e(t(L, 'render.prereq.intro'))}</p>${blocks || `<p class="muted">${e(t(L, 'render.lic.none'))}</p>`}</section>`;
  }

  findingsTable(list: FindingRow[]): string {
    const L = this.lang;
    if (!list.length) return `<p>${e(t(L, 'render.find.none'))}</p>`;
    const code = (f: FindingRow): string => { const href = f.href ? safeHref(f.href) : undefined; return href ? `<a href="${escapeAttr(href)}"><code>${e(f.code)}</code></a>` : `<code>${e(f.code)}</code>`; };
    return this.table('findings', FINDINGS_HEAD, list.map((f) => `<tr><td><span class="sev sev-${f.severity}">${e(severityText(f.severity, L))}</span></td><td>${code(f)}</td><td>${messageHtml(f.message)}</td><td>${this.loc(f.loc)}</td></tr>`).join('\n'));
  }

  /** Per firewall, its set commands; the preview adds a copy button (the exported file has no script). */
  configuration(): string {
    const L = this.lang;
    const blocks = this.doc.configuration.map((c, i) => {
      const copy = this.preview ? `<button class="copy" type="button" data-copy="config-${i + 1}" data-done="${escapeAttr(t(L, 'render.config.copied'))}">${e(t(L, 'render.config.copy'))}</button>` : '';
      return `<div class="config-block"><h3${this.line(c.line)}>${e(t(L, 'render.config.heading', { firewall: c.id ?? '?' }))}</h3>${copy}<pre class="config" id="config-${i + 1}"><code>${e(c.text)}</code></pre></div>`;
    }).join('\n');
    return `<section id="configuration"><h2>${e(t(L, 'render.h.configuration'))}</h2><p>${e(t(L, 'render.config.intro'))}</p>${blocks || `<p class="muted">${e(t(L, 'render.config.none'))}</p>`}</section>`;
  }

  sources(): string {
    const L = this.lang;
    const items = this.doc.sources.map((s) => {
      const href = safeHref(s.url);
      const url = href ? `<a href="${escapeAttr(href)}">${e(s.url)}</a>` : e(s.url);
      return `<li id="src-${s.n}" value="${s.n}">${e(s.title)}${s.date ? ` (${e(s.date)})` : ''}<br>${url}</li>`;
    }).join('\n');
    return `<section id="sources"><h2>${e(t(L, 'render.h.sources'))}</h2><ol class="sources">${items}</ol></section>`;
  }

  body(): string {
    const L = this.lang;
    return `${this.titleBlock()}\n${this.toc()}\n${this.licenses()}\n${this.timeline()}\n${this.sites()}\n${this.prereqs()}\n${this.configuration()}`
      + `\n<section id="findings"><h2>${e(t(L, 'render.h.findings'))}</h2>${this.findingsTable(this.doc.findings)}</section>`
      + '\n' + this.sources()
      + `\n<p class="muted">${e(t(L, 'render.footer'))}</p>`;
  }
}

export function renderHtml(doc: DocModel, lang: Lang, preview?: PreviewOptions, calendar?: DocCalendarOptions): HtmlParts {
  const w = new Writer(doc, lang, !!preview, calendar);
  const body = w.body();
  const nonce = preview ? ` nonce="${safeNonce(preview.nonce)}"` : '';
  const html = '<!DOCTYPE html>\n'
    + `<html lang="${lang}"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="${csp(preview)}">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${e(docTitle(doc, lang))}</title><style${nonce}>\n${CSS}\n</style></head>\n`
    + `<body${preview ? ' class="preview"' : ''}><main id="doc" class="doc">\n${body}\n</main>\n`
    + (preview ? `<script${nonce}>\n${PREVIEW_SCRIPT}\n</script>` : '')
    + '</body></html>\n';
  return { html, body };
}
