import type { Finding } from '../findings/finding.js';
import type { Edit } from './apply.js';

/** A finding's edit for `--fix`: its first suggestion, over the suggestion's own span if it has one. */
export interface FindingEdit extends Edit {
  finding: Finding;
}

/** The edits of the findings' first suggestions; `safeOnly` keeps those their rules declare safe. */
export function editsOf(findings: readonly Finding[], safeOnly: boolean): FindingEdit[] {
  return findings.flatMap((finding) => {
    const best = finding.suggestions[0];
    if (!best || (safeOnly && !best.safe)) return [];
    return [{ start: best.start ?? finding.start, end: best.end ?? finding.end, replacement: best.replacement, finding }];
  });
}
