import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArticle, PIECE_CHARS, piecesOf } from '../../src/engine/check-article.js';
import type { EnabledRule } from '../../src/engine/run.js';
import { compileGlossaries } from '../../src/glossary/compile.js';
import { loadFormats } from '../../src/input/read.js';
import { defineRule } from '../../src/rules/rule.js';

/** The longest document the rule below was given. */
let longestChecked = 0;

/** A rule flagging every "Galant", with a fix spanning the line around it (offsets that must shift too). */
const galant = defineRule({
  meta: { id: 'test/galant', category: 'name', severity: 'warning', summary: 'x', rationale: 'x', fix: 'suggestion', examples: { valid: [], invalid: [] } },
  check(doc, ctx) {
    longestChecked = Math.max(longestChecked, doc.text.length);
    for (const m of doc.text.matchAll(/Galant/g)) {
      ctx.report({ start: m.index, end: m.index + 6, message: 'Gallant', suggestions: [{ replacement: 'Gallant' }, { replacement: '', start: m.index - 5, end: m.index + 6 }] });
    }
  },
});
const rules: EnabledRule[] = [{ rule: galant, severity: 'warning', options: {} }];

describe('piecesOf', () => {
  it('cuts the text into pieces no longer than asked, which join back into it', () => {
    const text = fc.array(fc.constantFrom('word ', 'Galant ', '\n', '\n\n', '\r\n\r\n', '😀'), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 60 }), (t, size) => {
        const pieces = piecesOf(t, size);
        expect(pieces.map((p) => p.text).join('')).toBe(t);
        for (const p of pieces) {
          expect(t.slice(p.start, p.start + p.text.length)).toBe(p.text);
          expect(p.text.length).toBeLessThanOrEqual(size);
        }
      }),
    );
  });

  it('cuts after the last blank line before the limit', () => {
    expect(piecesOf('aaa\n\nbbb\nccc\n\nddd', 14).map((p) => p.text)).toEqual(['aaa\n\nbbb\nccc\n\n', 'ddd']);
    expect(piecesOf('aaa\nbbb\nccc', 9).map((p) => p.text)).toEqual(['aaa\nbbb\n', 'ccc']);
  });
});

describe('checkArticle', () => {
  beforeAll(() => loadFormats(['dump.html']));

  it('checks a file larger than a piece in pieces, with findings at their places in the whole file', () => {
    const paragraph = 'The minister Yoav Galant spoke on Tuesday.\n\n';
    const text = paragraph.repeat(Math.ceil((PIECE_CHARS * 1.5) / paragraph.length));
    let progress = 0;
    const findings = checkArticle('dump.txt', text, compileGlossaries([]), rules, {}, (fraction) => (progress = Math.max(progress, fraction)));
    expect(findings).toHaveLength(text.split('Galant').length - 1);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe('Galant');
      expect(text.slice(f.suggestions[1]!.start, f.suggestions[1]!.end)).toBe('Yoav Galant');
    }
    expect(progress).toBe(1);
    expect(longestChecked).toBeLessThanOrEqual(PIECE_CHARS);
  });

  it('checks an HTML file whole, however large: its markup spans the cuts', () => {
    const text = `<p>${'Yoav Galant spoke. '.repeat(Math.ceil(PIECE_CHARS / 19))}</p>`;
    expect(checkArticle('dump.html', text, compileGlossaries([]), rules).length).toBe(text.split('Galant').length - 1);
  });
});
