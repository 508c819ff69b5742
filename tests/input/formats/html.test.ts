import { describe, expect, it } from 'vitest';
import { blocksOf, checkFixture, fixture, linesAndTexts } from './check-fixture.js';

describe('HTML input', () => {
  const source = fixture('cms-article.html');

  it('extracts text and alt/title attributes; block elements end blocks, inline ones stay in the sentence', async () => {
    const { doc } = await checkFixture('cms-article.html', source);
    expect(blocksOf(doc)).toEqual([
      'title: Galant meets Austin – World News',
      'heading: Yoav\u00a0Galant in Washington',
      'paragraph: Israeli Defense Minister Yoav Galant met U.S. Defense Secretary Lloyd Austin on Tuesday & discussed Rafah… The talks ran long, and Galant’s aides said little.',
      'caption: Galant profile',
      'caption: Galant at the Pentagon',
      'caption: Galant (AP\u00a0Photo)',
      'quote: “We will not stop,” Galant said.',
      'list-item: Galant arrived on Monday.',
      'list-item: The \uFFFC call is logged.',
      'table-cell: Name',
      'table-cell: Role',
      'table-cell: Yoav Galant',
      'table-cell: Defense Minister',
      'paragraph: Is Israel’s Galant, When asked, quiet?',
    ]);
  });

  it('skips script, style, code and pre, and points findings at the file', async () => {
    const { doc, findings } = await checkFixture('cms-article.html', source);
    // Not in: the JSON-LD script (6), the inline script (17), <code> (18), <pre> (19).
    expect(linesAndTexts(doc, findings)).toEqual([
      '5:Galant', '12:Galant', '13:Galant', '13:Galant', '14:Galant', '15:Galant', '15:Galant', '16:Galant', '18:Galant', '20:Galant', '21:Galant',
    ]);
  });

  it('reads text the parser merged across a stray end tag, even before an entity', async () => {
    // "<a><a></a>x</a>&lt;": the second <a> closes the first; the stray </a> vanishes and "x<" is one text node.
    const html = '<p><a href="/x"><a href="/y"></a>Galant</a>&lt;</p>';
    const { doc, findings } = await checkFixture('stray.html', html);
    expect(doc.text).toBe('Galant<');
    expect(findings.map((f) => html.slice(f.start, f.end))).toEqual(['Galant']);
  });

  it('maps each decoded entity to the entity in the file', async () => {
    const html = '<p>AT&amp;T &ldquo;Galant&rdquo;&#x2019;s &ampGalant</p>';
    const { doc, findings } = await checkFixture('entities.html', html);
    expect(doc.text).toBe('AT&T “Galant”’s &Galant');
    const ampersand = doc.text.indexOf('&');
    expect(html.slice(doc.toSource(ampersand, 'start'), doc.toSource(ampersand + 1, 'end'))).toBe('&amp;');
    expect(findings.map((f) => html.slice(f.start, f.end))).toEqual(['Galant', 'Galant']);
  });
});
