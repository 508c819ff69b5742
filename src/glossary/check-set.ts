import type { UserError } from '../errors/user-error.js';
import { foldWord, isBelowCombiningMarks } from '../text/words.js';
import type { Glossary, GlossaryEntry, SourcePosition } from './raw.js';

/** An accepted form (a term or a variant), the entry that accepts it, and its text as compared exactly. */
interface Accepted {
  entry: GlossaryEntry;
  role: 'term' | 'variant';
  exact: string;
}

/**
 * Checks all the glossaries of a run together, in time linear in their entries (one Map of the
 * accepted forms by their folded text, never all pairs; a glossary may have 100,000 entries):
 * - a literal `forbidden` form that is also a term or variant (of another entry, or of its own)
 *   is an error at the forbidden item: the form would be both accepted and flagged. Forms compare
 *   NFC-normalised with runs of white space as one space, and case-insensitively when either
 *   entry is case-insensitive;
 * - two entries of the same type with the same term are a warning at the later one, naming the
 *   earlier (compared case-insensitively between case-insensitive entries).
 */
export function checkGlossarySet(glossaries: readonly Glossary[]): { errors: UserError[]; warnings: UserError[] } {
  const entries = glossaries.flatMap((g) => g.entries);
  // The accepted forms by folded text, in the order written: a folded text nearly always has one.
  const accepted = new Map<string, Accepted[]>();
  const warnings: UserError[] = [];
  const file = (entry: GlossaryEntry, role: Accepted['role'], text: string): void => {
    const exact = exactKey(text);
    const folded = foldWord(exact);
    const owners = accepted.get(folded);
    if (role === 'term') {
      const earlier = owners && earlierTerm(owners, entry, exact);
      if (earlier) warnings.push(duplicate(entry, earlier));
    }
    if (owners) owners.push({ entry, role, exact });
    else accepted.set(folded, [{ entry, role, exact }]);
  };
  for (const entry of entries) {
    file(entry, 'term', entry.term);
    for (const variant of entry.variants) file(entry, 'variant', variant);
  }
  const errors: UserError[] = [];
  for (const entry of entries) {
    for (const form of entry.forbidden) {
      if (form.kind !== 'literal') continue;
      const exact = exactKey(form.text);
      const owners = accepted.get(foldWord(exact));
      const found = owners && (entry.caseSensitive
        ? (ownerOf(owners, entry, (a) => a.exact === exact) ?? ownerOf(owners, entry, (a) => !a.entry.caseSensitive))
        : ownerOf(owners, entry, () => true));
      if (found) errors.push(conflict(form.text, form.origin ?? entry.origin, entry, found));
    }
  }
  return { errors, warnings };
}

/** The first owner that `accepts` allows, one of another entry if there is one: `self` only when it is the sole owner (an entry forbidding its own form). */
function ownerOf(owners: readonly Accepted[], self: GlossaryEntry, accepts: (a: Accepted) => boolean): Accepted | undefined {
  let first: Accepted | undefined;
  for (const owner of owners) {
    if (!accepts(owner)) continue;
    if (owner.entry !== self) return owner;
    first ??= owner;
  }
  return first;
}

/** An earlier entry of the same type with the same term: written alike, or else, both case-insensitive, alike but for case. */
function earlierTerm(owners: readonly Accepted[], entry: GlossaryEntry, exact: string): GlossaryEntry | undefined {
  const terms = owners.filter((a) => a.role === 'term' && a.entry.type === entry.type);
  const same = terms.find((a) => a.exact === exact) ?? (entry.caseSensitive ? undefined : terms.find((a) => !a.entry.caseSensitive));
  return same?.entry;
}

/** White space at an end, in a run, or other than a space: the test spares nearly every form the replace. */
const ODD_SPACING = /^\s|\s$|\s\s|[^\S ]/u;

function exactKey(text: string): string {
  const composed = isBelowCombiningMarks(text) ? text : text.normalize('NFC');
  return ODD_SPACING.test(composed) ? composed.trim().replace(/\s+/gu, ' ') : composed;
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
