import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './run-cli.js';

const GLOSSARY = `name: People
entries:
  - term: Yoav Gallant
    type: person
    variants: [Gallant]
    forbidden: [Galant]
    note: Israeli defense minister 2022-2024
`;
const ARTICLE = 'Defense Minister Galant met reporters.\n\nGallant spoke briefly.\n';

describe('tqc check', () => {
  it('exits 1 and reports a forbidden form as JSON of the documented shape', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY, 'article.txt': ARTICLE });
    const result = runCli(['check', 'article.txt', '--format', 'json', '--rule', 'names/variant=off'], { cwd: dir });
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('tqc');
    const finding = report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'terms/forbidden');
    expect(finding).toMatchObject({
      category: 'name',
      severity: 'error',
      start: 17,
      end: 23,
      line: 1,
      column: 18,
      endLine: 1,
      endColumn: 24,
      text: 'Galant',
      suggestions: [{ replacement: 'Yoav Gallant' }],
      note: 'Israeli defense minister 2022-2024',
    });
    expect(report.summary).toMatchObject({ files: 1 });
    expect(report.summary.findings).toBe(report.files[0].findings.length);
  });

  it('prints a readable text report with the line, a caret and the fix', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY, 'article.txt': ARTICLE });
    const result = runCli(['check', 'article.txt', '--rule', 'names/variant=off'], { cwd: dir });
    expect(result.stdout).toContain('article.txt');
    expect(result.stdout).toMatch(/1:18\s+error\s+“Galant” is not the house form/);
    expect(result.stdout).toContain('^^^^^^');
    expect(result.stdout).toContain('→ Yoav Gallant');
    expect(result.stdout).toMatch(/1 file checked: \d+ problems?/);
  });

  it('exits 0 on a clean article, and with --fail-on none', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY, 'clean.txt': 'Gallant spoke briefly.\n', 'bad.txt': ARTICLE });
    expect(runCli(['check', 'clean.txt'], { cwd: dir }).status).toBe(0);
    expect(runCli(['check', 'bad.txt', '--fail-on', 'none'], { cwd: dir }).status).toBe(0);
  });

  it('takes the article after a repeatable option, as score.mjs calls it', () => {
    const dir = tempProject({ 'people.yaml': GLOSSARY, 'article.txt': ARTICLE });
    const result = runCli(['check', '--format', 'json', '--glossary', 'people.yaml', 'article.txt'], { cwd: dir });
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['article.txt']);
  });

  it('reads standard input for -', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY });
    const result = runCli(['check', '-', '--format', 'json'], { cwd: dir, input: ARTICLE });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0].path).toBe('<stdin>');
  });

  it('recurses folders in sorted order and honours ignore globs from the config', () => {
    const dir = tempProject({
      'glossaries/people.yaml': GLOSSARY,
      'articles/b.txt': 'Fine text.\n',
      'articles/a.txt': 'Fine text too.\n',
      'articles/archive/old.txt': ARTICLE,
      'articles/notes.pdf': 'not an article',
      'tqc.config.yaml': 'ignore: ["articles/archive/**"]\n',
    });
    const result = runCli(['check', 'articles', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['articles/a.txt', 'articles/b.txt']);
  });

  it('takes rule levels from the config and from --rule', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY, 'a.txt': ARTICLE, 'tqc.config.yaml': 'rules:\n  terms/forbidden: warning\n' });
    const warned = JSON.parse(runCli(['check', 'a.txt', '--format', 'json'], { cwd: dir }).stdout);
    expect(warned.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'terms/forbidden').severity).toBe('warning');
    const off = runCli(['check', 'a.txt', '--format', 'json', '--rule', 'terms/forbidden=off'], { cwd: dir });
    expect(JSON.parse(off.stdout).files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'terms/forbidden')).toBe(false);
  });

  it('writes the report to --output', () => {
    const dir = tempProject({ 'glossaries/people.yaml': GLOSSARY, 'a.txt': ARTICLE });
    const result = runCli(['check', 'a.txt', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.stdout).toBe('');
    expect(runCli(['check', 'a.txt'], { cwd: dir }).status).toBe(1);
  });
});

describe('errors exit 2 with a located message and no report', () => {
  it('a glossary with a typo names file, line, column and the nearest field', () => {
    const dir = tempProject({ 'g.yaml': 'entries:\n  - term: Yoav Gallant\n    varients: [Gallant]\n', 'a.txt': 'Text.\n' });
    const result = runCli(['check', 'a.txt', '--glossary', 'g.yaml', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('g.yaml:3:5:');
    expect(result.stderr).toContain("did you mean 'variants'?");
  });

  it('a missing article, an unknown rule, a bad config field, an unknown format', () => {
    const dir = tempProject({ 'a.txt': 'Text.\n', 'bad.yaml': 'rulez: {}\n' });
    const missing = runCli(['check', 'nope.txt'], { cwd: dir });
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('nope.txt')]);
    const rule = runCli(['check', 'a.txt', '--rule', 'terms/forbiden=off'], { cwd: dir });
    expect([rule.status, rule.stderr]).toEqual([2, expect.stringContaining("did you mean 'terms/forbidden'?")]);
    const config = runCli(['check', 'a.txt', '--config', 'bad.yaml'], { cwd: dir });
    expect([config.status, config.stderr]).toEqual([2, expect.stringMatching(/bad\.yaml:1:1: unknown field 'rulez'[\s\S]*did you mean 'rules'/)]);
    const format = runCli(['check', 'a.txt', '--format', 'pdf'], { cwd: dir });
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('Choices');
  });
});

describe('other commands', () => {
  it('--help teaches with examples; --version prints the version', () => {
    const help = runCli(['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--glossary');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('tqc rules lists every rule with category and severity', () => {
    const result = runCli(['rules']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/terms\/forbidden\s+term\s+error/);
  });

  it('tqc glossary lint passes a good glossary and fails a bad one', () => {
    const dir = tempProject({ 'good.yaml': GLOSSARY, 'bad.yaml': 'entries:\n  - type: person\n' });
    const good = runCli(['glossary', 'lint', 'good.yaml'], { cwd: dir });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('1 glossary, 1 entries: ok');
    const bad = runCli(['glossary', 'lint', 'bad.yaml'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:2:');
  });

  it('no command is a usage error', () => {
    expect(runCli([]).status).toBe(2);
  });
});

describe('start-up', () => {
  it('compiles the built bundle with the code cache the build made, in a process started as tqc is', () => {
    // The cache holds only where the run sets V8's flags as the build did (loadBundle sets them).
    const probe = `const { loadBundle } = await import(${JSON.stringify(join(ROOT, 'dist/cli/code-cache.js'))});
      const dir = ${JSON.stringify(join(ROOT, 'dist/bundle'))};
      console.log(loadBundle(new URL('file://' + dir + '/main.cjs'), new URL('file://' + dir + '/main.code-cache')).usedCache);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect([run.stderr, run.stdout.trim()]).toEqual(['', 'true']);
  });
});
