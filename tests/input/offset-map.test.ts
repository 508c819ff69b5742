import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffsetMap, OffsetMapBuilder } from '../../src/input/offset-map.js';
import { normalizeWithMap } from '../../src/input/normalize.js';

describe('OffsetMap', () => {
  it('maps identity offsets to themselves', () => {
    const map = OffsetMap.identity(10);
    expect(map.toSource(4, 'start')).toBe(4);
    expect(map.isIdentity).toBe(true);
  });

  it('maps inside an atomic run to its ends by bias', () => {
    // "a&amp;b" extracted as "a&b": the "&" stands for 5 source characters.
    const b = new OffsetMapBuilder();
    b.copy(0, 1);
    b.replace(1, 5, 1);
    b.copy(6, 1);
    const map = b.build();
    expect(map.toSource(1, 'start')).toBe(1);
    expect(map.toSource(2, 'end')).toBe(6);
    expect(map.toSource(2, 'start')).toBe(6);
    expect(map.toSource(3, 'end')).toBe(7);
  });

  it('NFC-normalises a decomposed name and maps it back to the source bytes', () => {
    const source = 'Sr. Go\u0301mez dijo';
    const { text, map } = normalizeWithMap(source);
    expect(text).toBe('Sr. Gómez dijo');
    const start = text.indexOf('Gómez');
    const end = start + 'Gómez'.length;
    expect(source.slice(map.toSource(start, 'start'), map.toSource(end, 'end'))).toBe('Go\u0301mez');
  });

  it('property: every span between characters maps to a source span whose NFC is the span', () => {
    const pieces = fc.constantFrom('a', 'o\u0301', 'é', 'e\u0301', ' ', 'n\u0303', '😀', '\r\n', 'Z', '\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const source = parts.join('');
        const { text, map } = normalizeWithMap(source);
        expect(text).toBe(source.normalize('NFC'));
        // Offsets between characters with their combining marks: where a token can start or end.
        const clusters = text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
        const cuts = [0, ...clusters.map((_, i) => clusters.slice(0, i + 1).join('').length)];
        const a = cuts[x % cuts.length]!;
        const b = cuts[y % cuts.length]!;
        const [from, to] = a <= b ? [a, b] : [b, a];
        const slice = source.slice(map.toSource(from, 'start'), map.toSource(to, 'end'));
        expect(slice.normalize('NFC')).toBe(text.slice(from, to));
      }),
    );
  });
});
