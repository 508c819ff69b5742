import type { Loaded, UserError } from '../errors/user-error.js';
import { sha256Hex } from '../text/sha256.js';
import type { Edit } from './apply.js';

/**
 * A reviewer's decisions on the suggestions of one HTML report, as the page exports them and
 * `tqc apply` reads them. Each file carries the hash of the text the report was made from, so
 * decisions are never applied to a file that has changed since: their offsets would point at
 * the wrong words.
 */
export interface Decisions {
  kind: 'tqc-decisions';
  version: 1;
  /** The report's id (its localStorage key on the page). */
  report: string;
  files: DecisionFile[];
}

export interface DecisionFile {
  path: string;
  /** `contentHash` of the file's text (without BOM) when it was checked. */
  sha256: string;
  decisions: Decision[];
}

/** One decided suggestion; `start`/`end`/`replacement` are the accepted edit, offsets into the file. */
export interface Decision {
  /** The finding's id in the report. */
  finding: string;
  ruleId: string;
  decision: 'accepted' | 'rejected';
  /** The flagged text, for a person reading the file. */
  text: string;
  start: number;
  end: number;
  replacement: string;
}

/** The hash that ties decisions to a file's text: SHA-256 of its UTF-8, hex. */
export function contentHash(text: string): string {
  return sha256Hex(text);
}

/** The edits a file's accepted decisions make, for `applyEdits`. */
export function acceptedEdits(file: DecisionFile): Edit[] {
  return file.decisions.filter((d) => d.decision === 'accepted').map(({ start, end, replacement }) => ({ start, end, replacement }));
}

/** Reads a decisions file: its JSON and its shape, with a located error for what is wrong. */
export function parseDecisions(path: string, json: string): Loaded<Decisions> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return invalid(path, `not JSON: ${(error as Error).message}`);
  }
  const problem = shapeProblem(value);
  return problem ? invalid(path, problem) : { ok: true, value: value as Decisions, warnings: [] };
}

function invalid(file: string, message: string): Loaded<Decisions> {
  const error: UserError = { code: 'apply/invalid', file, message: `not a decisions file: ${message}`, hint: 'export it from an HTML report (tqc check --format html) with “Export decisions”' };
  return { ok: false, errors: [error] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** What is wrong with a parsed decisions file, or undefined when it has the shape of `Decisions`. */
function shapeProblem(value: unknown): string | undefined {
  if (!isObject(value) || value.kind !== 'tqc-decisions') return 'it has no "kind": "tqc-decisions"';
  if (value.version !== 1) return `version ${JSON.stringify(value.version)} is not one this tqc reads (1)`;
  if (typeof value.report !== 'string' || !Array.isArray(value.files)) return '"report" (a string) and "files" (a list) are required';
  for (const [index, file] of value.files.entries()) {
    const problem = fileProblem(file);
    if (problem) return `files[${index}]: ${problem}`;
  }
  return undefined;
}

function fileProblem(file: unknown): string | undefined {
  if (!isObject(file) || typeof file.path !== 'string' || typeof file.sha256 !== 'string' || !Array.isArray(file.decisions)) {
    return '"path", "sha256" (strings) and "decisions" (a list) are required';
  }
  const wrong = file.decisions.findIndex((d) => !isDecision(d));
  return wrong < 0 ? undefined : `decisions[${wrong}] needs "finding", "ruleId", "text", "decision" (accepted or rejected), "start" ≤ "end" and "replacement"`;
}

function isDecision(d: unknown): boolean {
  if (!isObject(d) || typeof d.finding !== 'string' || typeof d.ruleId !== 'string' || typeof d.text !== 'string') return false;
  if (d.decision !== 'accepted' && d.decision !== 'rejected') return false;
  return isOffset(d.start) && isOffset(d.end) && d.start <= d.end && typeof d.replacement === 'string';
}
