import type { Document } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { isFunctionWord, isMostlyAdverb, tagsOf } from '../../text/part-of-speech.js';
import { foldWord } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { articleNames, isNameLike, midSentenceNames } from '../support/article-names.js';

/** A word joined to the next: the text to write instead, with a stop when the second word opens a sentence. */
interface Split {
  left: string;
  right: string;
  separator: ' ' | '. ';
}

/** Small words that get stuck to the end of a link's text ("Madridthat", "awardsaid"), and end no English word or name. */
const TAILS = new Set([
  'the', 'that', 'this', 'these', 'those', 'their', 'but', 'which', 'who', 'whose', 'said', 'says', 'was', 'were',
  'has', 'had', 'have', 'with', 'from', 'will', 'would',
]);
/**
 * Short words stand out after an acronym ("INDECas"); after a name they would split "Thomas",
 * "Roland", or "Gordon" in a story that also calls him "Gord".
 */
const TAILS_AFTER_ACRONYMS = new Set([...TAILS, 'and', 'as', 'of', 'to', 'in', 'is', 'on', 'at', 'for']);
/** A joined word needs a first part at least this common in the lexicon (SUBTLEX counts): a known word, or a well-known name. */
const MIN_WORD_COUNT = 30;
const MIN_NAME_COUNT = 100;

/** What the article itself tells about a word: does it use it as a name, how often does it stand alone. */
interface ArticleWords {
  isName(word: string): boolean;
  timesAlone(word: string): number;
}

export default defineRule({
  meta: {
    id: 'join/run-together',
    category: 'join',
    severity: 'warning',
    summary: 'Two words run together where a link, bold text or a paragraph break lost its space.',
    rationale:
      'Scraping drops the space or the paragraph break at the edge of a link or a bold run: “hostagesThere”, ' +
      '“Madridthat”. Spell checkers skip such tokens as names; readers stumble on them.',
    fix: 'safe',
    examples: {
      valid: [
        'Shares of PayPal and YouTube rose after the iPhone launch, while eBay and McDonald’s fell.',
        'The outfielder signed a contract with the ballclub on Tuesday.',
        'Fans in Thomas County cheered as the Boston team arrived in Texas.',
        'Delegates from ASEAN met in Jakarta; ASEANs summit ends on Friday.',
      ],
      invalid: [
        { text: 'Rescuers freed the [[minersThe]] operation took two days.', output: 'Rescuers freed the miners. The operation took two days.' },
        {
          text: 'The coach praised Real Madrid. Fans of real [[Madridthat]] night sang for hours.',
          output: 'The coach praised Real Madrid. Fans of real Madrid that night sang for hours.',
        },
        { text: 'A long-awaited [[prizesaid]] the author, who thanked her publisher.', output: 'A long-awaited prize said the author, who thanked her publisher.' },
        {
          text: 'Data from the [[INDECas]] any analyst knows, lag by a month. INDEC publishes monthly.',
          output: 'Data from the INDEC as any analyst knows, lag by a month. INDEC publishes monthly.',
        },
        {
          text: 'Coach Luis Ferro praised [[Ferrothe]] veteran, said the club.',
          output: 'Coach Luis Ferro praised Ferro the veteran, said the club.',
        },
      ],
    },
  },
  check(doc, ctx) {
    const lexicon = ctx.lexicon();
    const names = articleNames(doc, ctx);
    const midSentence = midSentenceNames(doc, ctx);
    const alone = timesAlone(doc);
    const words: ArticleWords = {
      isName: (word) => midSentence.has(foldWord(word)) || names.has(foldWord(word)),
      timesAlone: (word) => alone.get(foldWord(word)) ?? 0,
    };
    for (const token of doc.tokens) {
      if (token.kind !== 'word' || token.text.length < 5 || /\d/u.test(token.text) || words.timesAlone(token.text) > 1) continue;
      const split = splitCamelCase(token.text, lexicon, words) ?? splitNameTail(token.text, lexicon, words) ?? splitLowercase(token.text, lexicon);
      if (!split) continue;
      const replacement = split.left + split.separator + split.right;
      ctx.report({
        start: token.start,
        end: token.end,
        message: `“${token.text}” runs two words together: write “${replacement}”`,
        suggestions: [{ replacement, description: split.separator === ' ' ? 'add the space' : 'add the full stop' }],
      });
    }
  },
});

function timesAlone(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of doc.tokens) if (t.kind === 'word') counts.set(foldWord(t.text), (counts.get(foldWord(t.text)) ?? 0) + 1);
  return counts;
}

/** "hostagesThere", "visitedMadrid": a lowercase word, then a capitalised one that opens a sentence or is a name. */
function splitCamelCase(word: string, lexicon: Lexicon, words: ArticleWords): Split | undefined {
  const m = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (!m || lexicon.count(m[1]!) < MIN_WORD_COUNT) return undefined;
  const [, left, right] = m as unknown as [string, string, string];
  if (isFunctionWord(right) || isMostlyAdverb(right)) return { left, right, separator: '. ' };
  return isNameLike(right, lexicon, new Set()) || words.isName(right) ? { left, right, separator: ' ' } : undefined;
}

/** "Madridthat", "INDECas": a name or an acronym with a small word stuck to its end. */
function splitNameTail(word: string, lexicon: Lexicon, words: ArticleWords): Split | undefined {
  if (!/^\p{Lu}/u.test(word) || lexicon.isKnown(word)) return undefined;
  for (let k = word.length - 2; k >= 2; k--) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    const isAcronym = /^\p{Lu}{2,}$/u.test(left) && tagsOf(left).length === 0;
    if (isAcronym ? TAILS_AFTER_ACRONYMS.has(right) : TAILS.has(right) && isKnownName(left, lexicon, words)) {
      return { left, right, separator: ' ' };
    }
  }
  return undefined;
}

function isKnownName(word: string, lexicon: Lexicon, words: ArticleWords): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return words.isName(word) || (lexicon.isMostlyCapitalized(word) && lexicon.count(word) >= MIN_NAME_COUNT);
}

/** "awardsaid": an unknown lowercase word made of a common word and a small word. */
function splitLowercase(word: string, lexicon: Lexicon): Split | undefined {
  if (word !== word.toLowerCase() || lexicon.isKnown(word) || tagsOf(word).length > 0) return undefined;
  let best: Split | undefined;
  let bestCount = 0;
  for (let k = 2; k < word.length - 2; k++) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    const count = lexicon.count(left);
    if (!TAILS.has(right) || count < MIN_WORD_COUNT || lexicon.isMostlyCapitalized(left) || count <= bestCount) continue;
    best = { left, right, separator: ' ' };
    bestCount = count;
  }
  return best;
}
