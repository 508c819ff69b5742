/**
 * The report's stylesheet. Text colours pass WCAG AA (4.5:1) on their backgrounds; severity is
 * never told by colour alone (badges name it, highlights are underlined); phones get one column;
 * print drops the controls and keeps the highlights.
 */
export const STYLE = `
:root {
  --ink: #101828; --muted: #475467; --line: #d0d5dd; --page: #f2f4f7; --card: #fff; --focus: #1d4ed8;
  --error: #b42318; --error-bg: #fee4e2; --error-mark: #d92d20;
  --warning: #93370d; --warning-bg: #fef0c7; --warning-mark: #dc6803;
  --info: #1849a9; --info-bg: #d1e9ff; --info-mark: #1570ef;
  --ok: #067647; --ok-bg: #dcfae6; --ok-mark: #079455;
  --topbar: 3.75rem;
}
* { box-sizing: border-box; }
html { scroll-padding-top: calc(var(--topbar) + 1rem); }
body { margin: 0; background: var(--page); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body:not(.scripted) .needs-script { display: none; }
h1, h2 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.2rem; }
code, kbd { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .875em; }
kbd { border: 1px solid #98a2b3; border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; background: #fff; color: var(--ink); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip-link { position: absolute; left: 1rem; top: -3rem; z-index: 10; background: var(--card); padding: .5rem 1rem; border-radius: 6px; }
.skip-link:focus { top: .5rem; }
button { font: inherit; font-size: .875rem; min-height: 2.25rem; padding: .25rem .75rem; border: 1px solid #98a2b3; border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; }
button:hover { background: #f9fafb; border-color: var(--muted); }

.topbar { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; min-height: var(--topbar);
  padding: .5rem max(1rem, calc((100vw - 1440px) / 2)); background: #101828; color: #fff; }
.topbar h1 { font-size: 1.1rem; letter-spacing: .02em; }
.progress { display: flex; align-items: center; gap: .5rem; font-size: .9rem; }
.progress progress { width: 10rem; height: .75rem; accent-color: #47cd89; }
.actions { display: flex; gap: .5rem; }
.keys { margin: 0 0 0 auto; font-size: .8rem; color: #d0d5dd; }
.keys kbd { margin-left: .3em; }

main { max-width: 1440px; margin: 0 auto; padding: 1rem; }
.summary, .filters, .file { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
.summary h2 { margin-bottom: .75rem; }
.totals { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: .6rem; margin: 0; width: 21rem; }
.totals div { grid-column: span 2; padding: .35rem .7rem; border-radius: 8px; background: var(--page); border-left: 4px solid #98a2b3; }
.totals dt { overflow-wrap: anywhere; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.totals div:nth-child(-n+2) { grid-column: span 3; }
.totals dd { margin: 0; font-size: 1.4rem; font-weight: 650; }
.totals .sev-error { border-color: var(--error-mark); } .totals .sev-warning { border-color: var(--warning-mark); } .totals .sev-info { border-color: var(--info-mark); }
.summary-grid { display: grid; grid-template-columns: auto minmax(0, 1fr) minmax(0, 1.2fr); gap: 2rem; align-items: start; }
.chart { margin: 0; }
.chart figcaption, .files caption { font-weight: 600; text-align: left; margin-bottom: .5rem; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart .axis, .chart .count { font-size: 13px; fill: var(--muted); }
.bar.sev-error, .key.sev-error { fill: var(--error-mark); background: var(--error-mark); }
.bar.sev-warning, .key.sev-warning { fill: var(--warning-mark); background: var(--warning-mark); }
.bar.sev-info, .key.sev-info { fill: var(--info-mark); background: var(--info-mark); }
.legend { font-size: .85rem; color: var(--muted); margin: .25rem 0 0; }
.key { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin: 0 .3rem 0 .6rem; vertical-align: -1px; }
.files { width: 100%; border-collapse: collapse; font-size: .9rem; }
.files th, .files td { padding: .35rem .5rem; border-bottom: 1px solid #eaecf0; text-align: left; }
.files .num { text-align: right; font-variant-numeric: tabular-nums; }
.files a { color: var(--focus); overflow-wrap: anywhere; }

.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; align-items: center; }
.filters legend { float: left; margin-right: .5rem; font-weight: 600; }
.filters label { font-size: .9rem; white-space: nowrap; }
.filters select { max-width: 14rem; }
.filters select, .filters input[type=search] { font: inherit; font-size: .9rem; min-height: 2.25rem; padding: .2rem .5rem; border: 1px solid #98a2b3; border-radius: 6px; margin-left: .3rem; background: #fff; color: var(--ink); }
.filters input[type=checkbox] { width: 1.1rem; height: 1.1rem; vertical-align: -3px; accent-color: var(--focus); }
.shown { margin: 0 0 0 auto; color: var(--muted); font-size: .9rem; }

.file-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; padding-bottom: .75rem; border-bottom: 1px solid #eaecf0; margin-bottom: 1rem; }
.file-head h2 { overflow-wrap: anywhere; }
.file-count { margin: 0; color: var(--muted); }
.file-actions { margin: 0 0 0 auto; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.overlaps { color: var(--warning); font-size: .85rem; }
.file-body { display: grid; grid-template-columns: minmax(0, 44rem) minmax(22rem, 1fr); gap: 1.5rem; align-items: start; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.0625rem/1.8 Georgia, "Times New Roman", serif; }
.clean summary { cursor: pointer; color: var(--muted); }

mark.hl { color: inherit; border-radius: 2px; padding: 0 1px; border-bottom: 2px solid; cursor: pointer; }
mark.hl.sev-error { background: var(--error-bg); border-color: var(--error-mark); }
mark.hl.sev-warning { background: var(--warning-bg); border-color: var(--warning-mark); }
mark.hl.sev-info { background: var(--info-bg); border-color: var(--info-mark); }
mark.hl[data-decision=accepted] { background: var(--ok-bg); border-color: var(--ok-mark); }
mark.hl[data-decision=rejected] { background: transparent; border-bottom: 2px dotted #98a2b3; }
mark.hl.muted { background: transparent; border-color: transparent; cursor: auto; }
mark.hl.current { outline: 2px solid var(--focus); outline-offset: 1px; }
mark.insertion::before { content: "‸"; font-weight: 700; }

.side { position: sticky; top: calc(var(--topbar) + .75rem); max-height: calc(100vh - var(--topbar) - 1.5rem); overflow-y: auto; padding: 2px 4px 2px 2px; }
.findings, .suggestions { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid; border-radius: 8px; padding: .6rem .75rem; margin-bottom: .6rem; background: var(--card); font-size: .9rem; }
.finding.sev-error { border-left-color: var(--error-mark); } .finding.sev-warning { border-left-color: var(--warning-mark); } .finding.sev-info { border-left-color: var(--info-mark); }
.finding[aria-current] { box-shadow: 0 0 0 2px var(--focus); }
.finding[data-decision=accepted] { background: #f6fef9; }
.finding[data-decision=rejected] { background: var(--page); }
.finding p { margin: .3rem 0; overflow-wrap: anywhere; }
.finding-head { display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: center; }
.badge { font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; padding: .05rem .4rem; border-radius: 4px; }
.badge.sev-error { color: var(--error); background: var(--error-bg); } .badge.sev-warning { color: var(--warning); background: var(--warning-bg); } .badge.sev-info { color: var(--info); background: var(--info-bg); }
.category { color: var(--muted); }
.where { min-height: 0; padding: 0 .2rem; border: 0; background: none; color: var(--focus); text-decoration: underline; font-size: .85rem; }
.state { margin-left: auto; font-weight: 600; }
[data-decision=accepted] .state { color: var(--ok); } [data-decision=rejected] .state { color: var(--muted); }
.suggestion { display: flex; gap: .5rem; align-items: center; justify-content: space-between; padding: .35rem .5rem; margin: .3rem 0; background: var(--page); border-radius: 6px; }
.diff { overflow-wrap: anywhere; }
del { background: var(--error-bg); color: #912018; }
ins { background: var(--ok-bg); color: #054f31; text-decoration: underline; }
.accept[aria-pressed=true] { background: var(--ok); border-color: var(--ok); color: #fff; }
.reject[aria-pressed=true] { background: var(--muted); border-color: var(--muted); color: #fff; }
.card-actions { display: flex; flex-wrap: wrap; gap: .5rem; }
del + ins { margin-left: 2px; }
.note { color: var(--muted); }
.label { font-weight: 600; }
.no-fix { color: var(--muted); font-style: italic; }
.rule-help summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.rule-help p { color: var(--muted); }

@media (max-width: 1200px) {
  .summary-grid { grid-template-columns: auto minmax(0, 1fr); }
  .summary-grid .files { grid-column: 1 / -1; }
}
@media (max-width: 900px) {
  .summary-grid, .file-body { grid-template-columns: minmax(0, 1fr); }
  .totals { width: auto; }
  .side { position: static; max-height: none; overflow: visible; }
  .keys { display: none; }
  .topbar { position: static; }
  html { scroll-padding-top: 1rem; }
  .shown { margin-left: 0; }
}
@media (max-width: 600px) {
  .files .by-severity { display: none; }
  .filters fieldset { flex-wrap: wrap; }
  .filters label { white-space: normal; }
  .filters fieldset, .filters > * { min-width: 0; max-width: 100%; }
  .filters input[type=search] { max-width: 100%; }
  .filters select { max-width: 100%; }
  .totals { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .totals div, .totals div:nth-child(-n+2) { grid-column: span 1; }
  main { padding: .5rem; }
  .summary, .filters, .file { padding: .75rem; }
}
@media print {
  body { background: #fff; }
  .topbar, .needs-script, .skip-link, .card-actions, .suggestion button, .where { display: none !important; }
  .summary, .file { border: 0; padding: 0; }
  .file { break-before: page; }
  .file-body { display: block; }
  .side { position: static; max-height: none; overflow: visible; margin-top: 1rem; }
  .finding { break-inside: avoid; }
  mark.hl, .badge, del, ins { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
