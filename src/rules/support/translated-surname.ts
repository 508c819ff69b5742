import type { Document, Token } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { isGivenNameTitle } from '../../text/titles.js';
import type { NameMention } from './name-mentions.js';

/** Words that run on after a name in a sentence: function words, adverbs, common irregular past tenses. */
const RUNS_ON_AFTER_NAME = new Set([
  'a', 'about', 'across', 'after', 'again', 'against', 'already', 'also', 'although', 'amid', 'among', 'an', 'and',
  'are', 'as', 'at', 'be', 'because', 'been', 'before', 'began', 'being', 'between', 'both', 'bought', 'brought', 'built',
  'but', 'by', 'came', 'can', 'could', 'did', 'do', 'during', 'each', 'even', 'fell', 'felt', 'first', 'flew', 'for',
  'found', 'from', 'gave', 'got', 'had', 'has', 'have', 'he', 'heard', 'held', 'her', 'here', 'herself', 'him',
  'himself', 'his', 'however', 'if', 'in', 'instead', 'into', 'is', 'it', 'its', 'just', 'kept', 'knew', 'later',
  'led', 'left', 'let', 'lost', 'made', 'may', 'meant', 'met', 'might', 'must', 'never', 'next', 'nor', 'not', 'now',
  'of', 'often', 'on', 'once', 'only', 'or', 'over', 'paid', 'put', 'ran', 'read', 'rose', 'said', 'sat', 'saw',
  'say', 'says', 'sent', 'set', 'shall', 'she', 'should', 'since', 'so', 'sought', 'soon', 'spent', 'spoke', 'still',
  'stood', 'struck', 'than', 'that', 'the', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'thought',
  'through', 'to', 'today', 'told', 'too', 'took', 'under', 'until', 'upon', 'via', 'was', 'went', 'were', 'when',
  'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'will', 'with', 'within', 'without', 'won', 'would',
  'wrote', 'yesterday', 'yet',
]);

/**
 * The lowercase word standing where a surname should, after a title and a lone given name
 * ("Defense Minister Yove chivalry", not "King Charles"): a common English word (a translated surname is one) that
 * cannot run the sentence on as a function word, an adverb or a verb would. Undefined otherwise.
 */
export function translatedSurnameOf(doc: Document, mention: NameMention, lexicon: Lexicon): Token | undefined {
  const { next } = mention;
  if (mention.words.length !== 1 || !next || doc.text.slice(mention.end, next.start) !== ' ') return undefined;
  // A title goes before a full name or a surname; only a royal or religious one before a given name alone.
  const titleHead = mention.title.split(' ').pop()!;
  if (titleHead === '' || isGivenNameTitle(titleHead)) return undefined;
  const word = next.text;
  if (!/^\p{Ll}+$/u.test(word) || !lexicon.isKnown(word) || RUNS_ON_AFTER_NAME.has(word)) return undefined;
  return /(ed|ing|ly|s)$/.test(word) ? undefined : next;
}
