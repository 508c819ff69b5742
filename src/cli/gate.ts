import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Loaded } from '../errors/user-error.js';
import { compareWithBaseline, EMPTY_BASELINE, parseBaseline, recordBaseline, renderBaseline, type Baseline } from '../findings/baseline.js';
import { keepOnChangedLines } from '../findings/changed-lines.js';
import { fingerprintFindings, type Fingerprinted } from '../findings/fingerprint.js';
import type { CheckedFile } from '../reporters/report.js';
import { changedLinesSince, type ChangedLines } from './changed-lines.js';
import { STDIN_PATH } from './files.js';

export interface GateArgs {
  changedSince?: string;
  baseline?: string;
  updateBaseline?: boolean;
}

/** What `--changed-since` and `--baseline` need, loaded before any article is checked. */
export interface Gate {
  changedLines?: (path: string) => ChangedLines;
  baseline?: { file: string; value: Baseline };
  updateBaseline: boolean;
}

export function prepareGate(args: GateArgs, cwd: string): Loaded<Gate> {
  const gate: Gate = { updateBaseline: args.updateBaseline === true };
  if (args.changedSince !== undefined) {
    const changed = changedLinesSince(args.changedSince, cwd);
    if (!changed.ok) return changed;
    gate.changedLines = changed.value;
  }
  if (args.baseline !== undefined) {
    const baseline = readBaseline(args.baseline, gate.updateBaseline);
    if (!baseline.ok) return baseline;
    gate.baseline = { file: args.baseline, value: baseline.value };
  }
  return { ok: true, value: gate, warnings: [] };
}

/** With --update-baseline a missing or unreadable baseline is simply replaced. */
function readBaseline(file: string, updating: boolean): Loaded<Baseline> {
  if (!existsSync(file)) {
    if (updating) return { ok: true, value: EMPTY_BASELINE, warnings: [] };
    return { ok: false, errors: [{ code: 'baseline/not-found', message: `baseline file not found: ${file}`, hint: 'record one with --update-baseline' }] };
  }
  const parsed = parseBaseline(readFileSync(file, 'utf8'), file);
  return !parsed.ok && updating ? { ok: true, value: EMPTY_BASELINE, warnings: [] } : parsed;
}

type GatedBaseline = NonNullable<Gate['baseline']>;

/**
 * The post-steps of a CI run, in order: fingerprint every file's findings (all of them, so the
 * fingerprints do not depend on the filters), record the baseline when asked, drop what the
 * baseline knows, keep what is on changed lines. Returns the files to report and notes for stderr.
 */
export function applyGate(gate: Gate, files: readonly CheckedFile[]): Loaded<{ files: CheckedFile[]; notes: string[] }> {
  const fingerprinted = files.map((f) => ({ ...f, findings: fingerprintFindings(f.findings, f.lines.text) }));
  const notes: string[] = [];
  let baseline = gate.baseline;
  if (baseline && gate.updateBaseline) {
    const recorded = recordBaselineFile(baseline, fingerprinted);
    if (!recorded.ok) return recorded;
    baseline = recorded.value.baseline;
    notes.push(recorded.value.note);
  }
  let known = 0;
  let fixed = 0;
  const gated = fingerprinted.map((file) => {
    let findings = file.findings;
    if (baseline) {
      const compared = compareWithBaseline(findings, baseline.value.files[baselineKey(baseline.file, file.path)]);
      [findings, known, fixed] = [compared.fresh, known + compared.known, fixed + compared.fixed];
    }
    const changed = gate.changedLines?.(file.path) ?? 'whole';
    return { ...file, findings: changed === 'whole' ? findings : keepOnChangedLines(findings, file.lines, changed) };
  });
  if (baseline && !gate.updateBaseline && known + fixed > 0) {
    const gone = fixed > 0 ? `; ${fixed} of its entries no longer occur: drop them with --update-baseline` : '';
    notes.push(`baseline: ${known} known finding(s) not reported${gone}`);
  }
  return { ok: true, value: { files: gated, notes }, warnings: [] };
}

/** `--update-baseline`: today's findings of the checked files replace theirs, and the file is written. */
function recordBaselineFile(baseline: GatedBaseline, files: ReadonlyArray<{ path: string; findings: Fingerprinted[] }>): Loaded<{ baseline: GatedBaseline; note: string }> {
  const keyed = files.map((f) => ({ path: baselineKey(baseline.file, f.path), findings: f.findings }));
  const value = recordBaseline(baseline.value, keyed);
  try {
    writeFileSync(baseline.file, renderBaseline(value));
  } catch (error) {
    return { ok: false, errors: [{ code: 'baseline/write', file: baseline.file, message: `cannot write the baseline: ${(error as Error).message}` }] };
  }
  const count = keyed.reduce((n, f) => n + f.findings.length, 0);
  const note = `baseline: recorded ${count} finding(s) of ${keyed.length} file(s) in ${baseline.file}`;
  return { ok: true, value: { baseline: { file: baseline.file, value }, note }, warnings: [] };
}

/** A file's key in the baseline: its path from the baseline's folder, so any working folder agrees. */
function baselineKey(baselineFile: string, path: string): string {
  if (path === STDIN_PATH) return path;
  return relative(dirname(resolve(baselineFile)), resolve(path)).split(sep).join('/');
}
