import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/input/document.js';
import type { GlossaryEntry } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';
import { LiteralScanner, requirementsOf } from '../../src/glossary/pattern-literals.js';
import { compilePatterns, matchPatterns, startsAnchored } from '../../src/glossary/patterns.js';

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

describe('requirementsOf', () => {
  it('finds the strings every match must contain, one of each list', () => {
    expect(requirementsOf('(?<=\\b(?:Argentine|Spanish)\\s)technician\\b(?= (?:of|said))')).toEqual([['argentine', 'spanish'], ['technician of', 'technician said']]);
    // A lookahead's strings join the run before it; a lookbehind's do not (they come before it).
    expect(requirementsOf('(?<=the )technician(?= (?:of|said))')).toEqual([['the'], ['technician of', 'technician said']]);
    expect(requirementsOf('\\bthe (?:US|U\\.S\\.|American) side\\b')).toEqual([['the us side', 'the u.s. side', 'the american side']]);
    expect(requirementsOf('\\bsince(?= (?:years|decades)\\b)')).toEqual([['since years', 'since decades']]);
    expect(requirementsOf('^read more\\s*:')).toEqual([['read more']]);
    expect(requirementsOf('colou?r')).toEqual([['colo']]);
    expect(requirementsOf('\\bab\\b')).toEqual([]);
    expect(requirementsOf('technician|coach')).toEqual([['technician', 'coach']]);
    expect(requirementsOf('technician|at')).toEqual([]);
    expect(requirementsOf('\\d+ comments')).toEqual([['comments']]);
    expect(requirementsOf('\\b(?:close to|familiar with) the file\\b(?! cabinets)')).toEqual([['close to the file', 'familiar with the file']]);
    expect(requirementsOf('u\\.s\\. envoy(?:s|es)?')).toEqual([['u.s. envoy']]);
    expect(requirementsOf('\\u0041bcd|\\x41bcd')).toEqual([['bcd', 'bcd']]);
    expect(requirementsOf('(?<year>\\d{4}) budget')).toEqual([['budget']]);
    expect(requirementsOf('(?:the )?minister')).toEqual([['minister']]);
    // "ad" is too short to look for, so the run rules nothing out.
    expect(requirementsOf('a(?:bc|)d')).toEqual([]);
    expect(requirementsOf('xa(?:bc|)de')).toEqual([['xabcde', 'xade']]);
    expect(requirementsOf('noo+ way')).toEqual([['noo'], ['way']]);
  });

  it('scans a text for many strings at once', () => {
    const scanner = new LiteralScanner(['close to', 'familiar with', 'the file', 'u.s. envoy']);
    expect([...scanner.present('sources close to the u.s. envoy said')].sort()).toEqual(['close to', 'u.s. envoy']);
    expect([...scanner.present('ab')]).toEqual([]);
  });

  it('finds exactly the strings a text contains, wherever they overlap', () => {
    // Few characters, so that strings overlap, nest and share suffixes; é and \u2028 are beyond ASCII.
    const chars = /^[abc .é\u2028]{1,7}$/;
    fc.assert(
      fc.property(fc.array(fc.stringMatching(chars), { maxLength: 12 }), fc.stringMatching(/^[abc .é\u2028]{0,60}$/), (literals, text) => {
        expect([...new LiteralScanner(literals).present(text)].sort()).toEqual([...new Set(literals.filter((l) => text.includes(l)))].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('runs a pattern on the blocks that hold what it requires, with the matches of a scan of every block', () => {
    const text = 'Sources close to him.\n\nHe was close to tears, close\nto the end.\n\nNothing here.';
    const blocks = text.split('\n\n').reduce<Block[]>((list, paragraph) => {
      const start = list.length === 0 ? 0 : list[list.length - 1]!.end + 2;
      return [...list, { start, end: start + paragraph.length, kind: 'paragraph' }];
    }, []);
    for (const regex of [/close\sto/iu, /^He was close/u, /^close$/mu, /(?<=to )the end/u]) {
      const found = matchPatterns(text, blocks, compilePatterns([entryWith(regex)])).map((m): [number, number] => [m.start, m.end]);
      expect(found).toEqual(scanned(text, blocks, regex));
    }
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

describe('compilePatterns', () => {
  it('works out what a pattern requires unless its form comes with it (the build’s cache)', () => {
    const entry = entryWith(/\bclose to the file\b/iu, /\bfamiliar with\b/iu);
    const second = entry.forbidden[1];
    if (second?.kind === 'pattern') second.requirements = [['stored']];
    expect(compilePatterns([entry]).map((p) => p.requirements)).toEqual([[['close to the file']], [['stored']]]);
  });
});

describe('the shipped packs’ patterns', () => {
  const packs = ['packs/boilerplate', 'packs/phrasing'].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)));
  const entries = packs.flatMap((file) => {
    const loaded = parseGlossary(file, readFileSync(file, 'utf8'));
    return loaded.ok ? loaded.value.entries : [];
  });
  const compiled = compilePatterns(entries);
  const words = [...new Set(compiled.flatMap((p) => p.requirements.flat()).flatMap((l) => l.split(' ')))];

  it('find in random texts of their own words what a plain scan finds', () => {
    // One choice of each of a pattern's requirements, in order: what a match of it would hold.
    const phrase = fc
      .tuple(fc.nat(compiled.length - 1), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
      .map(([p, picks]) => compiled[p]!.requirements.map((choices, i) => choices[picks[i]! % choices.length]!).join(' '));
    const piece = fc.oneof(phrase, fc.constantFrom(...words), fc.constantFrom('The', 'said', 'on', 'a', '2', ',', '.', ' ', '\n', '\n\n', 'Ministry', 'ſ'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 12 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        const blocks: Block[] = [{ start: 0, end: text.length, kind: 'paragraph' }];
        const found = matchPatterns(text, blocks, compiled).map((m) => `${m.pattern.text}@${m.start}-${m.end}`);
        const expected = compiled.flatMap((p) => scanned(text, blocks, new RegExp(p.regex.source, p.regex.flags.replace(/[gy]/g, ''))).map(([a, b]) => `${p.text}@${a}-${b}`));
        expect(new Set(found)).toEqual(new Set(expected));
      }),
      { numRuns: 500 },
    );
  });
});
