/**
 * The document's one stylesheet (inline, no external fonts or images). Always a light "paper"
 * page, also in a dark editor theme, because it is what the customer will get. The print rules
 * give A4 pages: each site and the closing sections start a page, nothing is split inside a
 * diagram, table row or checklist, and the screen-only parts (contents, preview hints) go away.
 */
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #ffffff; }
body { margin: 0; background: #ffffff; color: #111827; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif; }
main.doc { max-width: 1000px; margin: 0 auto; padding: 28px 32px 48px; }
h1 { font-size: 28px; line-height: 1.25; margin: 4px 0 12px; overflow-wrap: anywhere; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #e5e7eb; }
h3 { font-size: 18px; margin: 28px 0 10px; overflow-wrap: anywhere; }
h4 { font-size: 16px; margin: 0 0 6px; overflow-wrap: anywhere; }
p { margin: 6px 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.9em; background: #f3f4f6; border-radius: 3px; padding: 0 3px; overflow-wrap: anywhere; }
a { color: #1d4ed8; }
.kicker { letter-spacing: .04em; font-weight: 600; font-size: 12px; color: #4b5563; margin: 0; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 12px 0; }
.facts dt { color: #4b5563; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.status { display: inline-block; padding: 4px 10px; border-radius: 6px; font-weight: 600; }
.status.ok { background: #dcfce7; color: #166534; }
.status.bad { background: #fee2e2; color: #991b1b; }
nav.toc ol { columns: 2; margin: 6px 0; padding-left: 20px; }
.table-wrap { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { border: 1px solid #d1d5db; padding: 4px 7px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; font-weight: 600; overflow-wrap: normal; }
tbody tr:nth-child(even) td { background: #fafafa; }
.verdict-allowed { color: #166534; font-weight: 600; }
.verdict-blocked { color: #991b1b; font-weight: 600; }
.verdict-unknown { color: #92400e; font-weight: 600; }
/* Our own one-word labels never break inside a word; plan values in other cells still may. */
.verdict-allowed, .verdict-blocked, .verdict-unknown, .sev { overflow-wrap: normal; }
.neg { color: #991b1b; font-weight: 600; }
.st-met { color: #166534; font-weight: 600; white-space: nowrap; }
.st-warn { color: #92400e; font-weight: 600; white-space: nowrap; }
.st-unmet { color: #991b1b; font-weight: 600; white-space: nowrap; }
.sev { display: inline-block; min-width: 4.5em; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: 700; text-align: center; }
.sev-error { background: #fee2e2; color: #991b1b; }
.sev-warning { background: #fef3c7; color: #92400e; }
.sev-info, .sev-hint { background: #e0e7ff; color: #3730a3; }
article.segment { border: 1px solid #e5e7eb; border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
.pattern { color: #374151; margin: 0 0 8px; }
.conds { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.cond { border-radius: 12px; padding: 2px 12px; font-weight: 600; font-size: 13.5px; }
.cond.met { background: #dcfce7; color: #166534; }
.cond.warn { background: #fef3c7; color: #92400e; }
.cond.unmet { background: #fee2e2; color: #991b1b; }
.cond { background: #f3f4f6; color: #374151; } .cond.enforce { background: #e0e7ff; color: #3730a3; }
figure { margin: 10px 0; }
figure.diagram, figure.timeline { overflow-x: auto; }
figure svg { display: block; width: 100%; max-width: 800px; height: auto; }
figcaption { font-size: 12.5px; color: #4b5563; }
dl.paths { margin: 8px 0; }
dl.paths dt { font-weight: 600; margin-top: 6px; }
dl.paths dd { margin: 2px 0 0 18px; }
.chain { color: #374151; font-size: 13.5px; }
ul.checklist { list-style: none; padding-left: 0; margin: 6px 0 16px; }
ul.checklist li { padding: 3px 0 3px 28px; text-indent: -28px; }
ul.checklist .mark { display: inline-block; width: 28px; text-indent: 0; font-weight: 700; }
.ck-ok .mark { color: #166534; } .ck-todo .mark { color: #374151; } .ck-warn .mark { color: #92400e; }
.ck-fail .mark { color: #991b1b; } .ck-na { color: #6b7280; }
.prereq-block { margin-bottom: 10px; }
.config-block { position: relative; margin-bottom: 14px; }
pre.config { background: #f6f8fa; border: 1px solid #e5e7eb; border-radius: 4px; padding: 8px 10px; font-size: 12px; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.config code { background: none; padding: 0; font-size: inherit; overflow-wrap: normal; }
button.copy { position: absolute; right: 6px; top: 2px; font: inherit; font-size: 12px; padding: 2px 10px; border: 1px solid #9ca3af; border-radius: 4px; background: #fff; cursor: pointer; }
.muted { color: #6b7280; }
p.ics a { display: inline-block; padding: 4px 10px; border: 1px solid #1d4ed8; border-radius: 4px; font-weight: 600; text-decoration: none; }
.loc { font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; white-space: nowrap; }
.preview [data-line] { cursor: pointer; }
.preview .loc[data-line] { color: #1d4ed8; text-decoration: underline; }
.preview .loc[data-line]:focus { outline: 2px solid #1d4ed8; }
svg.topology, svg.timeline { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, "DejaVu Sans", sans-serif; }
svg text { fill: #1f2937; }
svg .s10 { font-size: 10px; } svg .s10_5 { font-size: 10.5px; } svg .s11 { font-size: 11px; } svg .s11_5 { font-size: 11.5px; }
svg .s12 { font-size: 12px; } svg .s12_5 { font-size: 12.5px; } svg .s13 { font-size: 13px; }
svg .b { font-weight: 700; } svg .am { text-anchor: middle; } svg .ae { text-anchor: end; }
svg .h { stroke: #ffffff; stroke-width: 4px; stroke-linejoin: round; paint-order: stroke; }
svg .ck { fill: #111827; } svg .cm { fill: #4b5563; } svg .ct { fill: #1d4ed8; } svg .ci { fill: #c2410c; }
svg .co { fill: #15803d; } svg .cw { fill: #b45309; } svg .cb { fill: #b91c1c; } svg .cd { fill: #92400e; }
svg polyline { fill: none; }
svg .et { stroke: #1d4ed8; stroke-width: 3px; } svg .ei { stroke: #c2410c; stroke-width: 5px; } svg .ec { stroke: #ffffff; stroke-width: 1.6px; }
svg .dz { stroke-dasharray: 9 6; }
ol.sources li { margin: 3px 0; overflow-wrap: anywhere; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main.doc { max-width: none; padding: 0; }
  nav.toc, .screen-only { display: none; }
  section.site, #prereqs, #configuration, #findings, #sources { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  article.segment, figure, tr, .prereq-block, ul.checklist li { break-inside: avoid; }
  article.segment { border: none; padding: 0; margin: 0 0 14pt; }
  figure.diagram, figure.timeline, .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  th, tbody tr:nth-child(even) td, code, .sev, .cond, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim().replace(/\n\s*/g, '\n');
