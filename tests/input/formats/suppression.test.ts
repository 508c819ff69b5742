import { describe, expect, it } from 'vitest';
import { checkFixture, linesAndTexts } from './check-fixture.js';

describe('inline suppression in each format', () => {
  it('Markdown: disable-next-line and disable … enable comments', async () => {
    const source = [
      'Galant one.',
      '<!-- tqc-disable-next-line terms/forbidden -- the name as the paper printed it -->',
      'Galant two.',
      '',
      '<!-- tqc-disable -->',
      'Galant three, *Galant* four.',
      '<!-- tqc-enable -->',
      '',
      'Galant five.',
    ].join('\n');
    const { doc, findings } = await checkFixture('a.md', source);
    expect(linesAndTexts(doc, findings)).toEqual(['1:Galant', '9:Galant']);
  });

  it('HTML: comments anywhere in the markup', async () => {
    const source = '<p>Galant one.</p>\n<!-- tqc-disable terms -->\n<p>Galant two.</p>\n<!-- tqc-enable terms -->\n<p>Galant three.</p>';
    const { doc, findings } = await checkFixture('a.html', source);
    expect(linesAndTexts(doc, findings)).toEqual(['1:Galant', '5:Galant']);
  });

  it('XLIFF: a tqc:ignore note silences its unit only (1.2 and 2.0)', async () => {
    const v12 = `<xliff version="1.2"><file><body>
<trans-unit id="1"><source>a</source><target>Galant one.</target><note>tqc:ignore terms/forbidden</note></trans-unit>
<trans-unit id="2"><source>b</source><target>Galant two.</target><note>Check with the desk</note></trans-unit>
</body></file></xliff>`;
    const first = await checkFixture('a.xlf', v12);
    expect(linesAndTexts(first.doc, first.findings)).toEqual(['3:Galant']);
    const v20 = `<xliff version="2.0"><file id="f">
<unit id="1"><notes><note>tqc:ignore</note></notes><segment><source>a</source><target>Galant one.</target></segment></unit>
<unit id="2"><segment><source>b</source><target>Galant two.</target></segment></unit>
</file></xliff>`;
    const second = await checkFixture('a.xliff', v20);
    expect(linesAndTexts(second.doc, second.findings)).toEqual(['3:Galant']);
  });
});
