import { defineRule } from '../rule.js';
import { matchesInBlocks } from '../support/block-matches.js';

/**
 * Spaces on one line before a mark that closes onto the word before it: , ; : ! ? ) ] and a
 * period, followed by a space, the end, a closing mark or more punctuation. Not before an
 * ellipsis (" ..."), a decimal (" .45"), a domain (" .com") or a smiley (" :)"); not after an
 * opening bracket or quote.
 */
const SPACED_MARK = /(?<=[^\s(\[{“‘«])[ \t\u00A0]+([,;!?)\]]|:(?![()])|\.(?![.\d\p{L}]))(?=[\s"”’»)\],.;:!?]|$)/gu;

const NAMES: Record<string, string> = {
  ',': 'comma', ';': 'semicolon', ':': 'colon', '!': 'exclamation mark', '?': 'question mark', ')': 'closing parenthesis',
  ']': 'closing bracket', '.': 'period',
};

export default defineRule({
  meta: {
    id: 'typography/space-before-punctuation',
    category: 'typography',
    severity: 'warning',
    summary: 'A space before a comma, period, colon, semicolon, question or exclamation mark or closing bracket: “said ,”.',
    rationale:
      'English sets these marks right after the word. A space before them is left by machine translation from ' +
      'French-style typography, by removed links and tags, and by tokenised text put back together.',
    fix: 'safe',
    examples: {
      valid: [
        'The mayor said, “We will rebuild.” Then she left.',
        'Officials met in Lyon - the second round of talks - on Friday.',
        'He fired a .45 pistol, police said ... and fled.',
        'The bill (approved in May) takes effect in July.',
      ],
      invalid: [
        { text: 'The spokesman said[[ ,]] however, that talks would go on.', suggestions: [','], output: 'The spokesman said, however, that talks would go on.' },
        { text: 'Who will pay for the repairs[[ ?]]', suggestions: ['?'], output: 'Who will pay for the repairs?' },
        { text: 'Three cities were hit (Kharkiv, Sumy and Poltava[[ )]][[ .]]', output: 'Three cities were hit (Kharkiv, Sumy and Poltava).' },
        { text: 'The decision[[ :]] a delay of two years.', suggestions: [':'], output: 'The decision: a delay of two years.' },
      ],
    },
  },
  check(doc, ctx) {
    for (const { match: m, start, blockText: text } of matchesInBlocks(doc, SPACED_MARK)) {
      const mark = m[1]!;
      const word = text.slice(0, m.index).match(/[\p{L}\p{M}\p{N}]+$|\S$/u)?.[0] ?? '';
      ctx.report({
        start,
        end: start + m[0].length,
        message: `A space before the ${NAMES[mark]}: write “${word}${mark}”`,
        suggestions: [{ replacement: mark, description: 'remove the space' }],
      });
    }
  },
});
