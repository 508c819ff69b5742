import { englishWord } from './english-words.js';

/** English word frequencies: what counts as a known word, and how common it is. */
export interface Lexicon {
  /** Occurrences in the SUBTLEX-US corpus (51 million words), any case; 0 for unknown words. */
  count(word: string): number;
  isKnown(word: string): boolean;
  /** Is the word written capitalised in most of its uses (a name: "Austin", "Madrid")? */
  isMostlyCapitalized(word: string): boolean;
}

/** SUBTLEX-US's counts, looked up in the English word table (english-words.ts) on first use. */
const FREQUENCY_LEXICON: Lexicon = {
  count: (word) => englishWord(word)?.count ?? 0,
  isKnown: (word) => englishWord(word)?.known ?? false,
  isMostlyCapitalized: (word) => englishWord(word)?.capitalized ?? false,
};

const COMMON_WORD_COUNT = 1000;

/** A word this frequent, and mostly written in lowercase, is a common word even when written with a capital, not a name. */
export function isCommonWord(lexicon: Lexicon, word: string): boolean {
  return lexicon.count(word) >= COMMON_WORD_COUNT && !lexicon.isMostlyCapitalized(word);
}

/** The lexicon; its table loads on the first look-up. */
export function englishLexicon(): Lexicon {
  return FREQUENCY_LEXICON;
}
