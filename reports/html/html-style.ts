/** The report's stylesheet: system fonts only, print-friendly, colours with at least 4.5:1 contrast for text. */
export const REPORT_CSS = `
:root {
  color-scheme: light;
  --fg: #1f2328; --muted: #57606a; --line: #d8dee4; --soft: #f6f8fa; --accent: #0b5cad;
  --sensitive: #a4161a; --sensitive-bg: #fdecec; --personal: #7a4b00; --personal-bg: #fff3d1;
  --ok: #1a7f37; --ok-bg: #e6f4ea; --warn: #7a4b00; --warn-bg: #fff3d1; --bad: #a4161a; --bad-bg: #fdecec;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body {
  margin: 0; color: var(--fg); background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Zen Hei", sans-serif;
}
.page { max-width: 1320px; margin: 0 auto; padding: 20px 24px 48px; }
header.top { border-bottom: 1px solid var(--line); padding-bottom: 12px; }
h1 { font-size: 22px; margin: 0 0 2px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-top: 4px; border-top: 3px solid var(--accent); }
h3 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 6px 0; }
.muted, .sub { color: var(--muted); }
.sub { margin: 0 0 10px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
.zh { color: var(--muted); margin-left: 4px; }
.small { font-size: 12px; }
a { color: var(--accent); }
nav.toc { margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; }
.settings { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 8px 0; font-size: 13px; }
.settings dt { display: inline; color: var(--muted); }
.settings dd { display: inline; margin: 0 0 0 4px; font-weight: 600; }
.alert { border: 1px solid #e8b4b4; background: var(--bad-bg); color: #6e1013; padding: 8px 12px; border-radius: 6px; margin: 12px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; margin: 12px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; background: #fff; }
.card h3 { margin: 0; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.card .big { font-size: 26px; font-weight: 700; line-height: 1.2; margin: 2px 0; font-variant-numeric: tabular-nums; }
.card .big.alarm { color: var(--sensitive); }
.card p { margin: 0; font-size: 12.5px; color: var(--muted); }
.card .bad { color: var(--bad); }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
caption { text-align: left; padding: 6px 8px 2px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); position: sticky; top: 0; z-index: 1; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr:hover { background: #f1f6fc; }
tr:last-child > td { border-bottom: 0; }
td.mono, td .mono, td code { overflow-wrap: anywhere; }
td a.mono { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: #eef3f8; font-size: 13px; }
tr.problem td { background: #fff8f8; }
th .sort { all: unset; cursor: pointer; display: inline-flex; gap: 4px; align-items: center; }
th .sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th .sort::after { content: "\\2195"; color: #8c959f; font-size: 11px; }
th[aria-sort="ascending"] .sort::after { content: "\\25B2"; color: var(--accent); }
th[aria-sort="descending"] .sort::after { content: "\\25BC"; color: var(--accent); }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.b-sensitive { color: var(--sensitive); background: var(--sensitive-bg); border-color: #f0c2c2; }
.b-personal { color: var(--personal); background: var(--personal-bg); border-color: #efd9a0; }
.b-none, .b-info, .b-low-conf, .b-skipped { color: #3d4650; background: #eef0f2; }
.b-high-conf, .b-ok, .b-scanned { color: var(--ok); background: var(--ok-bg); }
.b-medium-conf { color: #0b4f8a; background: #e6f0fb; }
.b-critical { color: #fff; background: #6e0b14; }
.b-high { color: #fff; background: #b42318; }
.b-medium { color: #7a4b00; background: #fff0c2; border-color: #efd9a0; }
.b-low { color: #0b4f8a; background: #e6f0fb; }
.b-partial { color: var(--warn); background: var(--warn-bg); }
.b-failed { color: var(--bad); background: var(--bad-bg); }
.b-delete { color: #fff; background: #b42318; }
.b-anonymize { color: #fff; background: #8a5a00; }
.b-child { color: #5b2a86; background: #f1e8fb; }
.tag { display: inline-block; font-size: 11.5px; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; margin: 1px 2px 1px 0; }
.field { font-weight: 600; }
.comment { display: block; color: var(--muted); font-size: 12px; }
.examples { color: #3d4650; }
.examples span { display: block; max-width: 220px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.nowrap { white-space: nowrap; }
details.why summary { cursor: pointer; color: var(--accent); white-space: nowrap; }
details.why ul { margin: 4px 0 0; padding-left: 0; list-style: none; min-width: 260px; }
details.why li { margin: 1px 0; display: grid; grid-template-columns: 46px 1fr; }
.w { font-variant-numeric: tabular-nums; color: var(--muted); }
.w.neg { color: var(--sensitive); }
.where { max-width: 520px; }
.where code { display: inline-block; margin: 0 4px 2px 0; padding: 0 4px; background: var(--soft); border: 1px solid #e6eaef; border-radius: 3px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 8px 0 10px; padding: 10px 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 8px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters input, .filters select, .filters button { font: inherit; font-size: 13px; padding: 4px 6px; border: 1px solid #afb8c1; border-radius: 6px; background: #fff; color: var(--fg); }
.filters input[type="search"] { width: 240px; }
.filters select { max-width: 260px; }
.filters button { cursor: pointer; }
.filters output { font-size: 13px; color: var(--muted); margin-left: auto; align-self: center; }
.empty { padding: 12px; color: var(--muted); }
.chart { max-width: 900px; margin: 8px 0 12px; }
.chart text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; fill: var(--fg); }
.chart .value { fill: var(--muted); }
.legend { display: flex; gap: 14px; font-size: 12.5px; color: var(--muted); margin: 0 0 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.sw-delete { background: #b42318; } .sw-anonymize { background: #8a5a00; } .sw-held { background: #8c959f; }
.rec { color: var(--muted); font-size: 12.5px; display: block; margin-top: 2px; }
dl.evidence { margin: 0; display: grid; grid-template-columns: max-content max-content; gap: 0 8px; font-size: 12px; }
dl.evidence dt { color: var(--muted); }
dl.evidence dd { margin: 0; font-variant-numeric: tabular-nums; }
footer { margin-top: 32px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media print {
  .filters, nav.toc { display: none !important; }
  .scroll { overflow: visible; border: 0; }
  thead th { position: static; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}
`
