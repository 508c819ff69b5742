import type { Severity } from '../findings/finding.js';
import type { RenderOptions } from './index.js';
import type { Report, ReportFinding } from './report.js';
import { repositoryPathOf } from './repository-path.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), then a summary line.
 */
export function renderGithub(report: Report, options: RenderOptions): string {
  const lines = report.files.flatMap((file) => {
    const path = repositoryPathOf(file.path, options);
    return file.findings.map((finding) => annotation(finding, path));
  });
  lines.push(summaryLine(report.summary));
  return `${lines.join('\n')}\n`;
}

/** A plain log line: not a command, so it shows in the job log and nowhere else. */
function summaryLine(summary: Report['summary']): string {
  const levels = (['error', 'warning', 'info'] as const).filter((s) => summary[s] > 0).map((s) => (s === 'info' ? `${summary[s]} info` : plural(summary[s], s)));
  const counts = levels.length > 0 ? ` (${levels.join(', ')})` : '';
  return `tqc: ${plural(summary.files, 'file')} checked, ${plural(summary.findings, 'finding')}${counts}`;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function annotation(finding: ReportFinding, path: string): string {
  const properties: Array<[string, string | number]> = [['file', path], ['line', finding.line]];
  // GitHub reads columns only on a one-line span, and its endColumn is the last column, inclusive.
  if (finding.endLine === finding.line) {
    properties.push(['col', finding.column], ['endLine', finding.endLine], ['endColumn', Math.max(finding.column, finding.endColumn - 1)]);
  } else {
    properties.push(['endLine', finding.endLine]);
  }
  properties.push(['title', finding.ruleId]);
  const fields = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[finding.severity]} ${fields}::${escapeData(messageOf(finding))}`;
}

function messageOf(finding: ReportFinding): string {
  const best = finding.suggestions[0];
  if (!best) return finding.message;
  return `${finding.message} → ${best.replacement === '' ? '(delete)' : best.replacement}`;
}

/** The message of a workflow command: `%`, CR and LF would end or corrupt it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the properties from each other and the message. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
