import type { Document } from '../../input/document.js';
import { isNameType } from '../../glossary/raw.js';
import type { Lexicon } from '../../text/lexicon.js';
import { isFunctionWord } from '../../text/part-of-speech.js';
import { foldWord, isAllCaps, isCapitalized, wordsOf } from '../../text/words.js';
import type { RuleContext } from '../rule.js';
import { isCapitalExpected } from './capital-context.js';
import { glossaryMatches } from './glossary-matches.js';

/** A common word capitalised this often where no sentence start explains it is the article's name for something. */
const HOUSE_CAPITAL_COUNT = 2;

/**
 * Words (folded) the article itself treats as names: the words of its glossary names and titles, and content
 * words it capitalises mid-sentence in two places or more ("the Council … the Council").
 */
export function articleNames(doc: Document, ctx: RuleContext): ReadonlySet<string> {
  return ctx.shared('article-names', () => {
    const names = new Set<string>();
    for (const match of glossaryMatches(doc, ctx)) {
      // Names and titles only: a pack's phrase ("the two") names nothing.
      if (!isNameType(match.entry.type) && match.entry.type !== 'title') continue;
      for (const word of wordsOf(doc.text.slice(match.start, match.end))) names.add(foldWord(word));
    }
    for (const [word, count] of midSentenceCapitals(doc, ctx)) if (count >= HOUSE_CAPITAL_COUNT) names.add(word);
    return names;
  });
}

function midSentenceCapitals(doc: Document, ctx: RuleContext): Map<string, number> {
  return ctx.shared('mid-sentence-capitals', () => countMidSentenceCapitals(doc));
}

function countMidSentenceCapitals(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind !== 'word' || !isCapitalized(token.text) || isFunctionWord(token.text)) continue;
      if (isCapitalExpected(doc, sentence, i)) continue;
      const key = foldWord(token.text);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The content words the article capitalises mid-sentence at least once, where the place does not explain it (folded). */
export function midSentenceNames(doc: Document, ctx: RuleContext): ReadonlySet<string> {
  return new Set(midSentenceCapitals(doc, ctx).keys());
}

/** Does a word read as a name: an acronym, or a capitalised word that the lexicon mostly capitalises or does not know, or that the article uses as a name? */
export function isNameLike(word: string, lexicon: Lexicon, names: ReadonlySet<string>): boolean {
  if (isAllCaps(word) && word.length > 1) return true;
  if (!isCapitalized(word)) return false;
  return !lexicon.isKnown(word) || lexicon.isMostlyCapitalized(word) || names.has(foldWord(word));
}
