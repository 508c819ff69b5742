import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

interface Group {
  group: string;
  findings: number;
  per10k: number;
  limit: number;
  ok: boolean;
}

/** Human-edited English stays quiet: the Brown corpus press section, through the real CLI. */
describe('Brown corpus press section (ca01–ca44)', () => {
  it('raises no more findings per 10,000 words than each rule group allows', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/brown-quiet.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout) as { words: number; results: Array<{ mode: string; groups: Group[] }> };
    expect(summary.words).toBeGreaterThan(80_000);
    for (const { mode, groups } of summary.results) {
      for (const g of groups) expect(g.per10k, `${mode}: ${g.group} (${g.findings} findings)`).toBeLessThanOrEqual(g.limit);
    }
  }, 120_000);
});
