/**
 * The document as Markdown (CommonMark + GitHub tables). Diagrams become their words: each path as
 * a sentence and a chain of hops, each condition met or not. Plan strings are escaped so that no
 * renderer turns them into links, images or HTML (escape.ts); names in messages become code spans.
 */
import { t, type Lang } from './catalog';
import {
  docTitle, FINDINGS_HEAD, LICENSE_HEAD, licenseCells, OVERVIEW_HEAD, overviewCells, pathTexts, patternTitle, prereqHeading,
  prereqLines, prereqServes, segmentHeading, severityText, siteHeading, stateText, statusLine, timelineFacts, titleFacts,
} from './content';
import { clean, escapeMd, mdCode, messageMd } from './escape';
import { CSV_ROWS_SHOWN, type DocModel, type FindingRow, type SegmentDoc } from './model';
import { receivesCopyDoc } from './prereqs-copy';

const m = (s: string): string => escapeMd(s).trim();

function table(lang: Lang, head: string[], rows: string[][]): string[] {
  return [
    `| ${head.map((k) => m(t(lang, k))).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
  ];
}

const where = (f: FindingRow): string => mdCode(`${f.loc.file}:${f.loc.line + 1}`);

function segment(doc: DocModel, seg: SegmentDoc, lang: Lang): string[] {
  const out: string[] = [`#### ${m(segmentHeading(seg, lang))}`, '', m(patternTitle(seg, lang)), ''];
  const p = pathTexts(seg, doc, lang);
  const path = (label: string, state: SegmentDoc['identityState'], x: { intro: string; chain: string[] }): void => {
    out.push(`- **${m(label)}** — ${m(stateText(state, lang))}`);
    out.push(`  ${m(x.intro)}`);
    if (x.chain.length) out.push(`  ${x.chain.map(m).join(' → ')}`);
  };
  path(t(lang, 'render.cond.identity'), seg.identityState, p.identity);
  path(t(lang, 'render.cond.traffic'), seg.trafficState, p.traffic);
  const onCopy = seg.traffic?.method === 'mirror' || receivesCopyDoc(seg.traffic?.iface);
  out.push(`- ${m(t(lang, seg.enforce && onCopy ? 'render.dia.enforce-on-copy' : seg.enforce ? 'render.dia.enforces' : 'render.dia.visibility-only'))}`, '');
  if (seg.findings.length) {
    out.push(`**${m(t(lang, 'render.seg.findings'))}**`, '');
    for (const f of seg.findings) out.push(`- ${m(severityText(f.severity, lang))} ${mdCode(f.code)}: ${messageMd(f.message)} (${where(f)})`);
    out.push('');
  }
  const c = seg.csv;
  if (c) {
    if (c.unreadable) out.push(m(t(lang, 'render.csv.unreadable', { path: c.path })), '');
    else {
      out.push(`**${m(t(lang, 'render.csv.heading', { path: c.path, count: c.total }))}**`, '');
      if (c.devices.length) {
        out.push(...table(lang, ['render.csv.ip', 'render.csv.mac', 'render.csv.vendor', 'render.csv.model'],
          c.devices.map((d) => [m(d.ip), m(d.mac ?? ''), m(d.vendor ?? ''), m(d.model ?? '')])), '');
      }
      if (c.total > CSV_ROWS_SHOWN) out.push(m(t(lang, 'render.csv.more', { count: c.total - CSV_ROWS_SHOWN })), '');
    }
  }
  return out;
}

export function renderMarkdown(doc: DocModel, lang: Lang): string {
  const out: string[] = [];
  out.push(`# ${m(docTitle(doc, lang))}`, '', `*${m(t(lang, 'render.kicker'))}*`, '');
  for (const [k, v] of titleFacts(doc, lang)) out.push(`- **${m(k)}:** ${m(v)}`);
  out.push('', `**${m(statusLine(doc, lang))}**`, '');

  out.push(`## ${m(t(lang, 'render.h.licenses'))}`, '', m(t(lang, 'render.lic.intro', { reading: doc.readingTitle })), '');
  if (doc.licenses.length) out.push(...table(lang, LICENSE_HEAD, doc.licenses.map((r) => licenseCells(r, lang).map(m))), '');
  else out.push(m(t(lang, 'render.lic.none')), '');

  out.push(`## ${m(t(lang, 'render.h.timeline'))}`, '');
  const facts = timelineFacts(doc, lang);
  if (facts.length) out.push(...facts.map((f) => `- ${m(f)}`), '');
  else out.push(m(t(lang, 'render.tl.no-dates')), '');

  out.push(`## ${m(t(lang, 'render.h.sites'))}`, '', m(t(lang, 'render.sites.intro')), '');
  if (!doc.sites.length) out.push(m(t(lang, 'render.site.none')), '');
  for (const site of doc.sites) {
    out.push(`### ${m(siteHeading(site, lang))}`, '');
    if (!site.segments.length) { out.push(m(t(lang, 'render.site.no-segments')), ''); continue; }
    out.push(...table(lang, OVERVIEW_HEAD, site.segments.map((s) => overviewCells(s, lang).map(m))), '');
    for (const seg of site.segments) out.push(...segment(doc, seg, lang));
  }

  out.push(`## ${m(t(lang, 'render.h.prereqs'))}`, '', m(t(lang, 'render.prereq.intro')), '');
  for (const b of doc.prereqs) {
    out.push(`### ${m(prereqHeading(b, lang))}`, '', `*${m(prereqServes(b, lang))}*`, '');
    for (const l of prereqLines(b, lang)) {
      const box = l.status === 'ok' ? '[x]' : l.status === 'na' ? '[x]' : '[ ]';
      const tag = l.status === 'fail' || l.status === 'warn' || l.status === 'na' ? ` *(${m(t(lang, `render.ck.${l.status}`))})*` : '';
      out.push(`- ${box} **${m(l.label)}**${tag} — ${m(l.detail)} \\[${l.source}\\]`);
    }
    out.push('');
  }

  out.push(`## ${m(t(lang, 'render.h.configuration'))}`, '', m(t(lang, 'render.config.intro')), '');
  if (!doc.configuration.length) out.push(m(t(lang, 'render.config.none')), '');
  for (const c of doc.configuration) {
    // A fence longer than any run of backticks in the text: the commands stay one literal block.
    // Plan strings inside the commands (ids, zones) lose their control and bidirectional characters.
    const text = c.text.replace(/\n$/, '').split('\n').map(clean).join('\n');
    const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((x) => x[0].length + 1)));
    out.push(`### ${m(t(lang, 'render.config.heading', { firewall: c.id ?? '?' }))}`, '', `${fence}text`, text, fence, '');
  }

  out.push(`## ${m(t(lang, 'render.h.findings'))}`, '');
  if (doc.findings.length) {
    out.push(...table(lang, FINDINGS_HEAD, doc.findings.map((f) => [m(severityText(f.severity, lang)), m(f.code), messageMd(f.message, true), m(`${f.loc.file}:${f.loc.line + 1}`)])), '');
  } else out.push(m(t(lang, 'render.find.none')), '');

  out.push(`## ${m(t(lang, 'render.h.sources'))}`, '');
  for (const s of doc.sources) out.push(`${s.n}. ${m(s.title)}${s.date ? ` (${m(s.date)})` : ''} — <${s.url}>`);
  out.push('', `*${m(t(lang, 'render.footer'))}*`, '');
  return out.join('\n');
}
