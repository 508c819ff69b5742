import type { UserError } from '../errors/user-error.js';
import { summarize, type Report } from './report.js';

/** A report read from a file, with where it came from for errors. */
export interface ReportSource {
  file: string;
  report: Report;
}

/**
 * Joins the JSON reports of a sharded run into the report one run would have made: files in the
 * run's order (shard reports by their `shard.index`, others in the order given), the summary
 * recomputed, the `shard` field dropped. A file in two reports, or reports of different tool
 * versions, cannot be merged.
 */
export function mergeReports(sources: readonly ReportSource[]): { ok: true; value: Report } | { ok: false; errors: UserError[] } {
  const ordered = sources.every((s) => s.report.shard) ? [...sources].sort((a, b) => a.report.shard!.index - b.report.shard!.index) : sources;
  const errors: UserError[] = [];
  const versions = new Set(sources.map((s) => s.report.tool.version));
  if (versions.size > 1) {
    errors.push({ code: 'report/versions', message: `the reports come from different tqc versions (${[...versions].join(', ')})`, hint: 'merge reports of one run, made by one tqc' });
  }
  const seen = new Map<string, string>();
  for (const { file, report } of ordered) {
    for (const checked of report.files) {
      const earlier = seen.get(checked.path);
      if (earlier) errors.push({ code: 'report/duplicate-file', file, message: `${checked.path} is also in ${earlier}`, hint: 'each file belongs to one shard: run the shards with the same paths and --shard i/n' });
      else seen.set(checked.path, file);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const files = ordered.flatMap((s) => s.report.files);
  const tool = sources[0]?.report.tool ?? { name: 'tqc' as const, version: '' };
  return { ok: true, value: { version: 1, tool, files, summary: summarize(files) } };
}

/** Checks that parsed JSON is a version-1 report; the error says what is wrong with it. */
export function asReport(file: string, value: unknown): Report | UserError {
  const report = value as Partial<Report> | null;
  const fail = (message: string): UserError => ({ code: 'report/invalid', file, message, hint: 'merge reports written by tqc check --format json' });
  if (typeof report !== 'object' || report === null || Array.isArray(report)) return fail('not a tqc JSON report: expected an object');
  if (report.version !== 1) return fail(`unsupported report version ${JSON.stringify(report.version)}; this tqc reads version 1`);
  if (!Array.isArray(report.files) || !report.files.every((f) => typeof f?.path === 'string' && Array.isArray(f.findings))) {
    return fail("its 'files' is not a list of { path, findings }");
  }
  return report as Report;
}
