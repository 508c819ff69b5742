import type { Document, Token } from '../input/document.js';
import { foldWord } from '../text/words.js';
import { FormIndex } from './form-index.js';
import type { CompiledForm, FormRole } from './forms.js';
import { MAX_SHARED_PART, NamePartIndex } from './name-index.js';
import { compilePatterns, matchPatterns, type CompiledPattern } from './patterns.js';
import type { Glossary, GlossaryEntry } from './raw.js';

/** A glossary form found in a document; offsets into `doc.text`. */
export interface FormMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  role: FormRole;
  /** The form as written in the glossary (`/pattern/flags` for patterns). */
  form: string;
  /**
   * Other entries whose forms match the same span (two people sharing a surname), as many as
   * MAX_SHARED_PART at most: a form shared that widely (a bare "King" of a national name list)
   * tells no one of them apart, and listing them all cost a loop over hundreds at each mention.
   */
  others: Array<{ entry: GlossaryEntry; role: FormRole }>;
}

/**
 * All glossaries of a run compiled into one index: literal forms keyed by their first folded
 * words (`FormIndex`), longest first, so a document costs a Map lookup or two per word whatever
 * the glossary's size.
 */
export interface CompiledGlossary {
  readonly entries: readonly GlossaryEntry[];
  readonly nameParts: NamePartIndex;
  /** Leftmost-longest literal matches and all pattern matches, sorted by start. */
  match(doc: Document): FormMatch[];
}

/** Compiles glossaries in the order given; the result does not depend on entry order within them. */
export function compileGlossaries(glossaries: readonly Glossary[]): CompiledGlossary {
  const entries = glossaries.flatMap((g) => g.entries);
  const forms = new FormIndex();
  const nameParts = new NamePartIndex();
  for (const entry of entries) {
    forms.addEntry(entry);
    if (entry.fuzzy) nameParts.add(entry);
  }
  const patterns = compilePatterns(entries);
  return {
    entries,
    nameParts,
    match: (doc) => [...matchLiterals(doc, forms), ...patternMatches(doc, patterns)].sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

function matchLiterals(doc: Document, forms: FormIndex): FormMatch[] {
  const matches: FormMatch[] = [];
  const { tokens } = doc;
  const folded = new FoldedTokens(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Most words begin no form: told by a hash of their letters, before any string is made.
    if (token.kind !== 'word' || !forms.mayBeginWith(token.text)) continue;
    const candidates = forms.candidatesAt(folded.at(i)!, token.text, tokens[i + 1]?.text);
    if (!candidates) continue;
    const found = longestAt(doc, folded, i, candidates);
    if (!found) continue;
    matches.push(found.match);
    i += found.tokenCount - 1;
  }
  return matches;
}

/** A document's tokens folded, each when first asked for and once: the index and the forms compare folded words, a token often twice. */
class FoldedTokens {
  private readonly folded: Array<string | undefined>;

  constructor(private readonly tokens: readonly Token[]) {
    this.folded = new Array<string | undefined>(tokens.length);
  }

  at(i: number): string | undefined {
    const token = this.tokens[i];
    return token && (this.folded[i] ??= foldWord(token.text));
  }
}

function longestAt(doc: Document, folded: FoldedTokens, i: number, candidates: CompiledForm[]): { match: FormMatch; tokenCount: number } | undefined {
  let best: FormMatch | undefined;
  let bestCount = 0;
  for (const form of candidates) {
    if (best && form.tokens.length < bestCount) break;
    const end = endOfFormAt(doc, folded, i, form);
    if (end < 0) continue;
    if (!best) {
      best = { start: doc.tokens[i]!.start, end, entry: form.entry, role: form.role, form: form.text, others: [] };
      bestCount = form.tokens.length;
    } else if (end === best.end && form.entry !== best.entry) {
      // The form itself has the entry and role: a bare surname of a large glossary has a hundred others, met at every mention.
      best.others.push(form);
      if (best.others.length === MAX_SHARED_PART) break;
    }
  }
  return best && { match: best, tokenCount: bestCount };
}

/** The end offset of `form` matched at token `i`, or -1. */
function endOfFormAt(doc: Document, folded: FoldedTokens, i: number, form: CompiledForm): number {
  const { tokens, text } = doc;
  const last = form.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const token = tokens[i + k];
    if (!token) return -1;
    if (k > 0 && !isGapAllowed(text, tokens[i + k - 1]!, token, form.spaced[k - 1]!)) return -1;
    const same = form.entry.caseSensitive ? token.text === form.exact[k] : folded.at(i + k) === form.tokens[k];
    if (same) continue;
    if (k === last && form.pluralizable) return pluralStemEnd(token, form, k);
    return -1;
  }
  return tokens[i + last]!.end;
}

/** "leaders" matches the form "leader": the match ends before the ending, so a fix keeps it. */
function pluralStemEnd(token: Token, form: CompiledForm, k: number): number {
  const stem = form.entry.caseSensitive ? form.exact[k]! : form.tokens[k]!;
  const word = form.entry.caseSensitive ? token.text : foldWord(token.text);
  if (!word.startsWith(stem)) return -1;
  const ending = word.slice(stem.length);
  return ending === 's' || ending === 'es' ? token.start + stem.length : -1;
}

function isGapAllowed(text: string, before: Token, after: Token, spaced: boolean): boolean {
  if (!spaced) return after.start === before.end;
  if (after.start === before.end) return false;
  // The usual gap, one space, needs no slice and no regex.
  if (after.start === before.end + 1 && text.charCodeAt(before.end) === 32) return true;
  const gap = text.slice(before.end, after.start);
  return /^\s+$/u.test(gap) && !/\n[^\S\n]*\n/u.test(gap);
}

function patternMatches(doc: Document, patterns: readonly CompiledPattern[]): FormMatch[] {
  return matchPatterns(doc.text, doc.blocks, patterns).map(({ start, end, pattern }) => (
    { start, end, entry: pattern.entry, role: 'forbidden', form: pattern.text, others: [] }
  ));
}
