import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings/finding.js';
import { asReport, mergeReports } from '../../src/reporters/merge.js';
import { summarize, type Report, type ReportFile } from '../../src/reporters/report.js';

function finding(severity: Severity, start: number): ReportFile['findings'][number] {
  const base: Finding = { ruleId: 'terms/forbidden', category: 'term', severity, message: 'm', start, end: start + 3, text: 'abc', suggestions: [] };
  return { ...base, line: 1, column: start + 1, endLine: 1, endColumn: start + 4 };
}

const FILES: ReportFile[] = [
  { path: 'a.txt', findings: [finding('error', 0), finding('warning', 5)] },
  { path: 'b/c.txt', findings: [] },
  { path: 'b/d.md', findings: [finding('info', 2)] },
  { path: 'e.txt', findings: [finding('error', 1)] },
  { path: 'f.txt', findings: [finding('warning', 9)] },
];

const report = (files: ReportFile[], shard?: Report['shard']): Report => ({
  version: 1, tool: { name: 'tqc', version: '0.1.0' }, files, summary: summarize(files), ...(shard && { shard }),
});

describe('mergeReports', () => {
  const whole = report(FILES);
  const shards = [report(FILES.slice(0, 2), { index: 1, count: 3 }), report(FILES.slice(2, 3), { index: 2, count: 3 }), report(FILES.slice(3), { index: 3, count: 3 })];

  it('joins the shards into the report of one run, summary recomputed', () => {
    const merged = mergeReports(shards.map((r, i) => ({ file: `shard-${i + 1}.json`, report: r })));
    expect(merged).toEqual({ ok: true, value: whole });
  });

  it('puts files in the run’s order whatever the order of the reports given', () => {
    const given = [shards[2]!, shards[0]!, shards[1]!].map((r, i) => ({ file: `r${i}.json`, report: r }));
    expect(mergeReports(given)).toEqual({ ok: true, value: whole });
  });

  it('keeps the given order of reports without a shard', () => {
    const merged = mergeReports([{ file: 'x.json', report: report(FILES.slice(3)) }, { file: 'y.json', report: report(FILES.slice(0, 3)) }]);
    expect(merged.ok && merged.value.files.map((f) => f.path)).toEqual(['e.txt', 'f.txt', 'a.txt', 'b/c.txt', 'b/d.md']);
  });

  it('refuses a file in two reports, naming both', () => {
    const merged = mergeReports([{ file: 'x.json', report: report(FILES.slice(0, 2)) }, { file: 'y.json', report: report(FILES.slice(1)) }]);
    expect(merged.ok).toBe(false);
    expect(!merged.ok && merged.errors).toEqual([expect.objectContaining({ code: 'report/duplicate-file', file: 'y.json', message: 'b/c.txt is also in x.json' })]);
  });

  it('refuses reports of different tqc versions', () => {
    const other = { ...report(FILES.slice(1)), tool: { name: 'tqc' as const, version: '0.2.0' } };
    const merged = mergeReports([{ file: 'x.json', report: report(FILES.slice(0, 1)) }, { file: 'y.json', report: other }]);
    expect(!merged.ok && merged.errors[0]!.code).toBe('report/versions');
  });
});

describe('asReport', () => {
  it('accepts a version-1 report', () => {
    const value = report(FILES);
    expect(asReport('r.json', JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    ['a list', [], /expected an object/],
    ['another version', { version: 2, files: [] }, /unsupported report version 2/],
    ['files of the wrong shape', { version: 1, files: [{ name: 'a' }] }, /'files' is not a list/],
  ])('refuses %s', (_, value, message) => {
    const result = asReport('r.json', value);
    expect(result).toMatchObject({ code: 'report/invalid', file: 'r.json', message: expect.stringMatching(message) });
  });
});
