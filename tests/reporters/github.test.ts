import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { escapeData, escapeProperty, renderGithub } from '../../src/reporters/github.js';
import { buildReport } from '../../src/reporters/report.js';
import { LineIndex } from '../../src/text/line-index.js';

const TEXT = 'Shelling hit Kiev overnight.\nA line\nthat breaks\n';

function finding(start: number, end: number, rest: Partial<Finding> = {}): Finding {
  return { ruleId: 'terms/forbidden', category: 'term', severity: 'error', message: 'wrong form', start, end, text: TEXT.slice(start, end), suggestions: [], ...rest };
}

function render(path: string, findings: Finding[], repositoryPaths?: Map<string, string>): string[] {
  const report = buildReport([{ path, findings, lines: new LineIndex(TEXT) }], '1.0.0');
  return renderGithub(report, { color: false, sources: new Map(), repositoryPaths }).trimEnd().split('\n');
}

describe('github reporter', () => {
  it('writes one workflow command per finding with an inclusive end column, then a summary', () => {
    const lines = render('a.txt', [
      finding(13, 17, { suggestions: [{ replacement: 'Kyiv', safe: true }] }),
      finding(29, 35, { severity: 'warning', ruleId: 'typography/doubled-word' }),
      finding(36, 40, { severity: 'info' }),
    ]);
    expect(lines).toEqual([
      '::error file=a.txt,line=1,col=14,endLine=1,endColumn=17,title=terms/forbidden::wrong form → Kyiv',
      '::warning file=a.txt,line=2,col=1,endLine=2,endColumn=6,title=typography/doubled-word::wrong form',
      '::notice file=a.txt,line=3,col=1,endLine=3,endColumn=4,title=terms/forbidden::wrong form',
      'tqc: 1 file checked, 3 findings (1 error, 1 warning, 1 info)',
    ]);
  });

  it('leaves columns out of a span over several lines, as GitHub ignores them there', () => {
    const [line] = render('a.txt', [finding(29, 40, { suggestions: [{ replacement: '', safe: true }] })]);
    expect(line).toBe('::error file=a.txt,line=2,endLine=3,title=terms/forbidden::wrong form → (delete)');
  });

  it('uses the path in the repository when the cli knows it', () => {
    const [line] = render('./a.txt', [finding(13, 17)], new Map([['./a.txt', 'news/a.txt']]));
    expect(line).toContain('file=news/a.txt,');
    expect(render('./b.txt', [finding(13, 17)])[0]).toContain('file=b.txt,');
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('C:\\news, 100%\r\n')).toBe('C%3A\\news%2C 100%25%0D%0A');
    const [line] = render('dir:1/a,b%.txt', [finding(13, 17, { ruleId: 'x:y,z', message: 'say “50%”\nthen: stop, go\r' })]);
    expect(line).toBe('::error file=dir%3A1/a%2Cb%25.txt,line=1,col=14,endLine=1,endColumn=17,title=x%3Ay%2Cz::say “50%25”%0Athen: stop, go%0D');
  });

  it('prints only the summary when nothing was found', () => {
    expect(render('a.txt', [])).toEqual(['tqc: 1 file checked, 0 findings']);
  });
});
