import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject, type CliResult } from './run-cli.js';

// Deterministic findings: the glossary's forbidden forms (rule terms/forbidden), no built-in packs.
const PROJECT = {
  'glossaries/terms.yaml': 'name: Terms\nentries:\n  - term: Kyiv\n    type: place\n    forbidden: [Kiev]\n  - term: ceasefire\n    forbidden: [cease-fire]\n',
  'tqc.config.yaml': 'packs: false\n',
  'articles/kyiv.txt': 'Heavy shelling hit Kiev overnight, officials said.\n\nThe cease-fire talks resumed on Monday.\n',
  'articles/other.txt': 'Officials in Kiev met on Tuesday.\n',
};

const AUTHOR = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...AUTHOR } });
}

/** A repository with PROJECT committed on main. */
function repository(): string {
  const dir = tempProject(PROJECT);
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'articles');
  return dir;
}

interface JsonFinding {
  ruleId: string;
  text: string;
  line: number;
  fingerprint: string;
}

function findingsOf(result: CliResult): Record<string, Array<Pick<JsonFinding, 'text' | 'line'>>> {
  const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: JsonFinding[] }> };
  for (const file of report.files) for (const f of file.findings) expect(f.ruleId).toBe('terms/forbidden');
  return Object.fromEntries(report.files.map((f) => [f.path, f.findings.map(({ text, line }) => ({ text, line }))]));
}

const edit = (dir: string, path: string, change: (text: string) => string): void => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));

describe('--changed-since', () => {
  it('reports only findings on lines added or changed on the branch, committed or not, and new files whole', () => {
    const dir = repository();
    git(dir, 'checkout', '--quiet', '-b', 'feature');
    edit(dir, 'articles/kyiv.txt', (t) => `Update: more reports came in.\n\n${t}`);
    git(dir, 'commit', '--quiet', '-am', 'headline');
    edit(dir, 'articles/kyiv.txt', (t) => `${t}Residents left Kiev by train.\n`);
    writeFileSync(join(dir, 'articles/new.txt'), 'A cease-fire was announced.\n');

    const result = runCli(['check', 'articles', '--changed-since', 'main', '--format', 'json'], { cwd: dir });
    expect(result.status, result.stderr).toBe(1);
    expect(findingsOf(result)).toEqual({
      'articles/kyiv.txt': [{ text: 'Kiev', line: 6 }],
      'articles/new.txt': [{ text: 'cease-fire', line: 1 }],
      'articles/other.txt': [],
    });
    const everything = runCli(['check', 'articles', '--format', 'json'], { cwd: dir });
    expect(Object.values(findingsOf(everything)).flat()).toHaveLength(5);
  });

  it('uses the merge base, so commits on main after the branch point do not count', () => {
    const dir = repository();
    git(dir, 'checkout', '--quiet', '-b', 'feature');
    git(dir, 'checkout', '--quiet', 'main');
    edit(dir, 'articles/other.txt', (t) => `${t}Kiev again.\n`);
    git(dir, 'commit', '--quiet', '-am', 'main moves on');
    git(dir, 'checkout', '--quiet', 'feature');
    const result = runCli(['check', 'articles', '--changed-since', 'main', '--format', 'json'], { cwd: dir });
    expect([result.status, Object.values(findingsOf(result)).flat()]).toEqual([0, []]);
  });

  it('annotates paths from the repository root when run in a subfolder', () => {
    const dir = repository();
    edit(dir, 'articles/other.txt', (t) => `${t}Kiev again.\n`);
    const args = ['check', '.', '--changed-since', 'main', '--config', '../tqc.config.yaml', '-g', '../glossaries'];
    const github = runCli([...args, '--format', 'github'], { cwd: join(dir, 'articles') });
    expect(github.stdout).toContain('::error file=articles/other.txt,line=2,col=1,endLine=2,endColumn=4,title=terms/forbidden::');
    expect(github.stdout).not.toContain('line=1,');
    const sarif = JSON.parse(runCli([...args, '--format', 'sarif'], { cwd: join(dir, 'articles') }).stdout);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('articles/other.txt');
    expect(result.partialFingerprints['tqcFinding/v1']).toMatch(/^[0-9a-f]{16}:0$/);
  });

  it('fails with exit 2 and a clear message for an unknown ref or outside a repository', () => {
    const dir = repository();
    const unknown = runCli(['check', 'articles', '--changed-since', 'no-such-branch'], { cwd: dir });
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain("unknown git ref 'no-such-branch'");
    const outside = tempProject(PROJECT);
    const noRepo = runCli(['check', 'articles', '--changed-since', 'main'], { cwd: outside });
    expect(noRepo.status).toBe(2);
    expect(noRepo.stderr).toMatch(/--changed-since needs a git repository, and .* is not in one/);
  });
});

describe('--baseline', () => {
  const check = (dir: string, ...more: string[]): CliResult =>
    runCli(['check', 'articles', '--baseline', 'tqc-baseline.json', '--format', 'json', ...more], { cwd: dir });
  const entries = (dir: string): string[] =>
    Object.values(JSON.parse(readFileSync(join(dir, 'tqc-baseline.json'), 'utf8')).files as Record<string, Array<{ text: string }>>)
      .flat()
      .map((e) => e.text);

  it('records today’s findings, then reports only new ones, even after lines above the old ones moved', () => {
    const dir = tempProject(PROJECT);
    const recorded = check(dir, '--update-baseline');
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(recorded.stderr).toContain('baseline: recorded 3 finding(s) of 2 file(s) in tqc-baseline.json');
    expect(entries(dir)).toEqual(['Kiev', 'cease-fire', 'Kiev']);

    edit(dir, 'articles/kyiv.txt', (t) => `Update: more reports came in.\n\nA second paragraph, also new.\n\n${t}`);
    // Further along the same line, past the few words of context the fingerprint reads.
    edit(dir, 'articles/kyiv.txt', (t) => t.replace('officials said.', 'officials said, citing early reports from the city.'));
    edit(dir, 'articles/other.txt', (t) => `Update.\n${t}`);
    const moved = check(dir);
    expect(moved.status, moved.stderr).toBe(0);
    expect(Object.values(findingsOf(moved)).flat()).toEqual([]);
    expect(moved.stderr).toContain('baseline: 3 known finding(s) not reported');

    edit(dir, 'articles/kyiv.txt', (t) => `${t}Residents left Kiev by train.\n`);
    const added = check(dir);
    expect(added.status).toBe(1);
    expect(findingsOf(added)['articles/kyiv.txt']).toEqual([{ text: 'Kiev', line: 8 }]);
  });

  it('drops a fixed finding when updated, so its return counts as new', () => {
    const dir = tempProject(PROJECT);
    check(dir, '--update-baseline');
    edit(dir, 'articles/kyiv.txt', (t) => t.replace('cease-fire', 'ceasefire'));
    const fixed = check(dir);
    expect(fixed.status).toBe(0);
    expect(fixed.stderr).toContain('1 of its entries no longer occur: drop them with --update-baseline');
    expect(check(dir, '--update-baseline').status).toBe(0);
    expect(entries(dir)).toEqual(['Kiev', 'Kiev']);
    edit(dir, 'articles/kyiv.txt', (t) => t.replace('ceasefire', 'cease-fire'));
    expect(findingsOf(check(dir))['articles/kyiv.txt']).toEqual([{ text: 'cease-fire', line: 3 }]);
  });

  it('a missing baseline is an error unless it is being recorded', () => {
    const dir = tempProject(PROJECT);
    const missing = check(dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('baseline file not found: tqc-baseline.json');
    expect(runCli(['check', 'articles', '--update-baseline'], { cwd: dir }).status).toBe(2);
  });
});

describe('exit codes follow --fail-on and --max-warnings', () => {
  const dir = tempProject(PROJECT);
  const status = (...args: string[]): number => runCli(['check', 'articles', ...args], { cwd: dir }).status;
  const asWarnings = ['--rule', 'terms/forbidden=warning'];

  it('errors fail by default; --fail-on none never fails on findings', () => {
    expect(status()).toBe(1);
    expect(status('--fail-on', 'none')).toBe(0);
  });

  it('warnings fail only at --fail-on warning or info', () => {
    expect(status(...asWarnings)).toBe(0);
    expect(status(...asWarnings, '--fail-on', 'warning')).toBe(1);
    expect(status(...asWarnings, '--fail-on', 'info')).toBe(1);
    expect(status('--rule', 'terms/forbidden=info', '--fail-on', 'warning')).toBe(0);
  });

  it('--max-warnings N fails on more than N warnings, whatever --fail-on says', () => {
    expect(status(...asWarnings, '--max-warnings', '3')).toBe(0);
    expect(status(...asWarnings, '--max-warnings', '2')).toBe(1);
    expect(status(...asWarnings, '--fail-on', 'none', '--max-warnings', '0')).toBe(1);
    expect(status('--max-warnings', '0')).toBe(1);
    expect(status('--fail-on', 'none', '--max-warnings', '0')).toBe(0);
  });

  it('a bad --max-warnings is a usage error', () => {
    expect(status('--max-warnings', '-1')).toBe(2);
    expect(status('--max-warnings', 'many')).toBe(2);
  });
});
