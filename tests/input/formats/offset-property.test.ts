import { decodeHTML } from 'entities/decode';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../src/input/document.js';
import { PLACEHOLDER } from '../../../src/input/formats/extracted-text.js';
import { loadFormats, readDocument } from '../../../src/input/read.js';

/** A piece of a generated file: its source, and the letters a reader sees in it. */
interface Piece {
  src: string;
  letters: string;
}

const word = fc.stringMatching(/^[a-zA-Zé]{1,7}$/).filter((w) => !/^www$/i.test(w)).map((w): Piece => ({ src: w, letters: w }));
const lettersOf = (pieces: Piece[]): string => pieces.map((p) => p.letters).join('');
const sourceOf = (pieces: Piece[]): string => pieces.map((p) => p.src).join('');

const htmlInline: fc.Arbitrary<Piece> = fc.letrec<{ piece: Piece }>((tie) => ({
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    word,
    fc.constantFrom(' ', '\n   ', ' ', ', ', '. ').map((src) => ({ src, letters: '' })),
    fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&ldquo;', '&rdquo;', '&#8217;', '&#x2014;', '&hellip;', '&amp').map((src) => ({ src, letters: '' })),
    fc.constantFrom('<!-- tqc-disable -->', '<code>x = y</code>', '<script>var a = "<p>b</p>";</script>', '<br>', '<span class="ad"></span>').map((src) => ({ src, letters: '' })),
    fc.constantFrom('<img alt="Alt &amp; text" src="x.png">', "<img src='y.png' alt='Photo'>").map((src) => ({ src, letters: src.includes('Alt') ? 'Alttext' : 'Photo' })),
    fc
      .tuple(fc.constantFrom('b', 'em', 'strong', 'a href="/x" title="Tip"'), fc.array(tie('piece'), { maxLength: 4 }))
      .map(([tag, inner]) => ({
        src: `<${tag}>${sourceOf(inner)}</${tag.split(' ')[0]}>`,
        letters: lettersOf(inner) + (tag.includes('title') ? 'Tip' : ''),
      })),
  ),
})).piece;

const htmlBlock = fc
  .tuple(fc.constantFrom(['<p>', '</p>'], ['<h2>', '</h2>'], ['<ul><li>', '</li></ul>'], ['<blockquote><p>', '</p></blockquote>'], ['<div>', '</div>'], ['<figure><figcaption>', '</figcaption></figure>']), fc.array(htmlInline, { maxLength: 8 }))
  .map(([[open, close], inner]) => ({ src: `${open}${sourceOf(inner)}${close}`, letters: lettersOf(inner) }));

const markdownInline: fc.Arbitrary<Piece> = fc.oneof(
  word,
  word,
  fc.constantFrom(' ', ', ', '. ', ' \\* ', ' &amp; ', ' &ldquo;', '&rdquo; ', ' &#8217;').map((src) => ({ src, letters: '' })),
  fc.constantFrom(' `code x` ', ' <span> ', ' <!-- tqc-disable --> ', ' <https://example.com/abc> ').map((src) => ({ src, letters: '' })),
  word.map((w) => ({ src: ` *${w.src}* `, letters: w.letters })),
  word.map((w) => ({ src: ` **${w.src}** `, letters: w.letters })),
  word.map((w) => ({ src: ` [${w.src}](https://example.com/link) `, letters: w.letters })),
  word.map((w) => ({ src: ` ![${w.src}](https://example.com/img.png) `, letters: w.letters })),
);

const markdownBlock = fc
  .tuple(fc.constantFrom('', '# ', '- ', '> ', '1. '), fc.array(fc.tuple(word, fc.array(markdownInline, { maxLength: 6 })), { minLength: 1, maxLength: 3 }))
  .map(([marker, lines]) => {
    // Each line starts with a word, so no line of a paragraph turns into a code block or a list.
    const pieces = lines.map(([first, rest]) => [first, ...rest]);
    return { src: marker + pieces.map(sourceOf).join('\n'), letters: pieces.map(lettersOf).join('') };
  });

/** Is `slice` of the file what the extracted character `ch` came from? */
function isOrigin(slice: string, ch: string): boolean {
  if (slice === ch) return true;
  if (/\s/u.test(ch) && slice.trim() === '') return true; // collapsed whitespace, CRLF
  if (slice.startsWith('\\')) return slice.slice(1) === ch; // a Markdown escape
  return slice.startsWith('&') && decodeHTML(slice).includes(ch); // an entity
}

function expectEveryCharacterMapped(doc: Document): void {
  for (let i = 0; i < doc.text.length; i++) {
    const ch = doc.text.charAt(i);
    if (ch === PLACEHOLDER) continue;
    const start = doc.toSource(i, 'start');
    const end = doc.toSource(i + 1, 'end');
    // Block separators stand for no source text.
    if (start === end) expect(ch).toBe('\n');
    else expect(isOrigin(doc.source.slice(start, end), ch), `${JSON.stringify(ch)} at ${i} ← ${JSON.stringify(doc.source.slice(start, end))}`).toBe(true);
  }
}

const sorted = (letters: string): string => [...letters].sort().join('');

describe('every extracted character maps back to the file', () => {
  beforeAll(() => loadFormats(['a.html', 'a.md']));

  it('HTML built from random pieces', () => {
    fc.assert(
      fc.property(fc.array(htmlBlock, { maxLength: 6 }), (blocks) => {
        const source = `<!DOCTYPE html><html><head><title>Title</title></head><body>\n${sourceOf(blocks)}\n</body></html>\n`;
        const doc = readDocument('a.html', source);
        expectEveryCharacterMapped(doc);
        // Nothing read is lost and nothing skipped leaks in (alt text moves after its block).
        expect(sorted(doc.text.match(/\p{L}/gu)?.join('') ?? '')).toBe(sorted('Title' + lettersOf(blocks)));
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown built from random pieces', () => {
    fc.assert(
      // Raw HTML blocks between Markdown paragraphs are read as HTML (a blank line would end one).
      fc.property(fc.array(fc.oneof(markdownBlock, markdownBlock, htmlBlock.filter((b) => !/\n[ \t]*\n/.test(b.src))), { maxLength: 6 }), fc.boolean(), (blocks, crlf) => {
        const source = blocks.map((b) => b.src).join('\n\n').replace(/\n/g, crlf ? '\r\n' : '\n');
        const doc = readDocument('a.md', source);
        expectEveryCharacterMapped(doc);
        expect(sorted(doc.text.match(/\p{L}/gu)?.join('') ?? '')).toBe(sorted(lettersOf(blocks)));
      }),
      { numRuns: 300 },
    );
  });
});
