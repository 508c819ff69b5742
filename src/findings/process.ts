import type { Finding } from './finding.js';

/** The same rule flagging the same span twice says nothing new: keep the first. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The report's order: by start, then the longer span, then rule id, so output is deterministic. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || b.end - a.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The steps every document's findings pass through after the rules, in order. */
export function processFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings(dedupeFindings(findings));
}
