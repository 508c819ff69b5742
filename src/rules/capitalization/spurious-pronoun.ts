import type { Document } from '../../input/document.js';
import { tagsOf } from '../../text/part-of-speech.js';
import { isAllCaps } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { articleNames } from '../support/article-names.js';
import { isCapitalExpected, isFirstWordOf, proseSentences, wordAfter } from '../support/capital-context.js';
import { isDoubledSubjectAt, usesReverentCapitals } from '../support/clause-breaks.js';

export default defineRule({
  meta: {
    id: 'capitalization/spurious-pronoun',
    category: 'capitalization',
    severity: 'warning',
    summary: 'A capitalised pronoun that repeats a subject just named, or renders a source-language article.',
    rationale:
      'Machine translation of pro-drop languages adds a subject the sentence already has (“Lloyd Austin He said”), ' +
      'and renders the Spanish article “El” before an acronym as “He” (“He INDEC does not…”). ' +
      'Either way the pronoun has to go, not just lose its capital.',
    fix: 'suggestion',
    examples: {
      valid: [
        'Olaf Scholz said he would travel to Kyiv, and he met the mayor on Friday.',
        'When the vote ended, he left the chamber without a word.',
        'The minister was asked about the strike. He said talks would resume.',
        'China’s Vice Premier He Lifeng met the delegation in Beijing on Tuesday.',
        'Asked about the budget, the mayor replied: “We need more time.”',
        'The bishop told pilgrims that God keeps His promises and that the Lord He trusted never failed him.',
      ],
      invalid: [
        {
          text: 'At a briefing in Berlin the chancellor Olaf Scholz [[He said]] he would not send more tanks.',
          suggestions: ['said'],
        },
        { text: 'For its part, the company’s chairman Ruiz [[He stressed]] that profits had doubled.', suggestions: ['stressed'] },
        { text: 'Workers at the plant in the UK [[They voted]] to strike over pay on Monday.', suggestions: ['voted'] },
        { text: '[[He INDEC]] does not take part in the survey, officials said.', suggestions: ['INDEC'] },
        { text: 'The head of the nurses’ union, Carla Mendes, [[She warned]] that the strike would go on.', suggestions: ['warned'] },
      ],
    },
  },
  check(doc, ctx) {
    const lexicon = ctx.lexicon();
    const names = articleNames(doc, ctx);
    if (usesReverentCapitals(doc, ctx)) return;
    for (const sentence of proseSentences(doc, ctx)) {
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const doubled = !isCapitalExpected(doc, sentence, i) && isDoubledSubjectAt(doc, i, lexicon, names);
        if (!doubled && !(isFirstWordOf(doc, sentence, i) && isArticleBeforeAcronym(doc, i))) continue;
        const pronoun = doc.tokens[i]!;
        const kept = wordAfter(doc, i)!;
        ctx.report({
          start: pronoun.start,
          end: kept.end,
          message: doubled
            ? `“${pronoun.text}” repeats the subject already named before it: write “${kept.text}”`
            : `“${pronoun.text}” before “${kept.text}” renders a source-language article: write “${kept.text}”`,
          suggestions: [{ replacement: kept.text, description: `delete “${pronoun.text}”` }],
        });
      }
    }
  },
});

/** "He INDEC does not…": Spanish "El INDEC", an article before an acronym, translated as a pronoun. */
function isArticleBeforeAcronym(doc: Document, i: number): boolean {
  const acronym = doc.tokens[i]!.text === 'He' ? wordAfter(doc, i) : undefined;
  if (!acronym || !isAllCaps(acronym.text) || acronym.text.length < 2 || tagsOf(acronym.text).length > 0) return false;
  const verb = wordAfter(doc, i + 1);
  return verb !== undefined && verb.text === verb.text.toLowerCase();
}
