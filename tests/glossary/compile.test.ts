import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../src/glossary/compile.js';
import { MAX_SHARED_PART } from '../../src/glossary/name-index.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/raw.js';
import { readDocument } from '../../src/input/read.js';

const entryOf = (term: string, variants: string[]): GlossaryEntry => ({
  term, type: 'term', variants, forbidden: [], caseSensitive: false, fuzzy: false, source: [], category: 'term', origin: { file: 'g.yaml', line: 1, column: 1 },
});

/** `count` entries that all accept the bare "King". */
const kings = (count: number): Glossary[] => [{ file: 'g.yaml', language: 'en', entries: Array.from({ length: count }, (_, i) => entryOf(`King ${i + 1}`, ['King'])) }];

describe('compiled glossary matches', () => {
  it('lists the other entries sharing a matched form, up to MAX_SHARED_PART of them', () => {
    const doc = readDocument('a.txt', 'King spoke, and King 3 answered.');
    const few = compileGlossaries(kings(5)).match(doc);
    expect(few.map((m) => [doc.text.slice(m.start, m.end), m.others.length])).toEqual([['King', 4], ['King 3', 0]]);
    const crowd = compileGlossaries(kings(MAX_SHARED_PART + 20)).match(doc);
    expect(crowd.map((m) => [doc.text.slice(m.start, m.end), m.others.length])).toEqual([['King', MAX_SHARED_PART], ['King 3', 0]]);
    expect(new Set(crowd[0]!.others.map((o) => o.entry)).has(crowd[0]!.entry)).toBe(false);
  });
});
