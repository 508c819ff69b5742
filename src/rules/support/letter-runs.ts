import type { Document, Token } from '../../input/document.js';
import { bareLetters } from '../../text/name-similarity.js';
import { possessiveLengthAt } from '../../text/words.js';

/** Words from one token on, joined as one name may be written otherwise: "Chang'e-6", "Chang'e 6", "Change-6". */
export interface LetterRun {
  lastToken: number;
  /** The run's bare letters ("change6"). */
  letters: string;
  /** Does the run end where a word ends (a possessive ending aside)? */
  endsWord: boolean;
}

/** What may stand between the words of one name written otherwise: a space, a hyphen, an apostrophe, a dot. */
const JOINERS = new Set(['-', "'", '’', '.']);
const APOSTROPHES = new Set(["'", '’']);
/** What follows the apostrophe of a possessive or a contraction: "Cooper's", "We'll", "don't". */
const CONTRACTED = new Set(['s', 'll', 're', 've', 'd', 't', 'm']);

/** Where runs may go: a space joins only before a word `canFollowSpace` accepts; a run stops once `isWanted` says no more. */
export interface RunLimits {
  canFollowSpace: (t: Token) => boolean;
  isWanted: (letters: string) => boolean;
}

/** The runs of words starting at token `i` (which must start a word unless `midWord`), each one word longer. */
export function letterRunsFrom(doc: Document, i: number, limits: RunLimits, midWord = false): LetterRun[] {
  const { tokens } = doc;
  if (tokens[i]?.kind !== 'word' || (!midWord && !isWordStart(doc, tokens[i]!))) return [];
  const { canFollowSpace, isWanted } = limits;
  const runs: LetterRun[] = [];
  let letters = '';
  for (let j = i; j < tokens.length && isWanted(letters); j++) {
    const token = tokens[j]!;
    if (j > i && !isJoined(doc, tokens[j - 1]!, token, canFollowSpace)) break;
    if (token.kind !== 'word') continue;
    letters += bareLetters(token.text);
    runs.push({ lastToken: j, letters, endsWord: isWordEnd(doc, token) });
  }
  return runs;
}

export function isHyphenAt(doc: Document, i: number): boolean {
  const [hyphen, before, after] = [doc.tokens[i], doc.tokens[i - 1], doc.tokens[i + 1]];
  return hyphen?.text === '-' && before?.end === hyphen.start && after?.start === hyphen.end && after.kind === 'word';
}

/** Do two tokens, one after the other, belong to one run of letters? */
export function isJoined(doc: Document, before: Token, after: Token, canFollowSpace: (t: Token) => boolean): boolean {
  const gapLength = after.start - before.end;
  if (after.kind === 'punct') return gapLength === 0 && JOINERS.has(after.text);
  if (gapLength === 0) return before.kind === 'punct' && !(APOSTROPHES.has(before.text) && CONTRACTED.has(after.text.toLowerCase()));
  return gapLength === 1 && isSpaceInLine(doc.text.charCodeAt(before.end)) && before.kind === 'word' && canFollowSpace(after);
}

/** One space other than a line break: the usual one without the regex (this runs at each word of a large glossary's letter walks). */
const isSpaceInLine = (code: number): boolean => code === 32 || (code !== 10 && /\s/u.test(String.fromCharCode(code)));

/** Not inside a hyphenated word: "pro-Gaza" and "Gaza-based" are not "Gaza"; a possessive ending is fine. */
function isWordStart(doc: Document, token: Token): boolean {
  // Most words follow a space: no joiner before them, nothing to test.
  if (!isJoinerMark(doc.text.charAt(token.start - 1))) return true;
  return !/[\p{L}\p{N}][-'’]$/u.test(doc.text.slice(Math.max(0, token.start - 2), token.start));
}

function isWordEnd(doc: Document, token: Token): boolean {
  if (!isJoinerMark(doc.text.charAt(token.end))) return true;
  return possessiveLengthAt(doc.text, token.end) > 0 || !/^[-'’][\p{L}\p{N}]/u.test(doc.text.slice(token.end, token.end + 2));
}

const isJoinerMark = (ch: string): boolean => ch === '-' || ch === "'" || ch === '’';
