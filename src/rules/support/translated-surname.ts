import type { Document, Token } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { tagsOf } from '../../text/part-of-speech.js';
import { isGivenNameTitle, isTitleWord } from '../../text/titles.js';
import type { NameMention } from './name-mentions.js';

/** Nouns and adjectives that follow a name as adverbs do ("Minister Yoav today said"). */
const ADVERBIAL = new Set(['alone', 'again', 'here', 'instead', 'now', 'once', 'there', 'today', 'tomorrow', 'tonight', 'yesterday']);

/**
 * The lowercase word standing where a surname should, after a title and a lone given name
 * ("Defense Minister Yove chivalry", not "King Charles"): a noun or an adjective of English (a
 * translated surname is one) that cannot run the sentence on as a verb, a function word or an
 * adverb would. Undefined otherwise.
 */
export function translatedSurnameOf(doc: Document, mention: NameMention, lexicon: Lexicon): Token | undefined {
  const { next } = mention;
  if (mention.words.length !== 1 || !next || doc.text.slice(mention.end, next.start) !== ' ') return undefined;
  // A title goes before a full name or a surname; only a royal or religious one before a given name alone.
  const head = titleHead(doc, mention);
  if (head === '' || isGivenNameTitle(head)) return undefined;
  const word = next.text;
  if (!/^\p{Ll}+$/u.test(word) || !lexicon.isKnown(word) || ADVERBIAL.has(word)) return undefined;
  const tag = tagsOf(word)[0];
  if (tag !== undefined) return /^(NN|JJ)/.test(tag) ? next : undefined;
  return /(ed|ing|ly|s)$/.test(word) ? undefined : next;
}

/** The title right before a mention, capitalised ("Defense Minister") or not ("the defense minister"). */
export function titleHead(doc: Document, mention: NameMention): string {
  const written = mention.title.split(' ').pop() ?? '';
  if (written !== '') return written;
  const { before } = mention;
  const isAdjacent = before !== undefined && doc.text.slice(before.end, mention.start) === ' ';
  return isAdjacent && before.kind === 'word' && isTitleWord(before.text) ? before.text.toLowerCase() : '';
}
