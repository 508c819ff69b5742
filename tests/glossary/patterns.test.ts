import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/input/document.js';
import type { GlossaryEntry } from '../../src/glossary/raw.js';
import { compilePatterns, matchPatterns, requiredLiteral, startsAnchored } from '../../src/glossary/patterns.js';

/** What a plain scan of every block finds: the behaviour the anchored search must keep. */
function scanned(text: string, blocks: Block[], regex: RegExp): Array<[number, number]> {
  return blocks.flatMap((b) =>
    [...text.slice(b.start, b.end).matchAll(new RegExp(regex.source, `${regex.flags}g`))].map((m): [number, number] => [b.start + m.index, b.start + m.index + m[0].length]),
  );
}

function entryWith(...patterns: RegExp[]): GlossaryEntry {
  return {
    term: 'x', type: 'phrase', variants: [], caseSensitive: false, fuzzy: false, source: [], category: 'boilerplate',
    origin: { file: 'g.yaml', line: 1, column: 1 },
    forbidden: patterns.map((regex) => ({ kind: 'pattern' as const, text: `/${regex.source}/${regex.flags}`, regex })),
  };
}

describe('startsAnchored', () => {
  it('is true only when every alternative starts at ^', () => {
    expect(startsAnchored('^read more.*$')).toBe(true);
    expect(startsAnchored('^(?:a|b)c')).toBe(true);
    expect(startsAnchored('^[|]x')).toBe(true);
    expect(startsAnchored('^\\|x')).toBe(true);
    expect(startsAnchored('^a|b')).toBe(false);
    expect(startsAnchored('a^')).toBe(false);
  });
});

describe('matchPatterns: the matches of a scan of each block', () => {
  const text = 'Read more: a\r\nread more: b\nRead more: c read more: d\u2028read more: e\n\nShare this\rShare this';
  const blocks: Block[] = [
    { start: 0, end: text.indexOf('\n\n'), kind: 'paragraph' },
    { start: text.indexOf('Share'), end: text.length, kind: 'paragraph' },
  ];
  const patterns = [/^read more: \w$/imu, /^read more/iu, /read more: \w/iu, /^share this$/imu, /^(?:share|read) \w+/imu, /^a|share/iu, /\w+$/u];
  it.each(patterns.map((p) => [String(p), p]))('%s', (_, regex) => {
    const found = matchPatterns(text, blocks, compilePatterns([entryWith(regex as RegExp)])).map((m): [number, number] => [m.start, m.end]);
    expect(found).toEqual(scanned(text, blocks, regex as RegExp));
  });
});

describe('requiredLiteral', () => {
  it('finds the longest unquantified top-level run of letters', () => {
    expect(requiredLiteral('(?<=\\b(?:Argentine|Spanish)\\s)technician\\b(?= (?:of|said))')).toBe('technician');
    expect(requiredLiteral('^read more\\s*:')).toBe('read more');
    expect(requiredLiteral('colou?r')).toBe('colo');
    expect(requiredLiteral('\\bab\\b')).toBeUndefined();
    expect(requiredLiteral('technician|coach')).toBeUndefined();
    expect(requiredLiteral('\\d+ comments')).toBe('comments');
  });

  it('rules out a text only when the pattern cannot match it', () => {
    const text = 'The Argentine TECHNICIAN said so. The \u212Aelvin case.';
    const blocks: Block[] = [{ start: 0, end: text.length, kind: 'paragraph' }];
    for (const regex of [/(?<=Argentine )technician/iu, /kelvin/iu, /technician/u, /keLVin/u]) {
      const found = matchPatterns(text, blocks, compilePatterns([entryWith(regex)])).map((m): [number, number] => [m.start, m.end]);
      expect(found).toEqual(scanned(text, blocks, regex));
    }
  });
});
