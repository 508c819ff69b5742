import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/input/read.js';
import { mayReachKey } from '../../../src/rules/support/glossary-letter-forms.js';
import { KeyPrefixes, KeyPrefixWalk } from '../../../src/rules/support/letter-index.js';
import { letterRunsFrom } from '../../../src/rules/support/letter-runs.js';
import { bareLetters } from '../../../src/text/name-similarity.js';

describe('mayReachKey', () => {
  it('says no only where no run of words from a token spells a key', () => {
    // Few letters, so that words, runs and keys meet often; é folds, so that the walk meets a maybe.
    const word = fc.stringMatching(/^[aAbB1é]{1,4}$/);
    const joiner = fc.constantFrom(' ', '-', "'", '.', ', ', '\n\n', "'s ");
    const text = fc.tuple(word, fc.array(fc.tuple(joiner, word), { maxLength: 6 })).map(([first, rest]) => first + rest.map(([j, w]) => j + w).join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word.map(bareLetters), { minLength: 1, maxLength: 12 }), text, fc.boolean(), (keys, written, midWord) => {
        const doc = readDocument('a.txt', written);
        const prefixes = KeyPrefixes.of(keys);
        doc.tokens.forEach((_, i) => {
          const walk = new KeyPrefixWalk(prefixes);
          const runs = letterRunsFrom(doc, i, { canFollowSpace: () => true, isWanted: (letters) => walk.hasLongerKey(letters) }, midWord);
          if (runs.some((run) => keys.includes(run.letters))) expect(mayReachKey(doc, i, prefixes), `${written} at ${i}, keys ${keys.join(',')}`).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('rules out a word of ASCII letters unless it, or a run from it, spells a key; a word beyond ASCII is a maybe', () => {
    const prefixes = KeyPrefixes.of(['gallant', 'benitez']);
    const from = (text: string): boolean => mayReachKey(readDocument('a.txt', text), 0, prefixes);
    expect(['Said', 'Gall', 'GALLANT', 'Gall-ant', 'Gallants', 'Benitez', 'Benítez'].map(from)).toEqual([false, false, true, true, false, true, true]);
  });

  it('rules out a word that begins a key when the words after it go another way', () => {
    const doc = readDocument('a.txt', 'the other Theo-dora');
    const prefixes = KeyPrefixes.of(['theodora']);
    expect(doc.tokens.map((_, i) => mayReachKey(doc, i, prefixes))).toEqual([false, false, true, false, false]);
  });
});
