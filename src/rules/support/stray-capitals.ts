import type { Document, Sentence, Token } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import {
  canNameSomething, isCardinal, isDeterminer, isFunctionWord, isModal, isMostlyAdverb, isPreposition, isPronoun, mainVerbTag, tagsOf,
} from '../../text/part-of-speech.js';
import { isCapitalized } from '../../text/words.js';
import { isNameLike } from './article-names.js';
import { isFirstWordOf, wordAfter, wordBefore } from './capital-context.js';

/** Months and given names that the tag table files as modals ("in May", "Will Smith"). */
const NAMES_AMONG_FUNCTION_WORDS = new Set(['may', 'will']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Small words inside names: "Secretary of Defense", "Bank for International Settlements". */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'del', 'y']);
/** Only names the lexicon knows as names: a word the article capitalises as a title ("Under Secretary") does not count. */
const NO_NAMES: ReadonlySet<string> = new Set();
/** A verb before a name is stray in its base or past form ("to Destroy Hamas", "Pushed Valdeoro"), not as a participle ("United States"). */
const STRAY_BEFORE_A_NAME = new Set(['VB', 'VBP', 'VBD']);

/**
 * Is the capitalised common word at token `i` out of place, judging by its class and its
 * neighbours, rather than part of a name or a title?
 */
export function isStrayCapital(doc: Document, sentence: Sentence, i: number, lexicon: Lexicon): boolean {
  const word = doc.tokens[i]!.text;
  const prev = wordBefore(doc, i);
  const next = wordAfter(doc, i);
  const afterCapital = prev !== undefined && isCapitalized(prev.text);
  const beforeCapital = next !== undefined && isCapitalized(next.text);
  if ((afterCapital && beforeCapital) || /^\d/u.test(doc.tokens[i + 1]?.text ?? '')) return false;
  // "War Between the States", "Texas A & M Because": after a capital, a function word may be a title's.
  if (isFunctionWord(word)) return !afterCapital && isStrayFunctionWord(doc, i, prev, next, lexicon);
  const isIsolated = prev !== undefined && next !== undefined && !afterCapital && !beforeCapital;
  // "will Further open": nothing right after a modal is a name.
  if (isIsolated && isModal(prev.text)) return true;
  // "The Two leaders", "the Turnover of": a number or a noun after an article, be it capitalised for starting the sentence.
  const isAfterArticle = prev !== undefined && next !== undefined && !beforeCapital && (!afterCapital || isSentenceStart(doc, sentence, i - 1));
  if (isAfterArticle && isDeterminer(prev.text) && (isCardinal(word) || isStrayCommonNoun(doc, i))) return true;
  // "the Fed", "Stone's Throw": after a determiner or a possessive, a verb form is a name.
  if (prev && (isDeterminer(prev.text) || isPossessiveEnding(doc, prev))) return false;
  const verbTag = mainVerbTag(word);
  if (verbTag && beforeCapital) return STRAY_BEFORE_A_NAME.has(verbTag) && isNameLike(next.text, lexicon, NO_NAMES) && !isPreposition(prev?.text ?? '');
  if (verbTag && afterCapital) return verbTag === 'VBZ';
  return isIsolated && (verbTag !== undefined || isMostlyAdverb(word));
}

const isSentenceStart = (doc: Document, sentence: Sentence, i: number): boolean => isFirstWordOf(doc, sentence, i);

function isStrayFunctionWord(doc: Document, i: number, prev: Token | undefined, next: Token | undefined, lexicon: Lexicon): boolean {
  const word = doc.tokens[i]!.text;
  const lower = word.toLowerCase();
  // A pronoun capitalised after a word is reverence ("His exaltation") or a doubled subject (capitalization/spurious-pronoun).
  if (isPronoun(word)) return doc.tokens[i - 1]?.text === ',' && SUBJECT_PRONOUNS.has(lower);
  if (NAMES_AMONG_FUNCTION_WORDS.has(lower)) return false;
  // "The Hague", "former Under Secretary": before a capital, only a function word in front of a name is stray ("of That Israel"),
  // and not one right after a determiner, where no preposition stands: "the Via Veneto", "the Under Armour deal".
  if (next && isCapitalized(next.text)) return !ARTICLES.has(lower) && !(prev && isDeterminer(prev.text)) && isNameLike(next.text, lexicon, NO_NAMES);
  // "vitamin A", "Plan A": the letter A is a label unless a lowercase content word follows.
  if (word === 'A') return next !== undefined && !isFunctionWord(next.text);
  return true;
}

/**
 * "the Turnover of the company", "praised the Attitude of": a noun or adjective that names nothing:
 * no sense of a group, person, place, thing, document or event ("the Council", "the Charter").
 */
function isStrayCommonNoun(doc: Document, i: number): boolean {
  const word = doc.tokens[i]!.text;
  return /^(NN|JJ)/u.test(tagsOf(word)[0] ?? '') && !isInNameWithConnector(doc, i) && !canNameSomething(word);
}

/** "Secretary of Defense", "Bank of England": a capital, a connector and another capital make one name. */
function isInNameWithConnector(doc: Document, i: number): boolean {
  const before = wordBefore(doc, i);
  const after = wordAfter(doc, i);
  const farBefore = before && NAME_CONNECTORS.has(before.text) ? wordBefore(doc, i - 1) : undefined;
  const farAfter = after && NAME_CONNECTORS.has(after.text) ? wordAfter(doc, i + 1) : undefined;
  return (farBefore !== undefined && isCapitalized(farBefore.text)) || (farAfter !== undefined && isCapitalized(farAfter.text));
}

/** The "s" of "Stone's": part of the name before it. */
function isPossessiveEnding(doc: Document, token: Token): boolean {
  return token.text === 's' && /['’]$/u.test(doc.text.slice(0, token.start));
}
