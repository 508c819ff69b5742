import type { InputProblem } from '../input/document.js';
import type { Finding } from './finding.js';

/** The id a file's own flaws are reported under, as linters report a parse error: no rule file. */
export const PARSE_ERROR_ID = 'tqc/parse-error';

/** What the parser could not read, as error findings: a broken file must not pass as clean. */
export function problemFindings(problems: readonly InputProblem[], source: string): Finding[] {
  return problems.map((p) => ({
    ruleId: PARSE_ERROR_ID,
    category: 'other',
    severity: 'error',
    message: p.message,
    start: p.start,
    end: p.end,
    text: source.slice(p.start, p.end),
    suggestions: [],
  }));
}
