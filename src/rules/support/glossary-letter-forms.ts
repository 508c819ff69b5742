import type { Document } from '../../input/document.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { firstIndex } from '../../text/binary-search.js';
import { bareLetters, foldName } from '../../text/name-similarity.js';
import type { RuleContext } from '../rule.js';
import type { NameVariant } from './glossary-name-variants.js';
import { isHyphenAt, letterRunsFrom } from './letter-runs.js';

interface LetterForm {
  entry: GlossaryEntry;
  text: string;
}

interface LetterIndex {
  forms: Map<string, LetterForm>;
  /** The keys in order, so that a run of words stops as soon as no key begins with its letters. */
  sortedKeys: string[];
  /** The keys' beginnings of up to SHORT_PREFIX letters that a longer key goes on from: most words of an article are ruled out here, without a search. */
  shortPrefixes: Set<string>;
}

const SHORT_PREFIX = 4;

/** Shorter keys are acronyms and short words, where letters alone say too little ("US", "us"). */
const MIN_KEY_LENGTH = 4;

const indexes = new WeakMap<CompiledGlossary, LetterIndex>();

/**
 * The glossary's names and terms keyed by their bare letters ("change6" for "Chang'e-6"), built
 * once per compiled glossary; the first entry to claim a key keeps it.
 */
function letterIndex(glossary: CompiledGlossary): LetterIndex {
  let index = indexes.get(glossary);
  if (index) return index;
  const forms = new Map<string, LetterForm>();
  for (const entry of glossary.entries) {
    if (entry.category !== 'name' && entry.category !== 'term') continue;
    for (const text of [entry.term, ...entry.variants]) {
      const key = bareLetters(text);
      if (key.length >= MIN_KEY_LENGTH && !forms.has(key)) forms.set(key, { entry, text });
    }
  }
  const shortPrefixes = new Set<string>();
  for (const key of forms.keys()) for (let n = 0; n <= SHORT_PREFIX && n < key.length; n++) shortPrefixes.add(key.slice(0, n));
  index = { forms, sortedKeys: [...forms.keys()].sort(), shortPrefixes };
  indexes.set(glossary, index);
  return index;
}

/** Does a key begin with `letters` and go on? Such keys follow `letters` in order, before any other. */
function hasLongerKey(index: LetterIndex, letters: string): boolean {
  if (letters.length <= SHORT_PREFIX) return index.shortPrefixes.has(letters);
  if (!index.shortPrefixes.has(letters.slice(0, SHORT_PREFIX))) return false;
  const keys = index.sortedKeys;
  let lo = firstIndex(keys.length, (i) => keys[i]! >= letters);
  if (keys[lo] === letters) lo++;
  return lo < keys.length && keys[lo]!.startsWith(letters);
}

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
  const index = letterIndex(ctx.glossary);
  if (index.forms.size === 0) return [];
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
    if (affixed ? !isPlaceOrBody(match.form.entry) : foldName(text) === foldName(match.form.text)) continue;
    const replacement = (affixed ? match.form.entry.term : match.form.text).normalize('NFC');
    found.push({ start, end, replacement, entry: match.form.entry, kind: 'letters' });
    i = lastToken;
  }
  return found;
}

const isPlaceOrBody = (entry: GlossaryEntry): boolean => entry.type === 'place' || entry.type === 'organization';
const withAffix = (match: LetterMatch | undefined): LetterMatch | undefined => (match && isPlaceOrBody(match.form.entry) ? match : undefined);

const isUnitSuffixAt = (doc: Document, i: number): boolean => isHyphenAt(doc, i) && UNIT_SUFFIXES.has(doc.tokens[i + 1]!.text);

/** The longest run of words from token `i` (right after an article if `afterArticle`) whose letters spell a glossary form. */
function longestAt(doc: Document, i: number, index: LetterIndex, afterArticle: boolean): LetterMatch | undefined {
  const runs = letterRunsFrom(doc, i, { canFollowSpace: () => true, isWanted: (letters) => hasLongerKey(index, letters) }, afterArticle);
  let best: LetterMatch | undefined;
  for (const run of runs) {
    const form = index.forms.get(run.letters);
    if (form && (run.endsWord || isUnitSuffixAt(doc, run.lastToken + 1))) best = { form, firstToken: i, lastToken: run.lastToken };
  }
  return best;
}
