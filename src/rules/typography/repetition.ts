import type { Document, Token } from '../../input/document.js';
import { isSpaceWithinParagraph } from '../../text/lines.js';
import { asciiLower, equalsIgnoringCase, foldWord } from '../../text/words.js';
import { defineRule } from '../rule.js';

/** Marks that may part the copies: "Bern, Bern, Bern", "Bern / Bern / Bern". */
const SEPARATORS = new Set([',', ';', '/', '|']);
/** A unit is up to this many tokens: four words with the punctuation inside them ("St. Gallen"). */
const MAX_UNIT_TOKENS = 7;
const MIN_COPIES = 3;
/** Words people do repeat three times: calls, chants, laughter, emphasis. */
const CHANTED = new Set(['no', 'yes', 'very', 'go', 'ha', 'ho', 'hee', 'la', 'na', 'da', 'oh', 'holy', 'more', 'again', 'work', 'bang', 'beep', 'knock', 'tick', 'blah', 'bye']);

export default defineRule({
  meta: {
    id: 'typography/repetition',
    category: 'typography',
    severity: 'warning',
    summary: 'A word or short phrase repeated three times or more in a row: “University of Bern, Bern, Bern, Bern”.',
    rationale:
      'Machine translation sometimes gets stuck and emits the same word or phrase over and over. The copies are ' +
      'collapsed to one as a suggestion only: the source may have listed different things there, so an editor ' +
      'should check it.',
    fix: 'suggestion',
    options: { minCopies: MIN_COPIES },
    examples: {
      valid: [
        'Delegates from Bern, Basel and Geneva attended the talks.',
        'The crowd chanted “No, no, no” as the verdict was read.',
        'Rates rose by 2%, 2% and 3% in successive quarters.',
        'The mayor thanked Bern, and Bern thanked the mayor.',
      ],
      invalid: [
        { text: 'She studied law at the University of [[Bern, Bern, Bern, Bern]].', suggestions: ['Bern'], output: 'She studied law at the University of Bern.' },
        { text: 'The agency said [[the ceasefire the ceasefire the ceasefire]] would hold.', suggestions: ['the ceasefire'] },
        { text: 'Flights to [[St. Gallen; St. Gallen; St. Gallen]] were cancelled.', suggestions: ['St. Gallen'] },
        { text: 'The vote was [[postponed postponed postponed]] again.', suggestions: ['postponed'] },
        { text: 'Trains to [[Ürümqi, ürümqi, Ürümqi]] were stopped.', suggestions: ['Ürümqi'] },
      ],
    },
  },
  check(doc, ctx) {
    const minCopies = Number(ctx.options['minCopies'] ?? MIN_COPIES);
    const { tokens } = doc;
    const starts = tokenStarts(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const run = runAt(doc, starts, i, minCopies);
      if (!run) continue;
      const unit = doc.text.slice(tokens[i]!.start, tokens[i + run.unitTokens - 1]!.end);
      const end = tokens[run.endToken - 1]!.end;
      ctx.report({
        start: tokens[i]!.start,
        end,
        message: `“${unit}” is repeated ${run.copies} times in a row, as stuck machine translation writes it: write it once (check the source)`,
        suggestions: [{ replacement: unit, description: 'keep one copy' }],
      });
      i = run.endToken - 1;
    }
  },
});

interface Run {
  unitTokens: number;
  copies: number;
  /** The token after the last copy. */
  endToken: number;
}

/** The shortest unit starting at token `i` that is repeated at least `minCopies` times. */
function runAt(doc: Document, starts: Int32Array, i: number, minCopies: number): Run | undefined {
  const { tokens } = doc;
  if (tokens[i]!.kind !== 'word') return undefined;
  for (let n = 1; n <= MAX_UNIT_TOKENS && i + n <= tokens.length; n++) {
    if (!mayRepeatAfter(tokens, starts, i, n)) continue;
    const unit = tokens.slice(i, i + n).map((t) => foldWord(t.text));
    if (tokens[i + n - 1]!.kind !== 'word' || !isRepeatable(unit)) continue;
    const run = copiesOf(doc, i, unit);
    if (run.copies >= minCopies) return run;
  }
  return undefined;
}

/**
 * Can a unit of `n` tokens from `i` be followed by its copy: does the token after it (or after a
 * separator) spell the unit's first word? A cheap test that rules out nearly every position.
 */
function mayRepeatAfter(tokens: readonly Token[], starts: Int32Array, i: number, n: number): boolean {
  const next = i + n;
  if (next >= tokens.length) return false;
  const copy = starts[next] === SEPARATOR ? next + 1 : next;
  if (copy >= tokens.length || !mayStartAlike(starts[copy]!, starts[i]!)) return false;
  return equalsIgnoringCase(tokens[copy]!.text, tokens[i]!.text);
}

/** In `tokenStarts`: a separator mark, and a first character beyond ASCII (which may lowercase like another). */
const SEPARATOR = -1;
const BEYOND_ASCII = -2;

/**
 * Each token's first character, ASCII lower-cased, as a number (or SEPARATOR, or BEYOND_ASCII):
 * `mayRepeatAfter` compares seven or eight neighbours of each word, and most differ there.
 */
function tokenStarts(tokens: readonly Token[]): Int32Array {
  const starts = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    const code = token.text.charCodeAt(0);
    starts[i] = token.kind === 'punct' && SEPARATORS.has(token.text) ? SEPARATOR : code >= 128 ? BEYOND_ASCII : asciiLower(code);
  });
  return starts;
}

const mayStartAlike = (a: number, b: number): boolean => a === b || a === BEYOND_ASCII || b === BEYOND_ASCII;

/** A unit with a real word in it, not a number, an initial or a chant. */
const isRepeatable = (unit: string[]): boolean =>
  unit.some((w) => /\p{L}{2}/u.test(w)) && !(unit.length === 1 && CHANTED.has(unit[0]!));

/** Counts the copies of `unit` from token `i` on, all parted the same way (one separator or none). */
function copiesOf(doc: Document, i: number, unit: string[]): Run {
  const { tokens, text } = doc;
  let copies = 1;
  let next = i + unit.length;
  let separator: string | undefined;
  for (;;) {
    const mark = tokens[next]?.kind === 'punct' && SEPARATORS.has(tokens[next]!.text) ? tokens[next]!.text : '';
    const from = mark ? next + 1 : next;
    if ((separator !== undefined && mark !== separator) || !isSpaceWithinParagraph(text.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) break;
    if (!unit.every((word, k) => tokens[from + k] !== undefined && foldWord(tokens[from + k]!.text) === word)) break;
    separator = mark;
    copies++;
    next = from + unit.length;
  }
  return { unitTokens: unit.length, copies, endToken: next };
}
