import { describe, expect, it } from 'vitest';
import { blocksOf, checkFixture, fixture, linesAndTexts } from './check-fixture.js';

describe('XLIFF input', () => {
  it('1.2: checks each unit’s target (a headline unit is a title); g is text, x/bpt/ept/ph are codes; alt-trans and translate="no" are skipped', async () => {
    const { doc, findings } = await checkFixture('article-1.2.xlf', fixture('article-1.2.xlf'));
    expect(blocksOf(doc)).toEqual([
      'title: Galant meets Austin at the Pentagon',
      'paragraph: Israeli Defense Minister Yoav Galant met Lloyd Austin & aides\uFFFC.',
      'paragraph: Galant said: we will not stop \uFFFC.',
    ]);
    expect(linesAndTexts(doc, findings)).toEqual(['7:Galant', '11:Galant', '16:Galant']);
  });

  it('2.0: the segments of a unit are one block; pc is text, ph/sc/ec are codes; CDATA is text', async () => {
    const { doc, findings } = await checkFixture('article-2.0.xlf', fixture('article-2.0.xlf'));
    expect(blocksOf(doc)).toEqual([
      'title: Galant meets Austin',
      'paragraph: Minister Yoav Galant arrived. Galant spoke & left\uFFFC.',
      'paragraph: Galant & Austin met',
    ]);
    expect(linesAndTexts(doc, findings)).toEqual(['7:Galant', '17:Galant', '22:Galant', '28:Galant']);
  });

  it('reports an element left open, or a file with no <xliff> root, as a parse error', async () => {
    const truncated = '<xliff version="2.0"><file id="f"><unit id="1"><segment>\n<target>Galant spoke.</segment></unit></file></xliff>';
    const { doc, findings } = await checkFixture('broken.xlf', truncated);
    expect(findings.map((f) => `${f.ruleId} ${doc.lines.locate(f.start).line}: ${f.text}`)).toEqual(['tqc/parse-error 2: <target', 'terms/forbidden 2: Galant']);
    expect(findings[0]!.message).toBe('<target> is never closed');
    const other = await checkFixture('other.xlf', '<?xml version="1.0"?>\n<resources><string>Galant</string></resources>');
    expect(other.findings.map((f) => [f.ruleId, f.severity])).toEqual([['tqc/parse-error', 'error']]);
  });
});
