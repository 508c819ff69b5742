import type { Directive } from '../input/directives.js';
import type { LineIndex } from '../text/line-index.js';
import type { Finding } from './finding.js';

/** The id unused-directive findings are reported under; no rule file, so config cannot turn it off. */
export const UNUSED_DISABLE_ID = 'tqc/unused-disable';

/** Where one directive silences some rules: findings starting in [start, end). */
interface SilencedSpan {
  directive: Directive;
  /** Empty: every rule, but `except`. */
  rules: readonly string[];
  except: readonly string[];
  start: number;
  end: number;
}

export interface SuppressionResult {
  findings: Finding[];
  /** Each directive that silenced nothing, with the rules it named that had no finding there. */
  unused: Array<{ directive: Directive; rules: string[] }>;
}

/** Does a directive's rule name cover a rule id? A category folder covers its rules ("names"). */
const covers = (name: string, ruleId: string): boolean => name === ruleId || ruleId.startsWith(`${name}/`);

/**
 * Drops the findings the article's inline directives silence (a finding counts where it starts)
 * and tells which directives silenced nothing, as linters' users expect of disable comments.
 */
export function suppressFindings(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex): SuppressionResult {
  if (directives.length === 0) return { findings: [...findings], unused: [] };
  const spans = silencedSpans(directives, lines);
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  const kept = findings.filter((finding) => {
    const span = spans.find((s) => isSilencedBy(s, finding));
    if (span) used.get(span.directive)!.add(span.rules.find((r) => covers(r, finding.ruleId)) ?? '*');
    return !span;
  });
  const unused = directives.flatMap((directive) => {
    if (directive.kind === 'enable') return [];
    const hits = used.get(directive)!;
    const idle = directive.rules.length === 0 ? (hits.size === 0 ? ['*'] : []) : directive.rules.filter((r) => !hits.has(r));
    return idle.length === 0 ? [] : [{ directive, rules: idle.filter((r) => r !== '*') }];
  });
  return { findings: kept, unused };
}

function isSilencedBy(span: SilencedSpan, finding: Finding): boolean {
  if (finding.start < span.start || finding.start >= span.end) return false;
  if (span.rules.length > 0) return span.rules.some((r) => covers(r, finding.ruleId));
  return !span.except.some((r) => covers(r, finding.ruleId));
}

/** Turns directives, in file order, into the spans they silence; an open span ends at Infinity. */
function silencedSpans(directives: readonly Directive[], lines: LineIndex): SilencedSpan[] {
  const spans: SilencedSpan[] = [];
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const span = { directive: d, rules: d.rules, except: [] };
    // One open span per named rule, so `tqc-enable RULE` can end one of several.
    if (d.kind === 'disable') spans.push(...oneRuleEach(d.rules).map((rules) => ({ ...span, rules, start: d.end, end: Infinity })));
    else if (d.kind === 'disable-next-line') spans.push({ ...span, ...nextLine(d, lines) });
    else if (d.kind === 'disable-range' && d.range) spans.push({ ...span, ...d.range });
    else if (d.kind === 'enable') spans.push(...reenable(d, spans));
  }
  return spans;
}

const oneRuleEach = (rules: readonly string[]): string[][] => (rules.length === 0 ? [[]] : rules.map((r) => [r]));

/**
 * `tqc-enable` ends every open span; `tqc-enable RULE` ends the spans naming it, and a
 * disable-everything span goes on without it. Returns the spans that go on.
 */
function reenable(d: Directive, spans: SilencedSpan[]): SilencedSpan[] {
  const goOn: SilencedSpan[] = [];
  for (const s of spans.filter((x) => x.end === Infinity)) {
    if (d.rules.length > 0 && s.rules.length > 0 && !d.rules.includes(s.rules[0]!)) continue;
    s.end = d.start;
    if (s.rules.length === 0 && d.rules.length > 0) goOn.push({ ...s, except: [...s.except, ...d.rules], start: d.end, end: Infinity });
  }
  return goOn;
}

function nextLine(d: Directive, lines: LineIndex): { start: number; end: number } {
  const line = lines.locate(d.end).line + 1;
  const startOf = (n: number): number => (n <= lines.lineCount ? lines.lineStart(n) : lines.text.length);
  return { start: startOf(line), end: line + 1 <= lines.lineCount ? startOf(line + 1) : lines.text.length + 1 };
}

/** `--report-unused-disables`: a warning at each directive that silenced nothing. */
export function unusedDisableFindings(unused: SuppressionResult['unused'], source: string): Finding[] {
  return unused.map(({ directive, rules }) => ({
    ruleId: UNUSED_DISABLE_ID,
    category: 'other',
    severity: 'warning',
    message:
      rules.length === 0
        ? 'Unused tqc directive: no problem was reported here'
        : `Unused tqc directive: no problem was reported here from ${rules.map((r) => `‘${r}’`).join(', ')}`,
    start: directive.start,
    end: directive.end,
    text: source.slice(directive.start, directive.end),
    suggestions: [],
  }));
}
