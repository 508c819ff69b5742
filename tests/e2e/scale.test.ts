import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/**
 * A folder of real articles, over a hundred files in nested folders, enough for several batches
 * per worker thread (`--jobs 2` starts one whatever the size): the test articles and samples,
 * seven times over.
 */
function articleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-scale-'));
  const sources = [join(ROOT, 'tests/articles'), join(ROOT, 'samples')];
  for (let copy = 1; copy <= 7; copy++) {
    for (const source of sources) {
      for (const name of readdirSync(source).filter((n) => /\.(txt|md)$/.test(n))) cpSync(join(source, name), join(dir, 'articles', `set-${copy}`, source.endsWith('samples') ? 'samples' : '.', name));
    }
  }
  return dir;
}

describe('check at scale: shards, merged reports, worker threads', () => {
  let dir: string;
  const glossary = ['--glossary', join(ROOT, 'glossaries')];
  const check = (...args: string[]) => runCli(['check', 'articles', ...glossary, '--format', 'json', '--fail-on', 'none', ...args], { cwd: dir });

  beforeAll(() => {
    dir = articleFolder();
  });

  it('reports the same, in the same order, on worker threads as on one thread', () => {
    const parallel = check('--jobs', '2', '-o', 'parallel.json');
    const single = check('--jobs', '1', '-o', 'single.json');
    expect([parallel.status, single.status, parallel.stderr, single.stderr]).toEqual([0, 0, '', '']);
    const report = JSON.parse(readFileSync(join(dir, 'single.json'), 'utf8')) as { summary: { files: number; findings: number } };
    expect(report.summary.files).toBeGreaterThan(100);
    expect(report.summary.findings).toBeGreaterThan(100);
    expect(readFileSync(join(dir, 'parallel.json'), 'utf8')).toBe(readFileSync(join(dir, 'single.json'), 'utf8'));
  }, 300_000);

  it('merges the reports of --shard 1/3 … 3/3 into the report of one run', () => {
    const whole = check('--jobs', '1', '-o', 'whole.json');
    for (const i of [1, 2, 3]) expect(check('--shard', `${i}/3`, '-o', `shard-${i}.json`).status).toBe(0);
    // Given out of order, as a shell glob over shard-10 … would.
    const merged = runCli(['merge-reports', 'shard-3.json', 'shard-1.json', 'shard-2.json', '-o', 'merged.json'], { cwd: dir });
    expect([whole.status, merged.status, merged.stderr]).toEqual([0, 0, '']);
    expect(readFileSync(join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(join(dir, 'whole.json'), 'utf8'));
  }, 300_000);

  it('renders a merged report in another format, and refuses overlapping shards', () => {
    check('--shard', '1/2', '-o', 'half.json');
    const text = runCli(['merge-reports', 'half.json', '--format', 'text'], { cwd: dir });
    expect(text.status).toBe(0);
    const half = JSON.parse(readFileSync(join(dir, 'half.json'), 'utf8')) as { summary: { files: number } };
    expect(text.stdout).toContain(`${half.summary.files} files checked: `);
    const twice = runCli(['merge-reports', 'half.json', 'half.json'], { cwd: dir });
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/half\.json: .* is also in half\.json/);
  }, 300_000);
});
