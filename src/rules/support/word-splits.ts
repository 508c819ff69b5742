import type { Lexicon } from '../../text/lexicon.js';
import { isFunctionWord, isMostlyAdverb, tagsOf } from '../../text/part-of-speech.js';
import { isCapitalized } from '../../text/words.js';
import { isNameLike } from './article-names.js';

/** A token that is two words run together: the two words and what goes between them. */
export interface Split {
  left: string;
  right: string;
  /** A full stop when the second word opens a sentence; a comma before "who" after a name. */
  separator: ' ' | '. ' | ', ';
}

/** What the article itself tells about a word: does it use it as a name, how often does it stand alone. */
export interface ArticleWords {
  isName(word: string): boolean;
  timesAlone(word: string): number;
}

/** Small words that get stuck to the end of a link's text ("Madridthat", "awardsaid"), and end no English word or name. */
const TAILS = new Set([
  'the', 'that', 'this', 'these', 'those', 'their', 'but', 'which', 'who', 'whose', 'said', 'says', 'was', 'were',
  'has', 'had', 'have', 'with', 'from', 'will', 'would',
]);
/**
 * Short words end too many names ("Thomas", "Roland", "Gordon" beside "Gord") to split after any
 * name: only after an acronym ("INDECas"), or after a name of the article not followed by another
 * capital ("Gazaand protect"). Not "an": "Jordan", "Milan".
 */
const SHORT_TAILS = new Set([...TAILS, 'and', 'as', 'of', 'to', 'in', 'is', 'on', 'at', 'for']);
const RELATIVE_TAILS = new Set(['who', 'which', 'whose']);
/** After a common noun only a preposition stands out ("yenin total"); "built-in", "skis", "goin'" look alike otherwise. */
const TAILS_AFTER_NOUNS = new Set(['in', 'on', 'at', 'of']);
/** A part of a joined word must be at least this common in the lexicon (SUBTLEX counts); a name or a word before a short tail, more. */
const MIN_WORD_COUNT = 30;
const MIN_COMMON_COUNT = 100;
/** Words that end no name ("-son", "-town", "-land", "-lies" in "Phillies" do): a long past form or plural. */
const UNNAMELIKE_TAGS = new Set(['VBD', 'NNS']);
const MIN_UNNAMELIKE_LENGTH = 6;

/** The words a token runs together, if it is such a token; `next` is the word after it. */
export function splitRunTogether(word: string, next: string | undefined, lexicon: Lexicon, words: ArticleWords): Split | undefined {
  return splitAfterNumber(word) ?? splitCamelCase(word, lexicon, words) ?? splitNameTail(word, next, lexicon, words) ?? splitLowercase(word, lexicon);
}

/** "2027The company…": a number, then a word that opens a sentence. */
function splitAfterNumber(word: string): Split | undefined {
  const m = /^(\d+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  return m && opensSentence(m[2]!) ? { left: m[1]!, right: m[2]!, separator: '. ' } : undefined;
}

const opensSentence = (word: string): boolean => isFunctionWord(word) || isMostlyAdverb(word);

/** A lowercase word with a capitalised one stuck to it: "hostagesThere", not "McFeeley" or "iPhone". */
export const CAMEL_JOIN = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

/** "hostagesThere", "visitedMadrid": a lowercase word, then a capitalised one that opens a sentence or is a name. */
function splitCamelCase(word: string, lexicon: Lexicon, words: ArticleWords): Split | undefined {
  const m = CAMEL_JOIN.exec(word);
  if (!m || lexicon.count(m[1]!) < MIN_WORD_COUNT) return undefined;
  const [, left, right] = m as unknown as [string, string, string];
  if (opensSentence(right)) return { left, right, separator: '. ' };
  return isNameLike(right, lexicon, new Set()) || words.isName(right) ? { left, right, separator: ' ' } : undefined;
}

/** "Madridthat", "INDECas", "Echeverríaexplained": a name or an acronym with a word stuck to its end. */
function splitNameTail(word: string, next: string | undefined, lexicon: Lexicon, words: ArticleWords): Split | undefined {
  if (!/^\p{Lu}/u.test(word) || lexicon.isKnown(word) || /\d/u.test(word)) return undefined;
  for (let k = word.length - 2; k >= 2; k--) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (!/^\p{Ll}+$/u.test(right) || !fitsAfter(left, right, next, lexicon, words)) continue;
    return { left, right, separator: RELATIVE_TAILS.has(right) && !isAcronym(left) ? ', ' : ' ' };
  }
  return undefined;
}

const isAcronym = (word: string): boolean => /^\p{Lu}{2,}$/u.test(word) && tagsOf(word).length === 0;

function fitsAfter(left: string, right: string, next: string | undefined, lexicon: Lexicon, words: ArticleWords): boolean {
  if (isAcronym(left)) return SHORT_TAILS.has(right);
  if (!/^\p{Lu}\p{Ll}+$/u.test(left)) return false;
  if (words.isName(left)) return TAILS.has(right) || fitsShortTail(left, right, next) || isUnnamelikeWord(right, lexicon);
  return TAILS.has(right) && lexicon.isMostlyCapitalized(left) && lexicon.count(left) >= MIN_COMMON_COUNT;
}

/** "Gazaand protect": a short tail, unless a capital follows (a full name: "Gordon Peters") or it makes "-son" ("Adamson"). */
function fitsShortTail(left: string, right: string, next: string | undefined): boolean {
  return SHORT_TAILS.has(right) && !(next && isCapitalized(next)) && !(right === 'on' && left.endsWith('s'));
}

function isUnnamelikeWord(word: string, lexicon: Lexicon): boolean {
  return word.length >= MIN_UNNAMELIKE_LENGTH && lexicon.count(word) >= MIN_WORD_COUNT && UNNAMELIKE_TAGS.has(tagsOf(word)[0] ?? '');
}

const isOnlyNoun = (word: string): boolean => tagsOf(word).length > 0 && tagsOf(word).every((tag) => tag.startsWith('NN'));

/** Lowercase words judged so far with each lexicon (null: no split): a word is tried at every cut, and an archive repeats its words. */
const lowercaseSplits = new WeakMap<Lexicon, Map<string, Split | null>>();
/** Bounds the memory of a long run; a clear now and then costs little. */
const SPLITS_LIMIT = 100_000;

/** "awardsaid", "yenin": an unknown lowercase word made of a common word and a small word. */
function splitLowercase(word: string, lexicon: Lexicon): Split | undefined {
  let judged = lowercaseSplits.get(lexicon);
  if (!judged) lowercaseSplits.set(lexicon, (judged = new Map()));
  let split = judged.get(word);
  if (split === undefined) {
    if (judged.size >= SPLITS_LIMIT) judged.clear();
    split = bestLowercaseSplit(word, lexicon) ?? null;
    judged.set(word, split);
  }
  return split ?? undefined;
}

function bestLowercaseSplit(word: string, lexicon: Lexicon): Split | undefined {
  if (word !== word.toLowerCase() || lexicon.isKnown(word) || tagsOf(word).length > 0) return undefined;
  let best: Split | undefined;
  let bestCount = 0;
  for (let k = 2; k < word.length - 1; k++) {
    const right = word.slice(k);
    const isTail = TAILS.has(right);
    // Most cuts leave no small word on the right: the left part need not be looked up then.
    if (!isTail && !TAILS_AFTER_NOUNS.has(right)) continue;
    const left = word.slice(0, k);
    const count = lexicon.count(left);
    const fits = isTail || (count >= MIN_COMMON_COUNT && isOnlyNoun(left));
    if (!fits || count < MIN_WORD_COUNT || lexicon.isMostlyCapitalized(left) || count <= bestCount) continue;
    best = { left, right, separator: ' ' };
    bestCount = count;
  }
  return best;
}
