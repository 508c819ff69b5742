import type { Document, Token } from '../../input/document.js';
import { isSpaceWithinParagraph } from '../../text/lines.js';
import { foldWord, mayFoldAlike } from '../../text/words.js';
import { defineRule } from '../rule.js';

/** Words that are never right twice in a row: deleting one copy is always the fix. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'of', 'to', 'its', 'their', 'our', 'your', 'his', 'these', 'those', 'than']);

/**
 * Doubles English writes on purpose: "had had", "that that", "what it is is", a particle before
 * a preposition ("let them in in pairs"), "gave her her book", and reduplications ("bye bye").
 */
const INTENDED = new Set([
  'had', 'that', 'is', 'was', 'do', 'did', 'does', 'in', 'on', 'out', 'up', 'down', 'off', 'over', 'by', 'for',
  'with', 'at', 'about', 'around', 'through', 'her', 'you', 'can', 'will', 'very', 'so', 'no', 'yes', 'well', 'now',
  'there', 'come', 'go', 'wait', 'really', 'many', 'much', 'bye', 'ha', 'ho', 'ah', 'oh', 'boo', 'tut', 'tsk', 'pooh',
  'knock', 'bang', 'beep', 'pip', 'chop', 'hush', 'tick', 'ding', 'blah', 'hip', 'ta', 'ooh', 'uh', 'um', 'hmm', 'bla',
]);

export default defineRule({
  meta: {
    id: 'typography/doubled-word',
    category: 'typography',
    severity: 'warning',
    summary: 'A word written twice in a row: “the the”, “to to”.',
    rationale:
      'A doubled word is the commonest slip that survives a quick read, and machine translation and text extraction ' +
      'add their own. Only function words (“the the”) are fixed automatically; a doubled content word is suggested, ' +
      'and doubles English uses on purpose (“had had”, “that that”, “let them in in pairs”) are left alone.',
    fix: 'safe',
    examples: {
      valid: [
        'She said the ministry had had no warning of the strike.',
        'He insisted that that was the final offer.',
        'Guards let the visitors in in groups of ten.',
        'The anti-missile missile failed its first test.',
      ],
      invalid: [
        { text: 'The envoy met [[the the]] foreign minister in Ankara.', suggestions: ['the'], output: 'The envoy met the foreign minister in Ankara.' },
        { text: '[[The the]] delegation left before dawn.', suggestions: ['The'], output: 'The delegation left before dawn.' },
        { text: 'The convoy returned [[to to]]\nthe border crossing.', suggestions: ['to'], output: 'The convoy returned to\nthe border crossing.' },
        { text: 'Lawmakers passed the [[budget budget]] on Thursday.', suggestions: ['budget'], output: 'Lawmakers passed the budget on Thursday.' },
      ],
    },
  },
  check(doc, ctx) {
    const { tokens } = doc;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const first = tokens[i]!;
      const second = tokens[i + 1]!;
      if (!isDoubled(doc, first, second) || isLongerRun(doc, i)) continue;
      const word = foldWord(first.text);
      ctx.report({
        start: first.start,
        end: second.end,
        message: `“${doc.text.slice(first.start, second.end)}”: the word is doubled; write “${first.text}”`,
        suggestions: [{ replacement: first.text, description: 'delete the second copy', ...(FUNCTION_WORDS.has(word) ? {} : { safe: false }) }],
      });
    }
  },
});

/** Two copies of a word, in lower case after the first, parted only by spaces or one line break. */
function isDoubled(doc: Document, first: Token, second: Token): boolean {
  // Most neighbours begin with different letters: told before either is folded into a new string.
  if (first.kind !== 'word' || second.kind !== 'word' || !mayFoldAlike(first.text, second.text) || foldWord(first.text) !== foldWord(second.text)) return false;
  const word = foldWord(first.text);
  if (INTENDED.has(word) || !/\p{L}/u.test(word) || (word.length === 1 && word !== 'a')) return false;
  // A capital on the second copy is a name ("Sing Sing", "Walla Walla"), not a slip.
  if (!/^\p{Ll}/u.test(second.text)) return false;
  if (!isSpaceWithinParagraph(doc.text.slice(first.end, second.start))) return false;
  // Part of a compound or a contraction: "anti-missile missile", "one one-thousandth", "you you’re".
  return doc.text.charAt(first.start - 1) !== '-' && !/^(?:-|['’]\p{L})/u.test(doc.text.slice(second.end, second.end + 2));
}

/** Three copies or more are typography/repetition's. */
function isLongerRun(doc: Document, i: number): boolean {
  const { tokens } = doc;
  const before = tokens[i - 1];
  const after = tokens[i + 2];
  return (before !== undefined && isDoubled(doc, before, tokens[i]!)) || (after !== undefined && isDoubled(doc, tokens[i + 1]!, after));
}
