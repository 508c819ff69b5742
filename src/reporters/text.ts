import type { Severity } from '../findings/finding.js';
import type { Report, ReportFinding } from './report.js';

export interface TextOptions {
  color: boolean;
  /** The text of each file, to show the offending line. */
  sources: ReadonlyMap<string, string>;
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'mark', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  mark: [4, 24],
};

type Paint = (style: keyof typeof COLORS, text: string) => string;

/**
 * For people: grouped by file, `line:column  severity  message  rule-id`, the offending line with
 * the span marked, the suggestion as `→ replacement`, and a summary line.
 */
export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = options.color ? (style, text) => `\u001b[${COLORS[style][0]}m${text}\u001b[${COLORS[style][1]}m` : (_s, t) => t;
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(paint('bold', file.path));
    const lines = (options.sources.get(file.path) ?? '').split(/\r\n|\r|\n/);
    for (const f of file.findings) out.push(...renderFinding(f, lines, paint));
    out.push('');
  }
  out.push(summaryLine(report, paint));
  return `${out.join('\n')}\n`;
}

function renderFinding(f: ReportFinding, lines: string[], paint: Paint): string[] {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const rows = [`  ${paint('dim', where)}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', f.ruleId)}`];
  const line = lines[f.line - 1];
  if (line !== undefined) rows.push(...excerpt(line, f, paint));
  const best = f.suggestions[0];
  if (best) rows.push(`            → ${best.replacement === '' ? paint('dim', '(delete)') : best.replacement}`);
  if (f.note) rows.push(`            ${paint('dim', `note: ${f.note}`)}`);
  return rows;
}

/** The line, shortened around the span when long, with the span underlined by carets. */
function excerpt(line: string, f: ReportFinding, paint: Paint): string[] {
  const from = f.column - 1;
  const to = f.endLine === f.line ? Math.max(from + 1, f.endColumn - 1) : line.length;
  const windowStart = Math.max(0, from - 50);
  const windowEnd = Math.min(line.length, Math.max(to, from + 1) + 50);
  const prefix = windowStart > 0 ? '…' : '';
  const suffix = windowEnd < line.length ? '…' : '';
  const visible = line.slice(windowStart, windowEnd).replace(/\t/g, ' ');
  const caretAt = prefix.length + from - windowStart;
  const caretCount = Math.max(1, Math.min(to, windowEnd) - from);
  return [
    `            ${prefix}${visible}${suffix}`,
    `            ${' '.repeat(caretAt)}${paint(f.severity, '^'.repeat(caretCount))}`,
  ];
}

function summaryLine(report: Report, paint: Paint): string {
  const { summary } = report;
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'} checked`;
  if (summary.findings === 0) return `${files}: no problems found`;
  const counts = (['error', 'warning', 'info'] as const)
    .filter((s) => summary[s] > 0)
    .map((s) => paint(s, `${summary[s]} ${s}${summary[s] === 1 ? '' : 's'}`));
  const fixable = report.files.reduce((n, f) => n + f.findings.filter((x) => x.suggestions.length > 0).length, 0);
  return `${files}: ${summary.findings} problem${summary.findings === 1 ? '' : 's'} (${counts.join(', ')}), ${fixable} with a suggested fix`;
}
