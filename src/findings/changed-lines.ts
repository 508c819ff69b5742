import type { LineIndex } from '../text/line-index.js';
import type { Finding } from './finding.js';

/**
 * `--changed-since`: keeps the findings that touch one of the changed lines (1-based). A finding
 * counts on the lines from its first character to its last, so a span ending at a line break
 * does not reach into the next line.
 */
export function keepOnChangedLines<T extends Finding>(findings: readonly T[], lines: LineIndex, changed: ReadonlySet<number>): T[] {
  if (changed.size === 0) return [];
  return findings.filter((f) => {
    const first = lines.locate(f.start).line;
    const last = lines.locate(Math.max(f.start, f.end - 1)).line;
    for (let line = first; line <= last; line++) if (changed.has(line)) return true;
    return false;
  });
}
