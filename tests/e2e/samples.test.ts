import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const cleanArticles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder))
    .filter((f) => f.startsWith('clean') && f.endsWith('.txt'))
    .map((f) => join(folder, f));

describe('the shipped samples', () => {
  it('the quick start: tqc check samples reports the samples’ errors and exits 1', () => {
    const result = runCli(['check', 'samples']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/\d+ files checked: \d+ problems/);
  });

  it('a finding from a built-in pack names the pack by its place in the package, not by where tqc is installed', () => {
    const result = runCli(['check', 'samples/es-football-derby.txt', '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ ruleId: string; message: string }> }> };
    const calques = report.files[0]!.findings.filter((f) => f.ruleId === 'phrasing/calque');
    expect(calques.length).toBeGreaterThan(0);
    for (const { message } of calques) expect(message).toMatch(/\(glossary: [^,]+, tqc\/packs\/phrasing\/es-en\.yaml\)$/);
    expect(result.stdout).not.toContain(ROOT);
  });

  it('clean articles in good English give no finding, with the default glossaries', () => {
    const clean = [...cleanArticles('samples'), ...cleanArticles('tests/articles')];
    expect(clean.length).toBeGreaterThan(0);
    const result = runCli(['check', ...clean, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; text: string }> }> };
    const findings = report.files.flatMap((f) => f.findings.map((x) => `${f.path}: ${x.ruleId} ${JSON.stringify(x.text)}`));
    expect(findings).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('the shipped glossaries and packs pass their own lint and self-test', () => {
    const result = runCli(['glossary', 'lint', 'glossaries', 'packs']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
