import { describe, expect, it } from 'vitest';
import { blocksOf, checkFixture, fixture, linesAndTexts } from './check-fixture.js';

describe('Markdown input', () => {
  const source = fixture('article.md');

  it('extracts the prose: front matter title and description, headings, paragraphs, quotes, items, cells, alt text', async () => {
    const { doc } = await checkFixture('article.md', source);
    expect(blocksOf(doc)).toEqual([
      'title: Galant meets Austin at the Pentagon',
      'paragraph: Israeli Defense Minister Yoav Galant visits Washington',
      'heading: Yoav Galant meets Lloyd Austin',
      "paragraph: Israeli Defense Minister Yoav Galant met U.S. Defense Secretary Lloyd Austin\non Tuesday & discussed Rafah. The talks ran long, and Galant's aides\nsaid little.",
      'quote: "We will not stop," Galant said.',
      'list-item: Galant arrived on Monday.',
      'list-item: The \uFFFC call is logged.',
      'table-cell: Name',
      'table-cell: Role',
      'table-cell: Yoav Galant',
      'table-cell: Defense Minister',
      'caption: Yoav Galant at the Pentagon',
      'paragraph: \uFFFC',
      'paragraph: More at \uFFFC and \uFFFC.',
    ]);
  });

  it('finds the name in checked prose only, and points at it in the file', async () => {
    const { doc, findings } = await checkFixture('article.md', source);
    // Not in: front matter tags (5), inline code (17), the code block (24), the comment (27), URLs (31).
    expect(linesAndTexts(doc, findings)).toEqual(['2:Galant', '3:Galant', '8:Galant', '10:Galant', '11:Galant', '14:Galant', '16:Galant', '21:Galant', '29:Galant']);
  });

  it('keeps blocks apart, so no sentence runs from one block into the next', async () => {
    const { doc } = await checkFixture('article.md', source);
    for (const sentence of doc.sentences) {
      const block = doc.blocks[sentence.block]!;
      expect(sentence.start).toBeGreaterThanOrEqual(block.start);
      expect(sentence.end).toBeLessThanOrEqual(block.end);
    }
    expect(doc.text).toContain('Washington\n\nYoav Galant meets');
  });

  it('reads one-line front matter values, quoted or not, and leaves other values alone', async () => {
    const source = '---\r\ntitle: "Galant \\"visits\\""\r\ndescription: >\r\n  Galant folded\r\nsummary: Galant\r\n---\r\nGalant arrived.\r\n';
    const { doc, findings } = await checkFixture('front.md', source);
    expect(blocksOf(doc)).toEqual(['title: Galant "visits"', 'paragraph: Galant arrived.']);
    expect(findings.map((f) => source.slice(f.start, f.end))).toEqual(['Galant', 'Galant']);
  });

  it('reads alt text with emphasis in it, mapped past the marks', async () => {
    const source = 'See the map.\n\n![A *map* of Galant’s `route`](map.png)\n';
    const { doc, findings } = await checkFixture('alt.md', source);
    expect(blocksOf(doc)).toEqual(['paragraph: See the map.', 'caption: A map of Galant’s route', 'paragraph: \uFFFC']);
    expect(findings.map((f) => source.slice(f.start, f.end))).toEqual(['Galant']);
  });

  it('reads raw HTML blocks as HTML: captions and alt text in, scripts out', async () => {
    const source = [
      'Intro with Galant.',
      '',
      '<figure>',
      '  <img src="a.jpg" alt="Galant &amp; Austin">',
      '  <figcaption>Galant in',
      '    Washington</figcaption>',
      '</figure>',
      '',
      '<div class="note"><p>A <b>Galant</b> note.</p></div>',
      '',
      '<script>var person = "Galant";</script>',
      '',
    ].join('\n');
    const { doc, findings } = await checkFixture('html-blocks.md', source);
    expect(blocksOf(doc)).toEqual(['paragraph: Intro with Galant.', 'caption: Galant & Austin', 'caption: Galant in Washington', 'paragraph: A Galant note.']);
    expect(linesAndTexts(doc, findings)).toEqual(['1:Galant', '4:Galant', '5:Galant', '9:Galant']);
  });

  it('maps escapes, character references and CRLF line ends back to their source', async () => {
    const crlf = 'A \\*starred\\* word &amp; Galant\r\nand Galant again.\r\n';
    const { doc, findings } = await checkFixture('crlf.md', crlf);
    expect(doc.text).toBe('A *starred* word & Galant\r\nand Galant again.');
    expect(findings.map((f) => crlf.slice(f.start, f.end))).toEqual(['Galant', 'Galant']);
    expect(findings.map((f) => f.start)).toEqual([crlf.indexOf('Galant'), crlf.lastIndexOf('Galant')]);
  });
});
