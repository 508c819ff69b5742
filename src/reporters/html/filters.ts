import { SEVERITIES } from '../../findings/finding.js';
import { html, type Html } from './escape.js';
import type { ReviewModel } from './review-model.js';

/** The filter bar: severity, category, rule, decision and a text search. The page script applies them. */
export function filtersHtml(model: ReviewModel): Html {
  const findings = model.files.flatMap((f) => f.findings.map((x) => x.finding));
  const categories = [...new Set(findings.map((f) => f.category))].sort();
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort();
  return html`<form id="filters" class="filters" role="search" aria-label="Filter findings">
    <fieldset class="severities"><legend>Severity</legend>
      ${SEVERITIES.map((s) => html`<label class="sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`)}
    </fieldset>
    ${selectHtml('category', 'Category', 'all categories', categories)}
    ${selectHtml('rule', 'Rule', 'all rules', rules)}
    ${selectHtml('decision', 'Decision', 'any', ['undecided', 'accepted', 'rejected'])}
    <label class="search">Search <input type="search" name="search" placeholder="text, message, rule"></label>
    <p class="shown" id="shown" aria-live="polite"></p>
  </form>`;
}

function selectHtml(name: string, label: string, all: string, options: readonly string[]): Html {
  return html`<label>${label} <select name="${name}"><option value="">${all}</option>${options.map((o) => html`<option>${o}</option>`)}</select></label>`;
}
