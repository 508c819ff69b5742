import type { UserError } from '../errors/user-error.js';
import { foldWord, isBelowCombiningMarks } from '../text/words.js';
import type { EntryType, Glossary, GlossaryEntry, SourcePosition } from './raw.js';

/** An accepted form (a term or a variant) and the entry that accepts it. */
interface Accepted {
  entry: GlossaryEntry;
  role: 'term' | 'variant';
}

/**
 * Keys forms to the first entries that accept them. Two owners per key are enough: a conflict
 * check only needs one owner other than the entry asking. The second owners are few, so they
 * have a Map of their own rather than a list per key.
 */
class FormIndex {
  private readonly first = new Map<string, Accepted>();
  private readonly second = new Map<string, Accepted>();

  add(key: string, accepted: Accepted): void {
    const first = this.first.get(key);
    if (!first) this.first.set(key, accepted);
    else if (first.entry !== accepted.entry && !this.second.has(key)) this.second.set(key, accepted);
  }

  /** An owner of `key`; `self` only when it is the sole owner (an entry forbidding its own form). */
  find(key: string, self: GlossaryEntry): Accepted | undefined {
    const first = this.first.get(key);
    if (!first || first.entry !== self) return first;
    return this.second.get(key) ?? first;
  }
}

/**
 * Checks all the glossaries of a run together, in time linear in their entries (Maps, never all
 * pairs; a glossary may have 100,000 entries):
 * - a literal `forbidden` form that is also a term or variant (of another entry, or of its own)
 *   is an error at the forbidden item: the form would be both accepted and flagged. Forms compare
 *   NFC-normalised with runs of white space as one space, and case-insensitively when either
 *   entry is case-insensitive;
 * - two entries of the same type with the same term are a warning at the later one, naming the
 *   earlier.
 */
export function checkGlossarySet(glossaries: readonly Glossary[]): { errors: UserError[]; warnings: UserError[] } {
  const entries = glossaries.flatMap((g) => g.entries);
  const exact = new FormIndex();
  const anyCase = new FormIndex();
  // Forms of case-insensitive entries: a case-sensitive forbidden form still conflicts with them.
  const insensitive = new FormIndex();
  const file = (entry: GlossaryEntry, role: Accepted['role'], text: string): void => {
    const key = exactKey(text);
    const folded = foldWord(key);
    const accepted = { entry, role };
    exact.add(key, accepted);
    anyCase.add(folded, accepted);
    if (!entry.caseSensitive) insensitive.add(folded, accepted);
  };
  for (const entry of entries) {
    file(entry, 'term', entry.term);
    for (const variant of entry.variants) file(entry, 'variant', variant);
  }
  const errors: UserError[] = [];
  for (const entry of entries) {
    for (const form of entry.forbidden) {
      if (form.kind !== 'literal') continue;
      const key = exactKey(form.text);
      const found = entry.caseSensitive
        ? (exact.find(key, entry) ?? insensitive.find(foldWord(key), entry))
        : anyCase.find(foldWord(key), entry);
      if (found) errors.push(conflict(form.text, form.origin ?? entry.origin, entry, found));
    }
  }
  return { errors, warnings: duplicates(entries) };
}

/** White space at an end, in a run, or other than a space: the test spares nearly every form the replace. */
const ODD_SPACING = /^\s|\s$|\s\s|[^\S ]/u;

function exactKey(text: string): string {
  const composed = isBelowCombiningMarks(text) ? text : text.normalize('NFC');
  return ODD_SPACING.test(composed) ? composed.trim().replace(/\s+/gu, ' ') : composed;
}

function duplicates(entries: readonly GlossaryEntry[]): UserError[] {
  // By type, then by term as written and, for case-insensitive entries, folded.
  const exact = new Map<EntryType, Map<string, GlossaryEntry>>();
  const folded = new Map<EntryType, Map<string, GlossaryEntry>>();
  const warnings: UserError[] = [];
  for (const entry of entries) {
    const term = exactKey(entry.term);
    const exactOfType = mapOf(exact, entry.type);
    let earlier = exactOfType.get(term);
    if (!earlier) exactOfType.set(term, entry);
    if (!entry.caseSensitive) {
      const foldedOfType = mapOf(folded, entry.type);
      const key = foldWord(term);
      earlier ??= foldedOfType.get(key);
      if (!foldedOfType.has(key)) foldedOfType.set(key, entry);
    }
    if (earlier) warnings.push(duplicate(entry, earlier));
  }
  return warnings;
}

function mapOf<K, V>(maps: Map<EntryType, Map<K, V>>, type: EntryType): Map<K, V> {
  let map = maps.get(type);
  if (!map) maps.set(type, (map = new Map()));
  return map;
}

function conflict(text: string, at: SourcePosition, entry: GlossaryEntry, found: Accepted): UserError {
  const what = found.role === 'term' ? `the term '${found.entry.term}'` : `a variant of '${found.entry.term}'`;
  const whose = found.entry === entry ? `this entry's own ${found.role}` : `${what} at ${place(found.entry.origin)}`;
  return {
    code: 'glossary/conflict',
    ...at,
    message: `forbidden form '${text}' is also ${whose}`,
    hint: 'a form cannot be both accepted and forbidden: remove it from one of the two lists',
  };
}

function duplicate(entry: GlossaryEntry, earlier: GlossaryEntry): UserError {
  return {
    code: 'glossary/duplicate-entry',
    level: 'warning',
    ...entry.origin,
    message: `duplicate entry '${entry.term}' (also at ${place(earlier.origin)})`,
    hint: 'both entries are used; merge their variants and forbidden forms into one',
  };
}

const place = (at: SourcePosition): string => `${at.file}:${at.line}:${at.column}`;
