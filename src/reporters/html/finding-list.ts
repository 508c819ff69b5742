import type { RuleMeta } from '../../rules/rule.js';
import { html, type Html } from './escape.js';
import type { ReviewFile, ReviewFinding } from './review-model.js';
import { wordDiffHtml } from './word-diff.js';

/** The side list of one file's findings: one card each, in the order of the text. */
export function findingListHtml(file: ReviewFile, rules: ReadonlyMap<string, RuleMeta>): Html {
  const perRule = countPerRule(file.findings);
  const cards = file.findings.map((x) => findingCard(file, x, rules.get(x.finding.ruleId), perRule.get(x.finding.ruleId) ?? 0));
  return html`<ol class="findings" aria-label="${`Findings in ${file.path}`}">${cards}</ol>`;
}

/** Findings with a suggestion, per rule in the whole file: for “accept all of this rule”. */
function countPerRule(findings: readonly ReviewFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of findings) if (x.edits.length > 0) counts.set(x.finding.ruleId, (counts.get(x.finding.ruleId) ?? 0) + 1);
  return counts;
}

function findingCard(file: ReviewFile, item: ReviewFinding, rule: RuleMeta | undefined, ruleCount: number): Html {
  const { finding: f, id } = item;
  const search = [f.message, f.text, f.ruleId, f.note ?? '', file.path].join(' ').toLowerCase();
  return html`<li class="finding sev-${f.severity}" id="card-${id}" tabindex="-1" data-id="${id}" data-severity="${f.severity}"
      data-category="${f.category}" data-rule="${f.ruleId}" data-search="${search}" aria-labelledby="msg-${id}">
    <p class="finding-head"><span class="badge sev-${f.severity}">${f.severity}</span> <span class="category">${f.category}</span>
      <button type="button" class="where" data-show="${id}" aria-label="${`${f.line}:${f.column}, line ${f.line} column ${f.column}: show in the text`}">${f.line}:${f.column}</button>
      <span class="state"></span></p>
    <p class="message" id="msg-${id}">${f.message}</p>
    ${item.edits.length > 0 ? suggestionsHtml(file, item, ruleCount) : html`<p class="no-fix">No suggestion: this one is for the editor to rewrite.</p>`}
    ${f.note && html`<p class="note"><span class="label">Note:</span> ${f.note}</p>`}
    ${ruleHelp(f.ruleId, rule)}
  </li>`;
}

function suggestionsHtml(file: ReviewFile, item: ReviewFinding, ruleCount: number): Html {
  const rows = item.edits.map(
    (edit, i) => html`<li class="suggestion"><span class="diff">${wordDiffHtml(file.text, edit)}</span>
      <button type="button" class="accept" data-id="${item.id}" data-suggestion="${i}" aria-pressed="false"
        aria-label="${acceptLabel(edit.replacement, item.finding.text)}">Accept</button></li>`,
  );
  const { ruleId, text } = item.finding;
  return html`<ul class="suggestions" aria-label="Suggestions">${rows}</ul>
    <p class="card-actions"><button type="button" class="reject" data-id="${item.id}" aria-pressed="false"
      aria-label="${`Reject the suggestion for “${text}”`}">Reject</button>
      ${ruleCount > 1 && html`<button type="button" class="accept-rule" data-rule="${ruleId}">Accept all ${ruleCount} of ${ruleId}</button>`}</p>`;
}

const acceptLabel = (replacement: string, text: string): string =>
  replacement === '' ? `Accept deleting “${text}”` : `Accept “${replacement}” for “${text}”`;

function ruleHelp(ruleId: string, rule: RuleMeta | undefined): Html {
  const rationale = rule ? html`<p>${rule.summary}</p><p>${rule.rationale}</p>` : html`<p>No description of this rule.</p>`;
  return html`<details class="rule-help"><summary>Why: <code>${ruleId}</code></summary>${rationale}</details>`;
}
