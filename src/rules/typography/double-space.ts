import type { Document } from '../../input/document.js';
import { defineRule } from '../rule.js';
import { matchesInBlocks } from '../support/block-matches.js';

/** Two or more spaces (a no-break space among them) between two visible characters of a line. */
const RUN = /(?<=\S)[ \u00A0]{2,}(?=\S)/gu;
/** A run right after the end of a sentence. */
const AFTER_SENTENCE = /[.!?]["”’')\]]*$/u;

export default defineRule({
  meta: {
    id: 'typography/double-space',
    category: 'typography',
    severity: 'info',
    summary: 'Two or more spaces between words.',
    rationale:
      'News style puts one space between words and after a sentence. Doubled spaces come from pasted HTML ' +
      '(“&nbsp; ”) and deleted words. Two spaces after every sentence is an old typewriter habit rather than an ' +
      'error: when an article does that consistently, only the spaces inside sentences are flagged.',
    fix: 'safe',
    examples: {
      valid: [
        'The court adjourned until Monday. Lawyers for both sides declined to comment.',
        'The court adjourned until Monday.  Lawyers declined to comment.  The judge left.',
        '    The indented first line of a paragraph is not a double space.',
      ],
      invalid: [
        { text: 'The minister[[  ]]resigned on Friday.', suggestions: [' '], output: 'The minister resigned on Friday.' },
        { text: 'Prices rose 4%[[   ]]in March, the agency said.', output: 'Prices rose 4% in March, the agency said.' },
        {
          text: 'Talks resumed. Both sides met.[[  ]]The envoy left. Nothing was signed.',
          output: 'Talks resumed. Both sides met. The envoy left. Nothing was signed.',
        },
        { text: 'Rescue teams reached[[\u00A0 ]]the village by noon.', output: 'Rescue teams reached the village by noon.' },
      ],
    },
  },
  check(doc, ctx) {
    const flagSentenceGaps = !usesTwoSpacesAfterSentences(doc);
    for (const { match: m, start, blockText: text } of matchesInBlocks(doc, RUN)) {
      const afterSentence = AFTER_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index));
      if (afterSentence && !flagSentenceGaps) continue;
      const before = text.slice(0, m.index).match(/\S+$/u)?.[0] ?? '';
      ctx.report({
        start,
        end: start + m[0].length,
        message: `${m[0].length} spaces after “${before}”: write one`,
        suggestions: [{ replacement: ' ', description: 'one space' }],
      });
    }
  },
});

/** Do most sentences that share a line with the one before start after two spaces or more? */
function usesTwoSpacesAfterSentences(doc: Document): boolean {
  let double = 0;
  let single = 0;
  for (let i = 1; i < doc.sentences.length; i++) {
    const previous = doc.sentences[i - 1]!;
    const gap = doc.text.slice(previous.end, doc.sentences[i]!.start);
    if (gap === ' ') single++;
    else if (/^[ \u00A0]{2,}$/u.test(gap)) double++;
  }
  return double > single;
}
