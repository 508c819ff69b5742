import type { Document, Token } from '../../input/document.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { FNV_OFFSET, fnvStep } from '../../text/fnv-hash.js';
import { isCommonWord, type Lexicon } from '../../text/lexicon.js';
import { foldName } from '../../text/name-similarity.js';
import type { RuleContext } from '../rule.js';
import type { NameVariant } from './glossary-name-variants.js';
import { foldedAscii, KeyPrefixWalk, letterIndexOf, type KeyPrefixes, type LetterForm, type LetterIndex } from './letter-index.js';
import { isHyphenAt, isJoined, letterRunsFrom } from './letter-runs.js';

/** The Arabic article left on a name ("Al-Riyadh"); administrative units left untranslated ("Jeju-do", "Kumamoto-ken"). */
const ARTICLE_PREFIXES = new Set(['al', 'el']);
const UNIT_SUFFIXES = new Set(['do', 'fu', 'gu', 'gun', 'ken', 'sheng', 'shi', 'si', 'xian']);

interface LetterMatch {
  form: LetterForm;
  firstToken: number;
  lastToken: number;
}

/**
 * Glossary names and terms written with the same letters but other spacing, hyphens, apostrophes
 * or accents: "Change-6" or "Chang'e 6" for "Chang'e-6", "Benitez" for "Benítez"; and a place
 * or body with a source-language article or unit glued on ("Al-Riyadh", "Jeju-do"), for which
 * the house form is the entry's term. A difference of case alone is the literal matcher's business.
 */
export function glossaryLetterVariants(doc: Document, ctx: RuleContext): NameVariant[] {
  const index = letterIndexOf(ctx.glossary);
  if (index.isEmpty) return [];
  const lexicon = ctx.lexicon();
  const found: NameVariant[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const prefixed = ARTICLE_PREFIXES.has(doc.tokens[i]!.text.toLowerCase()) && isHyphenAt(doc, i + 1);
    const match = (prefixed ? withAffix(longestAt(doc, i + 2, index, true)) : undefined) ?? longestAt(doc, i, index, false);
    if (!match) continue;
    const suffixed = isUnitSuffixAt(doc, match.lastToken + 1);
    const start = doc.tokens[prefixed && match.firstToken > i ? i : match.firstToken]!.start;
    const lastToken = suffixed ? match.lastToken + 2 : match.lastToken;
    const end = doc.tokens[lastToken]!.end;
    const affixed = start < doc.tokens[match.firstToken]!.start || suffixed;
    const text = doc.text.slice(start, end);
    if (affixed ? !isPlaceOrBody(match.form.entry) : foldName(text) === foldName(match.form.text) || isCommonWordsFor(doc, match, lexicon)) continue;
    const replacement = (affixed ? match.form.entry.term : match.form.text).normalize('NFC');
    found.push({ start, end, replacement, entry: match.form.entry, kind: 'letters' });
    i = lastToken;
  }
  return found;
}

/**
 * "to go" for "Togo", "I ran" for "Iran": a one-word form spelt over several common English words
 * is those words, not the name spaced otherwise.
 */
function isCommonWordsFor(doc: Document, match: LetterMatch, lexicon: Lexicon): boolean {
  if (match.firstToken === match.lastToken || !ONE_WORD.test(match.form.text)) return false;
  for (let t = match.firstToken; t <= match.lastToken; t++) {
    const token = doc.tokens[t]!;
    if (token.kind === 'word' && !isCommonWord(lexicon, token.text)) return false;
  }
  return true;
}

const ONE_WORD = /^[\p{L}\p{M}]+$/u;

/** Runs here join over a space before any word. */
const ANY_WORD = (): boolean => true;

const isPlaceOrBody = (entry: GlossaryEntry): boolean => entry.type === 'place' || entry.type === 'organization';
const withAffix = (match: LetterMatch | undefined): LetterMatch | undefined => (match && isPlaceOrBody(match.form.entry) ? match : undefined);

const isUnitSuffixAt = (doc: Document, i: number): boolean => isHyphenAt(doc, i) && UNIT_SUFFIXES.has(doc.tokens[i + 1]!.text);

/** The longest run of words from token `i` (right after an article if `afterArticle`) whose letters spell a glossary form. */
function longestAt(doc: Document, i: number, index: LetterIndex, afterArticle: boolean): LetterMatch | undefined {
  const token = doc.tokens[i];
  if (token === undefined || !mayReachKey(doc, i, index.prefixes)) return undefined;
  const walk = new KeyPrefixWalk(index.prefixes);
  const runs = letterRunsFrom(doc, i, { canFollowSpace: ANY_WORD, isWanted: (letters) => walk.hasLongerKey(letters) }, afterArticle);
  let best: LetterMatch | undefined;
  for (const run of runs) {
    const form = index.get(run.letters);
    if (form && (run.endsWord || isUnitSuffixAt(doc, run.lastToken + 1))) best = { form, firstToken: i, lastToken: run.lastToken };
  }
  return best;
}

/**
 * May a run of words from token `i`, joined as `longestAt`'s runs are, spell a key? Walked by
 * hashes of ASCII words' letters, with no string, run or walk made: half the words of an article
 * begin some key of a large glossary ("the" of "Theodora"), and nearly all of them spell none.
 * No only when no run can; a word beyond ASCII, whose letters need folding, is a maybe.
 */
export function mayReachKey(doc: Document, i: number, keys: KeyPrefixes): boolean {
  const { tokens } = doc;
  let hash = FNV_OFFSET;
  for (let j = i; j < tokens.length && keys.hasLonger(hash); j++) {
    const token: Token = tokens[j]!;
    if (j > i && !isJoined(doc, tokens[j - 1]!, token, ANY_WORD)) return false;
    if (token.kind !== 'word') continue;
    for (let k = 0; k < token.text.length; k++) {
      const code = foldedAscii(token.text.charCodeAt(k));
      if (code < 0) return true;
      hash = fnvStep(hash, code);
    }
    if (keys.isKey(hash)) return true;
  }
  return false;
}
