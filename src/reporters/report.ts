import type { Finding, Severity } from '../findings/finding.js';
import type { LineIndex } from '../text/line-index.js';

/** A finding as the JSON report carries it: with 1-based lines and UTF-16 columns. */
export interface ReportFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Identity across edits (src/findings/fingerprint.ts), when the cli computed it. */
  fingerprint?: string;
}

export interface ReportFile {
  path: string;
  findings: ReportFinding[];
}

/** The version-1 JSON report (`../shared/spec/report-json.md`); every reporter renders this. */
export interface Report {
  version: 1;
  tool: { name: 'tqc'; version: string };
  files: ReportFile[];
  summary: { files: number; findings: number } & Record<Severity, number>;
  /** Set by `check --shard i/n`: which part of a split run this is (`tqc merge-reports` joins them). */
  shard?: { index: number; count: number };
}

/** One checked file: its findings and the line index of its text. */
export interface CheckedFile {
  path: string;
  findings: readonly Finding[];
  lines: LineIndex;
}

export function locateFindings(findings: readonly Finding[], lines: LineIndex): ReportFinding[] {
  return findings.map((f) => {
    const from = lines.locate(f.start);
    const to = lines.locate(f.end);
    return { ...f, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
}

export function buildReport(files: readonly CheckedFile[], toolVersion: string): Report {
  const reportFiles = files.map((f) => ({ path: f.path, findings: locateFindings(f.findings, f.lines) }));
  return { version: 1, tool: { name: 'tqc', version: toolVersion }, files: reportFiles, summary: summarize(reportFiles) };
}

export function summarize(files: readonly ReportFile[]): Report['summary'] {
  const summary = { files: files.length, findings: 0, error: 0, warning: 0, info: 0 };
  for (const file of files) {
    for (const f of file.findings) {
      summary.findings++;
      summary[f.severity]++;
    }
  }
  return summary;
}
