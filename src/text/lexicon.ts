import { englishWord, type WordFacts } from './english-words.js';

/** English word frequencies: what counts as a known word, and how common it is. */
export interface Lexicon {
  /** Occurrences in the SUBTLEX-US corpus (51 million words), any case; 0 for unknown words. */
  count(word: string): number;
  isKnown(word: string): boolean;
  /** Is the word written capitalised in most of its uses (a name: "Austin", "Madrid")? */
  isMostlyCapitalized(word: string): boolean;
}

const COMMON_WORD_COUNT = 1000;

/** A word this frequent, and mostly written in lowercase, is a common word even when written with a capital, not a name. */
export function isCommonWord(lexicon: Lexicon, word: string): boolean {
  return lexicon.count(word) >= COMMON_WORD_COUNT && !lexicon.isMostlyCapitalized(word);
}

/**
 * The lexicon for one article: SUBTLEX-US's counts, looked up in the English word table
 * (english-words.ts, loaded on first use), each word's facts kept in a table of the article's own
 * words. The rules ask about the same words again and again, and the run's table of every word
 * seen is too large to stay in the processor's caches.
 */
export function articleLexicon(): Lexicon {
  const seen = new Map<string, WordFacts | null>();
  const factsOf = (word: string): WordFacts | null => {
    let facts = seen.get(word);
    if (facts === undefined) seen.set(word, (facts = englishWord(word) ?? null));
    return facts;
  };
  return {
    count: (word) => factsOf(word)?.count ?? 0,
    isKnown: (word) => factsOf(word)?.known ?? false,
    isMostlyCapitalized: (word) => factsOf(word)?.capitalized ?? false,
  };
}
