import { SEVERITIES, type Category, type Severity } from '../../findings/finding.js';
import type { Report } from '../report.js';
import { html, type Html } from './escape.js';
import { worstFirst, type ReviewModel } from './review-model.js';

/** The opening of the report: totals, a chart of findings by category, the files worst first. */
export function summaryHtml(report: Report, model: ReviewModel): Html {
  const { summary } = report;
  return html`<section id="summary" class="summary" aria-labelledby="summary-title">
    <h2 id="summary-title">Summary</h2>
    <div class="summary-grid">
      <dl class="totals">
        <div><dt>files</dt><dd>${summary.files}</dd></div>
        <div><dt>findings</dt><dd>${summary.findings}</dd></div>
        ${SEVERITIES.map((s) => html`<div class="sev-${s}"><dt>${plural(s)}</dt><dd>${summary[s]}</dd></div>`)}
      </dl>
      ${categoryChart(model)}${filesTable(model)}
    </div>
  </section>`;
}

const plural = (severity: Severity): string => (severity === 'info' ? 'info' : `${severity}s`);

type Counts = Record<Severity, number>;

function countsByCategory(model: ReviewModel): Array<[Category, Counts]> {
  const counts = new Map<Category, Counts>();
  for (const file of model.files) {
    for (const { finding } of file.findings) {
      const row = counts.get(finding.category) ?? { error: 0, warning: 0, info: 0 };
      row[finding.severity]++;
      counts.set(finding.category, row);
    }
  }
  return [...counts].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1));
}

const total = (counts: Counts): number => counts.error + counts.warning + counts.info;

const CHART = { width: 340, label: 104, bar: 200, row: 24 } as const;

/** A bar per category, split by severity: inline SVG, with the numbers also as text for screen readers. */
function categoryChart(model: ReviewModel): Html {
  const rows = countsByCategory(model);
  if (rows.length === 0) return html`<p class="all-clear">No findings: nothing to review.</p>`;
  const most = Math.max(...rows.map(([, c]) => total(c)));
  const height = rows.length * CHART.row + 8;
  const description = rows.map(([category, c]) => `${category}: ${total(c)}`).join(', ');
  return html`<figure class="chart">
    <figcaption id="chart-title">Findings by category and severity</figcaption>
    <svg viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc">
      <desc id="chart-desc">${description}</desc>
      ${rows.map(([category, counts], i) => chartRow(category, counts, i * CHART.row + 4, CHART.bar / most))}
    </svg>
    <p class="legend" aria-hidden="true">${SEVERITIES.map((s) => html`<span class="key sev-${s}"></span>${s} `)}</p>
  </figure>`;
}

function chartRow(category: Category, counts: Counts, y: number, scale: number): Html {
  let x = CHART.label;
  const segments = SEVERITIES.filter((s) => counts[s] > 0).map((s) => {
    const width = counts[s] * scale;
    const segment = html`<rect class="bar sev-${s}" x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${CHART.row - 8}"><title>${`${category}: ${counts[s]} ${s}`}</title></rect>`;
    x += width;
    return segment;
  });
  const middle = y + (CHART.row - 8) / 2 + 4;
  return html`<text class="axis" x="${CHART.label - 8}" y="${middle}" text-anchor="end">${category}</text>${segments}<text class="count" x="${(x + 6).toFixed(1)}" y="${middle}">${total(counts)}</text>`;
}

function filesTable(model: ReviewModel): Html {
  const rows = worstFirst(model.files).map((file) => {
    const count = (s: Severity): number => file.findings.filter((x) => x.finding.severity === s).length;
    return html`<tr><th scope="row"><a href="#${file.anchor}">${file.path}</a></th>${SEVERITIES.map((s) => html`<td class="num by-severity">${count(s)}</td>`)}<td class="num">${file.findings.length}</td></tr>`;
  });
  return html`<table class="files">
    <caption>Files, worst first</caption>
    <thead><tr><th scope="col">file</th>${SEVERITIES.map((s) => html`<th scope="col" class="num by-severity">${plural(s)}</th>`)}<th scope="col" class="num">all</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>`;
}
