import type { CompiledGlossary } from '../glossary/compile.js';
import type { Finding } from '../findings/finding.js';
import { applyEdits } from '../fixes/apply.js';
import { editsOf, type FindingEdit } from '../fixes/from-findings.js';
import { checkArticle } from './check-article.js';
import type { CheckOptions, EnabledRule } from './run.js';

export interface FixOptions {
  /** Apply only the fixes rules declare safe (default true). */
  safeOnly?: boolean;
  /** Apply only findings for which this returns true (e.g. `--fix-category`). */
  accept?: (finding: Finding) => boolean;
  /** Passes before giving up (default 10). */
  maxPasses?: number;
  /** How each pass checks the text (`--report-unused-disables`). */
  check?: CheckOptions;
}

export interface FixResult {
  output: string;
  /** The findings whose fixes went in, over all passes. */
  fixed: Finding[];
  /** What a check of `output` finds. */
  remaining: Finding[];
  /** The edits applied in each pass, sorted, with offsets into the text that pass started from:
   *  what changed and where, for a report to show and the property tests to check. */
  passes: FindingEdit[][];
}

/**
 * Check → apply fixes → check again until nothing changes (ESLint's fix passes): a fix skipped
 * for overlapping another gets its turn in the next pass. Stops at the pass cap or on a text
 * seen before, so two rules undoing each other cannot loop.
 */
export function fixText(path: string, text: string, glossary: CompiledGlossary, rules: readonly EnabledRule[], options: FixOptions = {}): FixResult {
  const { safeOnly = true, accept = () => true, maxPasses = 10, check = {} } = options;
  const seen = new Set([text]);
  const fixed: Finding[] = [];
  const passes: FindingEdit[][] = [];
  let output = text;
  let findings = checkArticle(path, output, glossary, rules, check);
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = editsOf(findings.filter(accept), safeOnly);
    if (edits.length === 0) break;
    const result = applyEdits(output, edits);
    if (seen.has(result.output)) break;
    seen.add(result.output);
    output = result.output;
    fixed.push(...result.applied.map((e) => e.finding));
    passes.push(result.applied);
    findings = checkArticle(path, output, glossary, rules, check);
  }
  return { output, fixed, remaining: findings, passes };
}
