import type { Document } from '../../input/document.js';
import { foldWord } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { articleNames, midSentenceNames } from '../support/article-names.js';
import { wordAfter } from '../support/capital-context.js';
import { splitRunTogether, type ArticleWords, type Split } from '../support/word-splits.js';

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
        'Adams signed first. Adamson, his deputy, kept the built-in veto; “I was just sayin’,” he joked.',
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
        {
          text: 'Rockets hit Kharkiv overnight. Residents of [[Kharkivand]] nearby towns fled west.',
          output: 'Rockets hit Kharkiv overnight. Residents of Kharkiv and nearby towns fled west.',
        },
        {
          text: 'Ms Oduya won in Nairobi. [[Oduyawho]] led from the start, finished two seconds clear.',
          output: 'Ms Oduya won in Nairobi. Oduya, who led from the start, finished two seconds clear.',
        },
        { text: 'Output will be cut by [[2026The]] plant employs 900 people.', output: 'Output will be cut by 2026. The plant employs 900 people.' },
        { text: 'Exports reached 3 billion [[dollarsin]] the first half.', output: 'Exports reached 3 billion dollars in the first half.' },
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
    doc.tokens.forEach((token, i) => {
      if (token.kind !== 'word' || token.text.length < 5 || words.timesAlone(token.text) > 1 || isElided(doc, token.end)) return;
      const split = splitRunTogether(token.text, wordAfter(doc, i)?.text, lexicon, words);
      if (!split) return;
      const replacement = split.left + split.separator + split.right;
      ctx.report({
        start: token.start,
        end: token.end,
        message: `“${token.text}” runs two words together: write “${replacement}”`,
        suggestions: [{ replacement, description: DESCRIPTIONS[split.separator] }],
      });
    });
  },
});

function timesAlone(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of doc.tokens) if (t.kind === 'word') counts.set(foldWord(t.text), (counts.get(foldWord(t.text)) ?? 0) + 1);
  return counts;
}

/** "shootin'", "o'": a word cut short on purpose, not two words joined. */
function isElided(doc: Document, end: number): boolean {
  return /['’]/u.test(doc.text.charAt(end)) && !/\p{L}/u.test(doc.text.charAt(end + 1));
}

const DESCRIPTIONS: Record<Split['separator'], string> = { ' ': 'add the space', '. ': 'add the full stop', ', ': 'add the comma' };
