import type { Loaded, UserError } from '../errors/user-error.js';
import type { Fingerprinted } from './fingerprint.js';

/** One accepted finding; `ruleId` and `text` are there for people reading the file's diffs. */
export interface BaselineEntry {
  ruleId: string;
  text: string;
  fingerprint: string;
}

/**
 * The baseline file (`--baseline FILE`, format in docs/ci.md): the findings accepted when it was
 * last recorded, by file path relative to the baseline's folder.
 */
export interface Baseline {
  version: 1;
  files: Record<string, BaselineEntry[]>;
}

/** One file's findings as the baseline sees them: `path` already relative to the baseline's folder. */
export interface BaselineFile {
  path: string;
  findings: readonly Fingerprinted[];
}

export const EMPTY_BASELINE: Baseline = { version: 1, files: {} };

/** The findings of one file that the baseline does not know, and how many of its entries are gone. */
export function compareWithBaseline<T extends Fingerprinted>(
  findings: readonly T[],
  entries: readonly BaselineEntry[] = [],
): { fresh: T[]; known: number; fixed: number } {
  const accepted = new Set(entries.map((e) => e.fingerprint));
  const fresh = findings.filter((f) => !accepted.has(f.fingerprint));
  const present = new Set(findings.map((f) => f.fingerprint));
  return { fresh, known: findings.length - fresh.length, fixed: entries.filter((e) => !present.has(e.fingerprint)).length };
}

/**
 * The baseline after a `--update-baseline` run: the checked files' entries are today's findings
 * (a fixed finding drops out, a file without findings disappears); files not checked keep theirs.
 */
export function recordBaseline(previous: Baseline, checked: readonly BaselineFile[]): Baseline {
  const files: Record<string, BaselineEntry[]> = { ...previous.files };
  for (const file of checked) {
    if (file.findings.length === 0) delete files[file.path];
    else files[file.path] = file.findings.map((f) => ({ ruleId: f.ruleId, text: f.text, fingerprint: f.fingerprint }));
  }
  return { version: 1, files: sortedByPath(files) };
}

/** Stable output (sorted paths, one entry a line) so the file diffs well in review. */
export function renderBaseline(baseline: Baseline): string {
  const files = Object.entries(baseline.files).map(([path, entries]) => {
    const rows = entries.map((e) => `      ${JSON.stringify(e)}`).join(',\n');
    return `    ${JSON.stringify(path)}: [\n${rows}\n    ]`;
  });
  const body = files.length === 0 ? '{}' : `{\n${files.join(',\n')}\n  }`;
  return `{\n  "version": 1,\n  "files": ${body}\n}\n`;
}

/** Reads a baseline file's text; a wrong shape is a located user error, not an exception. */
export function parseBaseline(source: string, file: string): Loaded<Baseline> {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return invalid(file, `not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.files)) {
    return invalid(file, 'expected {"version": 1, "files": {PATH: [ENTRY, ...]}}');
  }
  for (const [path, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries) || !entries.every(isEntry)) {
      return invalid(file, `the entries of "${path}" must be {"ruleId", "text", "fingerprint"} objects`);
    }
  }
  return { ok: true, value: data as unknown as Baseline, warnings: [] };
}

function invalid(file: string, problem: string): Loaded<Baseline> {
  const error: UserError = {
    code: 'baseline/invalid',
    message: `not a tqc baseline: ${problem}`,
    file,
    hint: 'rewrite it with --update-baseline',
  };
  return { ok: false, errors: [error] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is BaselineEntry {
  return isRecord(value) && typeof value.ruleId === 'string' && typeof value.text === 'string' && typeof value.fingerprint === 'string';
}

function sortedByPath(files: Record<string, BaselineEntry[]>): Record<string, BaselineEntry[]> {
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
