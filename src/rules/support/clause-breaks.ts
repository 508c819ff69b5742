import type { Document, Token } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { canBeVerb, isFunctionWord, isMostlyAdverb, isMostlyNoun, mainVerbTag, tagsOf } from '../../text/part-of-speech.js';
import type { RuleContext } from '../rule.js';
import { isNameLike } from './article-names.js';
import { wordAfter, wordBefore } from './capital-context.js';

/**
 * Where machine translation starts a second clause inside a sentence with a capital. Shared by
 * the rules that report them (a doubled subject, a second subject) and by capitalization/mid-sentence,
 * which leaves these capitals to them.
 */
const SUBJECT_PRONOUNS = new Set(['He', 'She', 'It', 'They', 'We']);
const DETERMINERS = new Set(['A', 'An', 'The', 'This', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our']);

const isLowercase = (word: string): boolean => word === word.toLowerCase();

/** Can a word start a predicate: a verb or an adverb ("said", "stressed", "also")? */
export function isPredicateStart(word: string): boolean {
  return isLowercase(word) && (canBeVerb(word) || isMostlyAdverb(word));
}

/** Rare words missing from the tag table are mostly nouns too. */
const isNounOrRare = (word: string): boolean => isMostlyNoun(word) || tagsOf(word).length === 0;

/**
 * Token `i` is a capitalised subject pronoun right after the noun or name that is already the
 * subject, with a predicate after it: "Lloyd Austin He said", "the USA He met".
 */
export function isDoubledSubjectAt(doc: Document, i: number, lexicon: Lexicon, names: ReadonlySet<string>): boolean {
  if (!SUBJECT_PRONOUNS.has(doc.tokens[i]!.text)) return false;
  const subject = wordBefore(doc, i) ?? appositiveBefore(doc, i, lexicon, names);
  const predicate = wordAfter(doc, i);
  if (!subject || !predicate || !isPredicateStart(predicate.text)) return false;
  return isNameLike(subject.text, lexicon, names) || (isLowercase(subject.text) && isNounOrRare(subject.text));
}

/** Longest name set off by commas that a doubled subject follows: "The chief executive, Marta Albuquerque, He said". */
const MAX_APPOSITIVE_WORDS = 4;

/** The last word of a name between commas right before token `i`, if that is what precedes it. */
function appositiveBefore(doc: Document, i: number, lexicon: Lexicon, names: ReadonlySet<string>): Token | undefined {
  if (doc.tokens[i - 1]?.text !== ',') return undefined;
  for (let k = i - 2; k >= 0 && k >= i - 2 - MAX_APPOSITIVE_WORDS; k--) {
    const token = doc.tokens[k]!;
    if (token.text === ',') return k < i - 2 ? doc.tokens[i - 2] : undefined;
    if (token.kind !== 'word' || !isNameLike(token.text, lexicon, names)) return undefined;
  }
  return undefined;
}

/** "visit", "high-level": a lowercase word that goes on a noun phrase, unlike "and", "of" or "was" after the label in "Column A". */
const isNounPhraseWord = (word: string): boolean => isLowercase(word) && !isFunctionWord(word) && mainVerbTag(word) === undefined;

/**
 * Token `i` is a capitalised determiner right after a name, opening a second subject with no verb
 * between them: "Prime Minister Benjamin Netanyahu A high-level visit was canceled".
 */
export function isSecondSubjectAt(doc: Document, i: number, lexicon: Lexicon, names: ReadonlySet<string>): boolean {
  if (!DETERMINERS.has(doc.tokens[i]!.text)) return false;
  const name = wordBefore(doc, i);
  const next = wordAfter(doc, i);
  return name !== undefined && next !== undefined && isNounPhraseWord(next.text) && isNameLike(name.text, lexicon, names);
}

const REVERENT_FORMS = new Set(['His', 'Him', 'Himself']);

/** Does the text capitalise "His", "Him" or "Himself" after a word, as religious writing does for God? Then a capital "He" is reverence. */
export function usesReverentCapitals(doc: Document, ctx: RuleContext): boolean {
  return ctx.shared('reverent-capitals', () => doc.tokens.some((t, i) => REVERENT_FORMS.has(t.text) && wordBefore(doc, i) !== undefined));
}
