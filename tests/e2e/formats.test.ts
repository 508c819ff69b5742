import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffChars } from 'diff';
import { decodeHTML } from 'entities/decode';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempProject } from './run-cli.js';

const FIXTURES = join(ROOT, 'tests/input/formats/fixtures');

interface ReportFinding {
  ruleId: string;
  start: number;
  end: number;
  text: string;
}

function findingsOf(stdout: string): ReportFinding[] {
  const report = JSON.parse(stdout) as { files: Array<{ findings: ReportFinding[] }> };
  return report.files[0]!.findings;
}

/** A project with one fixture and a glossary that knows "Galant" as a misspelling; no packs. */
function galantProject(fixture: string): string {
  const dir = tempProject({
    'tqc.config.yaml': 'packs: false\n',
    'glossary.yaml': 'entries:\n  - term: Yoav Gallant\n    type: person\n    forbidden: [Galant]\n',
  });
  copyFileSync(join(FIXTURES, fixture), join(dir, fixture));
  return dir;
}

/** The spans of `before` that `after` changes (insertions as empty spans). */
function changedSpans(before: string, after: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const part of diffChars(before, after)) {
    if (part.removed) spans.push({ start: at, end: at + part.value.length });
    else if (part.added) spans.push({ start: at, end: at });
    if (!part.added) at += part.value.length;
  }
  return spans;
}

describe('--fix on Markdown, HTML and XLIFF edits only the fixed words', () => {
  for (const fixture of ['article.md', 'cms-article.html', 'article-1.2.xlf', 'article-2.0.xlf']) {
    it(fixture, () => {
      const dir = galantProject(fixture);
      const before = readFileSync(join(dir, fixture), 'utf8');
      const all = findingsOf(runCli(['check', fixture, '-g', 'glossary.yaml', '--format', 'json'], { cwd: dir }).stdout);
      const findings = all.filter((f) => f.ruleId === 'terms/forbidden');
      expect(findings.length).toBeGreaterThan(2);
      for (const f of all) expect(before.slice(f.start, f.end)).toBe(f.text);

      const fixed = runCli(['check', fixture, '-g', 'glossary.yaml', '--fix', '--unsafe', '--fix-category', 'name', '--format', 'json'], { cwd: dir });
      expect(findingsOf(fixed.stdout).filter((f) => f.ruleId === 'terms/forbidden')).toEqual([]);
      const after = readFileSync(join(dir, fixture), 'utf8');
      const changes = changedSpans(before, after);
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) {
        const inFlaggedWord = findings.some((f) => f.start <= change.start && change.end <= f.end);
        expect(inFlaggedWord, `change at ${change.start} outside the flagged words`).toBe(true);
      }
      // What is not prose keeps its "Galant": code, comments, scripts, URLs, inline codes, sources.
      expect(after.split('Galant').length - 1).toBe(before.split('Galant').length - 1 - findings.length);
    });
  }
});

/** A finding's text with the markup that a format adds taken away, to compare across formats. */
function prose(text: string): string {
  return decodeHTML(text.replace(/<[^>]*>/g, '').replace(/\]\([^)]*\)/g, '').replace(/\\?[*[\]]/g, ''));
}

describe('the dev article as plain text, Markdown and HTML', () => {
  it('gives the same findings in all three', () => {
    const dir = tempProject({});
    for (const name of ['gaza-pentagon.txt', 'gaza-pentagon.md', 'gaza-pentagon.html']) copyFileSync(join(FIXTURES, name), join(dir, name));
    const glossary = join(ROOT, 'glossaries/world-news.yaml');
    const findings = (name: string): string[] => {
      const result = runCli(['check', name, '-g', glossary, '--format', 'json'], { cwd: dir });
      expect(result.stderr).toBe('');
      return findingsOf(result.stdout).map((f) => `${f.ruleId} ${prose(f.text)}`);
    };
    const plain = findings('gaza-pentagon.txt');
    expect(plain.length).toBeGreaterThan(5);
    expect(findings('gaza-pentagon.md')).toEqual(plain);
    expect(findings('gaza-pentagon.html')).toEqual(plain);
  });

  it('keeps the markup of the HTML copy when fixing it', () => {
    const dir = tempProject({});
    copyFileSync(join(FIXTURES, 'gaza-pentagon.html'), join(dir, 'a.html'));
    const before = readFileSync(join(dir, 'a.html'), 'utf8');
    runCli(['check', 'a.html', '-g', join(ROOT, 'glossaries/world-news.yaml'), '--fix', '--unsafe', '--quiet'], { cwd: dir });
    const after = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(after).not.toBe(before);
    expect(after.match(/<[^>]*>/g)).toEqual(before.match(/<[^>]*>/g));
    expect(after.match(/&[#\w]+;/g)).toEqual(before.match(/&[#\w]+;/g));
  });
});

describe('inline suppression from the command line', () => {
  const article = '<!-- tqc-disable-next-line terms/forbidden -->\nGalant spoke.\n\n<!-- tqc-disable names -->\nGallant left.\n';

  it('silences findings, and --report-unused-disables warns at a directive that silenced nothing', () => {
    const dir = galantProject('article.md');
    const path = join(dir, 'suppressed.md');
    writeFileSync(path, article);
    expect(findingsOf(runCli(['check', 'suppressed.md', '-g', 'glossary.yaml', '--format', 'json'], { cwd: dir }).stdout)).toEqual([]);
    const unused = runCli(['check', 'suppressed.md', '-g', 'glossary.yaml', '--format', 'json', '--report-unused-disables'], { cwd: dir });
    expect(findingsOf(unused.stdout).map((f) => [f.ruleId, f.text])).toEqual([['tqc/unused-disable', '<!-- tqc-disable names -->']]);
    expect(unused.status).toBe(0);
  });
});

describe('--source FILE: checks against the original', () => {
  const BILINGUAL = join(ROOT, 'tests/rules/source/fixtures');

  it('reports the renamed person, the dropped number and sentence, and the untranslated paragraph', () => {
    const dir = tempProject({});
    for (const name of ['pentagon.en.md', 'pentagon.es.md']) copyFileSync(join(BILINGUAL, name), join(dir, name));
    const result = runCli(['check', 'pentagon.en.md', '--source', 'pentagon.es.md', '--format', 'json'], { cwd: dir });
    const ids = findingsOf(result.stdout).map((f) => f.ruleId).filter((id) => id.startsWith('source/'));
    expect(ids).toEqual(['source/names', 'source/dropped', 'source/numbers', 'source/untranslated']);
    expect(result.status).toBe(1);
  });

  it('goes with exactly one article', () => {
    const dir = tempProject({ 'a.md': 'One.\n', 'b.md': 'Two.\n', 's.md': 'Uno.\n' });
    const result = runCli(['check', 'a.md', 'b.md', '--source', 's.md'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--source s.md goes with one article');
  });
});

describe('inline HTML elements stay inside the sentence', () => {
  it('"<a><b>Israel</b></a>, When" is still a capital in mid-sentence', () => {
    // Another team owns the rule: only check what it says if this build has it.
    if (!runCli(['rules']).stdout.includes('capitalization/mid-sentence')) return;
    const dir = tempProject({ 'a.html': '<p>He met the minister this Tuesday <a href="/x"><b>Israel</b></a>, When the US warned against it.</p>\n' });
    const findings = findingsOf(runCli(['check', 'a.html', '--format', 'json'], { cwd: dir }).stdout);
    expect(findings.filter((f) => f.ruleId === 'capitalization/mid-sentence').map((f) => f.text)).toEqual(['When']);
  });
});
