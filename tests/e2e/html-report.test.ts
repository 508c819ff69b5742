import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fixes/apply.js';
import { contentHash, type Decisions } from '../../src/fixes/decisions.js';
import type { Report } from '../../src/reporters/report.js';
import { ROOT, runCli, tempProject } from './run-cli.js';

const ARTICLE = 'Yoav Galant met Lloyd Austin this Tuesday in Washington.\n';
const GLOSSARY = 'name: t\nentries:\n  - term: Yoav Gallant\n    type: person\n    forbidden: [Yoav Galant]\n';

function project(): string {
  return tempProject({ 'a.txt': ARTICLE, 'b.txt': `Source link\n${ARTICLE}`, 'g.yaml': GLOSSARY });
}

/** Decisions as the page exports them: every suggestion of the report accepted. */
function acceptAll(report: Report, texts: Record<string, string>): Decisions {
  const files = report.files.map((file, f) => ({
    path: file.path,
    sha256: contentHash(texts[file.path]!),
    decisions: file.findings.flatMap((x, i) => x.suggestions.slice(0, 1).map((s) => ({
      finding: `${f}.${i}`, ruleId: x.ruleId, decision: 'accepted' as const, text: x.text, start: s.start ?? x.start, end: s.end ?? x.end, replacement: s.replacement,
    }))),
  }));
  return { kind: 'tqc-decisions', version: 1, report: 'test', files };
}

describe('tqc check --format html', () => {
  it('writes one page with a card per finding of the JSON report', () => {
    const dir = project();
    const json = JSON.parse(runCli(['check', 'a.txt', 'b.txt', '-g', 'g.yaml', '--format', 'json'], { cwd: dir }).stdout) as Report;
    const result = runCli(['check', 'a.txt', 'b.txt', '-g', 'g.yaml', '--format', 'html', '-o', 'r.html'], { cwd: dir });
    expect(result.status).toBe(1);
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<li class="finding /g)).toHaveLength(json.summary.findings);
  });

  it('is loaded only by a run that asks for it', () => {
    // The modules of dist/, where reporters/index.ts decides what a run loads. The bundle bin/tqc.js
    // prefers is one file, but keeps the decision: esbuild runs a module imported by import() only
    // when the import runs.
    const dir = tempProject({
      'hooks.mjs': "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.TRACE, url + '\\n'); return next(url, context); }\n",
      'trace.mjs': "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
      'tqc.mjs': `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
      'a.txt': ARTICLE,
    });
    const loaded = (format: string): string => {
      const trace = join(dir, `${format}.trace`);
      writeFileSync(trace, '');
      spawnSync(process.execPath, ['--import', join(dir, 'trace.mjs'), join(dir, 'tqc.mjs'), 'check', 'a.txt', '--format', format], { cwd: dir, env: { ...process.env, TRACE: trace } });
      return readFileSync(trace, 'utf8');
    };
    const json = loaded('json');
    expect(json).toMatch(/\/reporters\/json\.js/);
    expect(json).not.toMatch(/\/reporters\/html\//);
    expect(loaded('html')).toMatch(/\/reporters\/html\/render\.js/);
  });
});

describe('tqc apply', () => {
  it('applies the accepted suggestions with applyEdits and writes the files', () => {
    const dir = project();
    const report = JSON.parse(runCli(['check', 'a.txt', 'b.txt', '-g', 'g.yaml', '--format', 'json'], { cwd: dir }).stdout) as Report;
    const texts = { 'a.txt': ARTICLE, 'b.txt': `Source link\n${ARTICLE}` };
    const decisions = acceptAll(report, texts);
    writeFileSync(join(dir, 'd.json'), JSON.stringify(decisions));
    const result = runCli(['apply', 'd.json'], { cwd: dir });
    expect(result.stderr).toMatch(/a\.txt: applied \d+ accepted suggestions?/);
    expect(result.status).toBe(0);
    for (const file of decisions.files) {
      const expected = applyEdits(texts[file.path as keyof typeof texts], file.decisions).output;
      expect(readFileSync(join(dir, file.path), 'utf8')).toBe(expected);
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toContain('Yoav Gallant');
  });

  it('refuses, writing nothing, when a file changed since the report', () => {
    const dir = project();
    const report = JSON.parse(runCli(['check', 'a.txt', 'b.txt', '-g', 'g.yaml', '--format', 'json'], { cwd: dir }).stdout) as Report;
    writeFileSync(join(dir, 'd.json'), JSON.stringify(acceptAll(report, { 'a.txt': ARTICLE, 'b.txt': `Source link\n${ARTICLE}` })));
    writeFileSync(join(dir, 'b.txt'), `Edited by hand.\n${ARTICLE}`);
    const result = runCli(['apply', 'd.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('b.txt: the file has changed since the report was made');
    expect(result.stderr).toContain('nothing was applied');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
  });

  it('refuses a file that is not a decisions file', () => {
    const dir = tempProject({ 'd.json': '{"files": []}' });
    const result = runCli(['apply', 'd.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('d.json: not a decisions file');
  });

  it('is listed in the help', () => {
    expect(runCli(['--help'], { cwd: ROOT }).stdout).toContain('tqc apply <decisions>');
  });
});
