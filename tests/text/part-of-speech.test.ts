import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFunctionWord, tagsOf } from '../../src/text/part-of-speech.js';

const FUNCTION_TAGS = new Set(['DT', 'PDT', 'IN', 'CC', 'TO', 'MD', 'EX', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB']);

describe('isFunctionWord', () => {
  it('says whether the word’s most frequent tag is a closed class, in any case', () => {
    expect(['the', 'The', 'THE', 'tHe', 'against', 'When', 'WHOSE', 'its'].every(isFunctionWord)).toBe(true);
    expect(['chivalry', 'Democrats', 'NATO', 'McDonald', 'Gallant', '', '2nd', 'Ünder'].some(isFunctionWord)).toBe(false);
  });

  it('agrees with the tag table for words of every case shape', () => {
    const base = fc.constantFrom('the', 'a', 'an', 'of', 'when', 'which', 'to', 'could', 'there', 'his', 'über', 'under', 'leader', 'rising', 'x', 'o’', 'b2b', 'i');
    const recase = fc.array(fc.boolean(), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(base, recase, (word, upper) => {
        const written = [...word].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch)).join('');
        expect(isFunctionWord(written), written).toBe(FUNCTION_TAGS.has(tagsOf(written)[0] ?? ''));
      }),
      { numRuns: 400 },
    );
  });
});
