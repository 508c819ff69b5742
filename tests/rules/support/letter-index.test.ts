import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/glossary/raw.js';
import { KeyPrefixes, KeyPrefixWalk, LetterIndex } from '../../../src/rules/support/letter-index.js';
import { fnvHash } from '../../../src/text/fnv-hash.js';
import { bareLetters } from '../../../src/text/name-similarity.js';

const entry = (term: string, variants: string[] = [], category: GlossaryEntry['category'] = 'name'): GlossaryEntry => ({
  term, type: 'person', variants, forbidden: [], caseSensitive: true, fuzzy: true, source: [], category,
  origin: { file: 'g.yaml', line: 1, column: 1 },
});

/** The definition: each name's or term's forms by bare letters of four or more, the first to claim a key keeping it. */
function reference(entries: GlossaryEntry[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const e of entries) {
    if (e.category !== 'name' && e.category !== 'term') continue;
    for (const text of [e.term, ...e.variants]) {
      const key = bareLetters(text);
      if (key.length >= 4 && !forms.has(key)) forms.set(key, text);
    }
  }
  return forms;
}

describe('LetterIndex', () => {
  it('finds a form by its bare letters, the first filed winning, short keys and other categories left out', () => {
    const index = new LetterIndex([entry("Chang'e-6", ['Change 6']), entry('CHANGE6'), entry('US'), entry('Benítez'), entry('Jeju', [], 'boilerplate'), entry('강감찬')]);
    expect(index.get('change6')?.text).toBe("Chang'e-6");
    expect(index.get('benitez')?.text).toBe('Benítez');
    expect(index.get('us')).toBeUndefined();
    expect(index.get('jeju')).toBeUndefined();
    expect(index.get(bareLetters('강감찬'))?.text).toBe('강감찬');
    expect(new LetterIndex([]).isEmpty).toBe(true);
  });

  it('agrees with a Map of the forms by their bare letters', () => {
    const text = fc.stringMatching(/^[A-Za-zéÉ' -]{0,9}$/);
    const entries = fc.array(fc.record({ term: text, variants: fc.array(text, { maxLength: 2 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(entries, fc.array(text, { maxLength: 5 }), (raw, probes) => {
        const list = raw.map((r) => entry(r.term, r.variants));
        const index = new LetterIndex(list);
        const expected = reference(list);
        for (const key of [...expected.keys(), ...probes.map(bareLetters)]) expect(index.get(key)?.text).toBe(expected.get(key));
        for (const key of expected.keys()) expect(index.prefixes.isKey(fnvHash(key))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('still finds every key past the room it was sized for (NFD spells a Korean name longer than it is written)', () => {
    const prefixes = new KeyPrefixes(0, 0);
    const keys = Array.from({ length: 2000 }, (_, i) => `key${i}`);
    for (const key of keys) prefixes.add(Int32Array.from(key, (ch) => ch.charCodeAt(0)), key.length);
    const begins = (letters: string): boolean => new KeyPrefixWalk(prefixes).hasLongerKey(letters);
    expect(keys.every((key) => prefixes.isKey(fnvHash(key)) && begins(key.slice(0, 3)) && begins(key.slice(0, -1)))).toBe(true);
  });

  it('tells keys from other letters when sized for them', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `key${i}name`);
    const prefixes = KeyPrefixes.of(keys);
    const others = Array.from({ length: 5000 }, (_, i) => fnvHash(`other${i}`));
    expect(others.filter((hash) => prefixes.isKey(hash)).length / others.length).toBeLessThan(0.01);
  });
});
