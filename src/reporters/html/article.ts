import { html, type Html } from './escape.js';
import { worstSeverity, type ReviewFinding } from './review-model.js';

/**
 * The article as it reads, each finding highlighted in place. Findings may overlap, so the text
 * is cut at every finding's start and end and each piece is one `<mark>` naming all the findings
 * that cover it (`data-findings`), coloured by the most serious of them. A finding of no width
 * (an insertion point) is an empty mark the stylesheet draws as a caret.
 */
export function articleHtml(text: string, findings: readonly ReviewFinding[]): Html {
  const spans = findings.filter((x) => x.finding.end <= text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((x) => [x.finding.start, x.finding.end])])].sort((a, b) => a - b);
  const pieces: Html[] = [];
  for (const [i, at] of cuts.entries()) {
    pieces.push(markOf(spans.filter((x) => x.finding.start === at && x.finding.end === at), ''));
    const next = cuts[i + 1];
    if (next === undefined) break;
    const covering = spans.filter((x) => x.finding.start <= at && x.finding.end >= next && x.finding.start < x.finding.end);
    pieces.push(markOf(covering, text.slice(at, next)));
  }
  return html`${pieces}`;
}

function markOf(covering: readonly ReviewFinding[], text: string): Html {
  if (covering.length === 0) return html`${text}`;
  const severity = worstSeverity(covering.map((x) => x.finding));
  const ids = covering.map((x) => x.id).join(' ');
  const title = covering.map((x) => `${x.finding.severity}: ${x.finding.message}`).join('\n');
  return html`<mark class="hl sev-${severity}${text === '' ? ' insertion' : ''}" data-findings="${ids}" title="${title}" tabindex="-1">${text}</mark>`;
}
