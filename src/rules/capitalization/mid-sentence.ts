import type { Document, Sentence, Token } from '../../input/document.js';
import { caseShapeOf, lowercaseFirst } from '../../text/case-shape.js';
import type { Lexicon } from '../../text/lexicon.js';
import { isFunctionWord, isPronoun, mainVerbTag, mayHaveFiniteVerb } from '../../text/part-of-speech.js';
import { foldWord } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { articleNames } from '../support/article-names.js';
import { isCapitalExpected, proseSentences } from '../support/capital-context.js';
import { isDoubledSubjectAt, isSecondSubjectAt, usesReverentCapitals } from '../support/clause-breaks.js';
import { isStrayCapital } from '../support/stray-capitals.js';

const RUN_IN_HEADING_WORDS = 6;

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
        'The Council met on Monday, the Court ruled on Friday, and the Charter was signed in the Bank of England.',
        'The review found two faults. (1) The pumps were too small. 2) The valves leaked under pressure.',
        'The bill sets aside funds for these purposes: (A) For roads in the north; (B) For schools in the south.',
        'The embassy on the Via Veneto stayed shut, and the Via Appia was closed to traffic.',
      ],
      invalid: [
        {
          text: 'Officials met in Brussels on Friday, [[When]] the European Union [[Warns]] against new tariffs on steel.',
          suggestions: ['when', 'warns'],
        },
        { text: 'Farmers blocked the roads again, but [[Growing]] anger over prices pushed the cabinet to act.', suggestions: ['growing'] },
        { text: 'The ministry repeated its view [[That]] Brazil must cut emissions before the summit.', suggestions: ['that'] },
        { text: 'The union restated its conviction [[of That]] wages must rise with prices.', suggestions: ['that'] },
        { text: 'The plan sets out ways to [[Rebuild]] Mariupol within five years of the ceasefire.', suggestions: ['rebuild'] },
        { text: 'Prices rose sharply last month and [[The]] central bank is expected to raise rates.', suggestions: ['the'] },
        { text: 'Leaders of the ruling parties and the [[Three]] governments signed the accord in Hanoi.', suggestions: ['three'] },
        { text: 'The governor said the bank will [[Further]] cut rates if inflation keeps slowing.', suggestions: ['further'] },
        { text: 'In the second half the visitors [[Pushed]] Benfica back into its own area.', suggestions: ['pushed'] },
        { text: 'Officials said the road (closed since 2019) [[Would]] reopen in May after repairs.', suggestions: ['would'] },
        { text: 'When the storm reached the coast, [[They]] moved the fishing boats inland.', suggestions: ['they'] },
        { text: 'Analysts praised the [[Courage]] of the rescue teams during the floods.', suggestions: ['courage'] },
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
        if (isAfterRunInHeading(doc, sentence, i) || !isStrayCapital(doc, sentence, i, lexicon)) continue;
        const lower = lowercaseFirst(token.text);
        const start = ofBeforeThat(doc, i) ?? token.start;
        const found = doc.text.slice(start, token.end);
        ctx.report({
          start,
          end: token.end,
          message: `“${found}” is capitalised mid-sentence, like link or bold text left from the source page: write “${lower}”`,
          suggestions: [{ replacement: lower, description: start === token.start ? 'lower case' : 'lower case, without the “of” of Spanish “de que”' }],
        });
      }
    }
  },
});

/** Nouns that take a "that" clause, which Spanish joins with "de que" ("la creencia de que"). */
const CLAUSE_NOUNS = new Set(['belief', 'idea', 'fact', 'view', 'conviction', 'hope', 'certainty', 'notion', 'possibility', 'claim', 'assurance', 'need', 'news', 'sign', 'proof', 'evidence', 'fear', 'risk']);

/**
 * "the belief of That Israel has": "de que" comes out as "of that", and the capital shows where
 * the link was. The start of "of", so the fix drops it with the capital.
 */
function ofBeforeThat(doc: Document, i: number): number | undefined {
  const [noun, of, that] = [doc.tokens[i - 2], doc.tokens[i - 1], doc.tokens[i]!];
  const isOf = of?.text === 'of' && doc.text.slice(of.end, that.start) === ' ';
  return that.text === 'That' && isOf && CLAUSE_NOUNS.has(foldWord(noun?.text ?? '')) ? of.start : undefined;
}

function isCommonWordCapitalized(token: Token, lexicon: Lexicon, names: ReadonlySet<string>): boolean {
  if (token.kind !== 'word' || (token.text.length < 2 && token.text !== 'A') || caseShapeOf(token.text) !== 'capitalized') return false;
  return lexicon.isKnown(token.text) && !lexicon.isMostlyCapitalized(token.text) && !names.has(foldWord(token.text));
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
