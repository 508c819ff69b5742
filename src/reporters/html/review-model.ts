import { SEVERITIES, severityRank } from '../../findings/finding.js';
import type { Edit } from '../../fixes/apply.js';
import { contentHash } from '../../fixes/decisions.js';
import type { RuleMeta } from '../../rules/rule.js';
import type { RenderOptions } from '../index.js';
import type { Report, ReportFinding } from '../report.js';

/** A finding with what the page needs to decide on it: an id and the edit of each suggestion. */
export interface ReviewFinding {
  /** `FILE.FINDING` indexes: unique in the report, the key of its decision. */
  id: string;
  finding: ReportFinding;
  edits: Edit[];
}

export interface ReviewFile {
  index: number;
  /** The id of the file's section on the page. */
  anchor: string;
  path: string;
  text: string;
  sha256: string;
  findings: ReviewFinding[];
}

/** The report as the page shows it: files with their text and hash, rules by id, and an id. */
export interface ReviewModel {
  /** Identifies the report by its files' content and findings: decisions are stored under it. */
  id: string;
  toolVersion: string;
  files: ReviewFile[];
  rules: ReadonlyMap<string, RuleMeta>;
  /** Findings with a suggestion, the ones a reviewer decides on. */
  decidable: number;
}

export function reviewModel(report: Report, options: RenderOptions): ReviewModel {
  const files = report.files.map((file, fileIndex): ReviewFile => {
    const text = options.sources.get(file.path) ?? '';
    const findings = file.findings.map((finding, i) => ({ id: `${fileIndex}.${i}`, finding, edits: editsOf(finding) }));
    return { index: fileIndex, anchor: `file-${fileIndex}`, path: file.path, text, sha256: contentHash(text), findings };
  });
  const decidable = files.reduce((n, f) => n + f.findings.filter((x) => x.edits.length > 0).length, 0);
  return { id: reportId(files), toolVersion: report.tool.version, files, rules: new Map((options.rules ?? []).map((r) => [r.id, r])), decidable };
}

/** Each suggestion as an edit of the file, over its own span if it has one (as `--fix` does). */
function editsOf(finding: ReportFinding): Edit[] {
  return finding.suggestions.map((s) => ({ start: s.start ?? finding.start, end: s.end ?? finding.end, replacement: s.replacement }));
}

function reportId(files: readonly ReviewFile[]): string {
  const identity = files.map((f) => [f.path, f.sha256, f.findings.map((x) => [x.finding.ruleId, x.edits])]);
  return contentHash(JSON.stringify(identity)).slice(0, 16);
}

/** The files with the most serious findings first: errors, then warnings, then info. */
export function worstFirst(files: readonly ReviewFile[]): ReviewFile[] {
  const weight = (file: ReviewFile): number[] => SEVERITIES.map((s) => file.findings.filter((x) => x.finding.severity === s).length);
  return [...files].sort((a, b) => compareCounts(weight(b), weight(a)) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function compareCounts(a: number[], b: number[]): number {
  const differing = a.findIndex((n, i) => n !== b[i]);
  return differing < 0 ? 0 : a[differing]! - b[differing]!;
}

/** The most serious severity among some findings. */
export function worstSeverity(findings: readonly ReportFinding[]): ReportFinding['severity'] {
  return findings.reduce((worst, f) => (severityRank(f.severity) > severityRank(worst) ? f.severity : worst), 'info' as ReportFinding['severity']);
}

/** A finding as the page script sees it. */
export interface PageFinding {
  ruleId: string;
  text: string;
  /** One per suggestion, in order. */
  edits: Edit[];
}

/** What the page script reads: per file its path, hash, text and each finding's edits by id. */
export interface PageData {
  report: string;
  tool: string;
  files: Array<{ path: string; sha256: string; text: string; findings: Record<string, PageFinding> }>;
}

export function pageData(model: ReviewModel): PageData {
  const files = model.files.map((f) => ({
    path: f.path,
    sha256: f.sha256,
    text: f.text,
    findings: Object.fromEntries(f.findings.map((x) => [x.id, { ruleId: x.finding.ruleId, text: x.finding.text, edits: x.edits }])),
  }));
  return { report: model.id, tool: model.toolVersion, files };
}
