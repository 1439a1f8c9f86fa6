// The report's only style sheet, inlined in the page. Font stacks end with fonts that cover Arabic
// and Chinese on common systems, so titles in those scripts never show as empty boxes.

const FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Geeza Pro", Tahoma, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

/** The CSS of the report, for screen and print. */
export const PAGE_STYLE = `
:root { color: #1a1a1a; background: #ffffff; font-family: ${FONTS}; line-height: 1.45; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Traditional Arabic", Tahoma, ${FONTS}; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", ${FONTS}; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
:lang(ar) { line-height: 1.7; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #332288; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; }
.translations { margin: 0; padding: 0; list-style: none; color: #444444; }
nav ol { columns: 2; }
a { color: #1f4e99; }
table { border-collapse: collapse; margin: .75rem 0; font-size: .9rem; width: 100%; }
caption { text-align: start; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #c8c8c8; padding: .25rem .4rem; text-align: start; vertical-align: top; }
th { background: #f0f0f0; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
figure.chart { margin: 1rem 0; }
figcaption { margin-bottom: .4rem; }
svg { display: block; max-width: 100%; height: auto; font-size: 12px; direction: ltr; }
svg text { fill: #1a1a1a; }
svg text.tick { fill: #444444; font-size: 11px; }
svg text.group { font-weight: 700; }
svg text.cell { font-size: 11px; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; margin-inline-end: .3rem; vertical-align: -.1rem; border: 1px solid #555555; }
details summary { cursor: pointer; color: #1f4e99; }
@media not print { details.numbers:not([open]) + table { display: none; } }
.note, .muted, .fallback { color: #555555; }
.fallback { font-size: .85em; }
.caveat { border-inline-start: 4px solid #882255; background: #fbeff4; padding: .5rem .75rem; }
.flag { display: inline-block; border: 1px solid #882255; border-radius: 3px; padding: 0 .25rem; margin: 1px; font-size: .8rem; }
.severity-error { color: #8a1538; font-weight: 600; }
.severity-warning { color: #6b4a00; font-weight: 600; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  nav ol { columns: 1; }
  table { font-size: .8rem; }
  th, td { overflow-wrap: anywhere; padding: .2rem .25rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, details.numbers { display: none; }
  details.numbers + table { display: table; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
