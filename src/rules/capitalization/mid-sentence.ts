import type { Document, Sentence, Token } from '../../input/document.js';
import { caseShapeOf, lowercaseFirst } from '../../text/case-shape.js';
import type { Lexicon } from '../../text/lexicon.js';
import { isCardinal, isDeterminer, isFunctionWord, isModal, isMostlyAdverb, isPreposition, isPronoun, mainVerbTag, mayHaveFiniteVerb } from '../../text/part-of-speech.js';
import { foldWord, isCapitalized } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { articleNames, isNameLike } from '../support/article-names.js';
import { isCapitalExpected, proseSentences, wordAfter, wordBefore } from '../support/capital-context.js';
import { isDoubledSubjectAt, isSecondSubjectAt, usesReverentCapitals } from '../support/clause-breaks.js';

/** Months and given names that the tag table files as modals ("in May", "Will Smith"). */
const NAMES_AMONG_FUNCTION_WORDS = new Set(['may', 'will']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const ARTICLES = new Set(['a', 'an', 'the']);
const RUN_IN_HEADING_WORDS = 6;
/** Only names the lexicon knows as names: a word the article capitalises as a title ("Under Secretary") does not count. */
const NO_NAMES: ReadonlySet<string> = new Set();
/** A verb before a name is stray in its base or past form ("to Destroy Hamas", "Pushed Valdeoro"), not as a participle ("United States"). */
const STRAY_BEFORE_A_NAME = new Set(['VB', 'VBP', 'VBD']);

export default defineRule({
  meta: {
    id: 'capitalization/mid-sentence',
    category: 'capitalization',
    severity: 'warning',
    summary: 'A common word capitalised in the middle of a sentence, left over from a link or bold text.',
    rationale:
      'Scraped pages keep the capitals of headline-case link text, and machine translation keeps them too: ' +
      '“the US Warns against” reads as a typo and makes readers look for a name that is not there.',
    fix: 'suggestion',
    examples: {
      valid: [
        'Ministers from the European Union met the Joint Chiefs of Staff in Washington on Monday.',
        'Reporters from the Associated Press said the United States had not replied to the letter.',
        'The spokesman told reporters: “We will not give in to pressure from anyone.”',
        'The governor said the report would appear in The New York Times in May, after the vote.',
        'Farm Groups Warn Of Losses As Drought Spreads Across The Plains',
        'The council approved the Rebuild Ukraine fund, and the Rebuild Ukraine board will meet again on Friday.',
      ],
      invalid: [
        {
          text: 'Officials met in Brussels on Friday, [[When]] the European Union [[Warns]] against new tariffs on steel.',
          suggestions: ['when', 'warns'],
        },
        { text: 'Farmers blocked the roads again, but [[Growing]] anger over prices pushed the cabinet to act.', suggestions: ['growing'] },
        { text: 'The ministry repeated its view [[That]] Brazil must cut emissions before the summit.', suggestions: ['that'] },
        { text: 'The plan sets out ways to [[Rebuild]] Mariupol within five years of the ceasefire.', suggestions: ['rebuild'] },
        { text: 'Prices rose sharply last month and [[The]] central bank is expected to raise rates.', suggestions: ['the'] },
        { text: 'Leaders of the ruling parties and the [[Three]] governments signed the accord in Hanoi.', suggestions: ['three'] },
        { text: 'The governor said the bank will [[Further]] cut rates if inflation keeps slowing.', suggestions: ['further'] },
        { text: 'In the second half the visitors [[Pushed]] Benfica back into its own area.', suggestions: ['pushed'] },
        { text: 'When the storm reached the coast, [[They]] moved the fishing boats inland.', suggestions: ['they'] },
      ],
    },
  },
  check(doc, ctx) {
    const lexicon = ctx.lexicon();
    const names = articleNames(doc, ctx);
    for (const sentence of proseSentences(doc, ctx)) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const token = doc.tokens[i]!;
        if (!isCommonWordCapitalized(token, lexicon, names) || isCapitalExpected(doc, sentence, i)) continue;
        if (isDoubledSubjectAt(doc, i, lexicon, names) || isSecondSubjectAt(doc, i, lexicon, names)) continue;
        if (isPronoun(token.text) && usesReverentCapitals(doc, ctx)) continue;
        if (isAfterRunInHeading(doc, sentence, i) || !isOutOfPlace(doc, i, lexicon)) continue;
        const lower = lowercaseFirst(token.text);
        ctx.report({
          start: token.start,
          end: token.end,
          message: `“${token.text}” is capitalised mid-sentence, like link or bold text left from the source page: write “${lower}”`,
          suggestions: [{ replacement: lower, description: 'lower case' }],
        });
      }
    }
  },
});

function isCommonWordCapitalized(token: Token, lexicon: Lexicon, names: ReadonlySet<string>): boolean {
  if (token.kind !== 'word' || (token.text.length < 2 && token.text !== 'A') || caseShapeOf(token.text) !== 'capitalized') return false;
  return lexicon.isKnown(token.text) && !lexicon.isMostlyCapitalized(token.text) && !names.has(foldWord(token.text));
}

/** Does the word's class and its neighbours say it is not part of a name or title? */
function isOutOfPlace(doc: Document, i: number, lexicon: Lexicon): boolean {
  const word = doc.tokens[i]!.text;
  const prev = wordBefore(doc, i);
  const next = wordAfter(doc, i);
  const afterCapital = prev !== undefined && isCapitalized(prev.text);
  const beforeCapital = next !== undefined && isCapitalized(next.text);
  if (afterCapital && beforeCapital) return false;
  // "War Between the States", "Texas A & M Because": after a capital, a function word may be a title's.
  if (isFunctionWord(word)) return !afterCapital && isStrayFunctionWord(doc, i, next, lexicon);
  const isIsolated = prev !== undefined && next !== undefined && !afterCapital && !beforeCapital;
  // "the Two countries", "will Further open": a number after an article, or anything right after a modal.
  if (isIsolated && ((isCardinal(word) && isDeterminer(prev.text)) || isModal(prev.text))) return true;
  // "the Fed", "Stone's Throw": after a determiner or a possessive, a verb form is a name.
  if (prev && (isDeterminer(prev.text) || isPossessiveEnding(doc, prev))) return false;
  const verbTag = mainVerbTag(word);
  if (verbTag && beforeCapital) return STRAY_BEFORE_A_NAME.has(verbTag) && isNameLike(next.text, lexicon, NO_NAMES) && !isPreposition(prev?.text ?? '');
  if (verbTag && afterCapital) return verbTag === 'VBZ';
  return isIsolated && (verbTag !== undefined || isMostlyAdverb(word));
}

function isStrayFunctionWord(doc: Document, i: number, next: Token | undefined, lexicon: Lexicon): boolean {
  const word = doc.tokens[i]!.text;
  const lower = word.toLowerCase();
  // A pronoun capitalised after a word is reverence ("His exaltation") or a doubled subject (capitalization/spurious-pronoun).
  if (isPronoun(word)) return doc.tokens[i - 1]?.text === ',' && SUBJECT_PRONOUNS.has(lower);
  if (NAMES_AMONG_FUNCTION_WORDS.has(lower)) return false;
  // "The Hague", "former Under Secretary": before a capital, only a function word in front of a name is stray ("of That Israel").
  if (next && isCapitalized(next.text)) return !ARTICLES.has(lower) && isNameLike(next.text, lexicon, NO_NAMES);
  // "vitamin A", "Plan A": the letter A is a label unless a lowercase content word follows.
  if (word === 'A') return next !== undefined && !isFunctionWord(next.text);
  return true;
}

/** The "s" of "Stone's": part of the name before it. */
function isPossessiveEnding(doc: Document, token: Token): boolean {
  return token.text === 's' && /['’]$/u.test(doc.text.slice(0, token.start));
}

/**
 * "More for nursing homes In the area of…": a short verbless heading run into its paragraph, as
 * print layouts do. What follows it opens a sentence: a function word or an -ing form, not "Pushed".
 */
function isAfterRunInHeading(doc: Document, sentence: Sentence, i: number): boolean {
  const word = doc.tokens[i]!.text;
  if (sentence.start !== doc.blocks[sentence.block]!.start || !(isFunctionWord(word) || mainVerbTag(word) === 'VBG')) return false;
  const before = doc.tokens.slice(sentence.firstToken, i);
  const words = before.filter((t) => t.kind === 'word').map((t) => t.text);
  return words.length <= RUN_IN_HEADING_WORDS && !before.some((t) => t.text === ',') && !mayHaveFiniteVerb(words);
}
