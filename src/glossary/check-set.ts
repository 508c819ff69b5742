import type { UserError } from '../errors/user-error.js';
import { FNV_OFFSET, fnvHash, fnvStep } from '../text/fnv-hash.js';
import { asciiLower, foldWord, isBelowCombiningMarks } from '../text/words.js';
import type { ForbiddenForm, Glossary, GlossaryEntry, SourcePosition } from './raw.js';

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
 * Only forms that may have a twin are compared as strings: those whose key's hash another accepted
 * form or a forbidden one shares (see `formsToCompare`).
 */
export function checkGlossarySet(glossaries: readonly Glossary[]): { errors: UserError[]; warnings: UserError[] } {
  const entries = glossaries.flatMap((g) => g.entries);
  const toCompare = formsToCompare(entries);
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
  let a = 0;
  for (const entry of entries) {
    if (toCompare.accepted[a++]) file(entry, 'term', entry.term);
    for (const variant of entry.variants) if (toCompare.accepted[a++]) file(entry, 'variant', variant);
  }
  const errors: UserError[] = [];
  let f = 0;
  for (const entry of entries) {
    for (const form of entry.forbidden) {
      if (form.kind !== 'literal' || !toCompare.forbidden[f++]) continue;
      const exact = exactKey(form.text);
      const owners = accepted.get(foldWord(exact));
      const found = owners && (entry.caseSensitive
        ? (ownerOf(owners, entry, (a) => a.exact === exact) ?? ownerOf(owners, entry, (a) => !a.entry.caseSensitive))
        : ownerOf(owners, entry, () => true));
      if (found) errors.push(conflict(form.text, formPosition(form, entry), entry, found));
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

/**
 * Which accepted forms (terms and variants, in entry order) and which literal forbidden forms may
 * have a twin: a form whose key's hash no other form shares has none, and at 100,000 entries
 * nearly every form is one. Filing every form's key string in a Map took the check 0.3 s there.
 */
function formsToCompare(entries: readonly GlossaryEntry[]): { accepted: boolean[]; forbidden: boolean[] } {
  const acceptedHashes: number[] = [];
  const forbiddenHashes: number[] = [];
  for (const entry of entries) {
    acceptedHashes.push(keyHash(entry.term));
    for (const variant of entry.variants) acceptedHashes.push(keyHash(variant));
    for (const form of entry.forbidden) if (form.kind === 'literal') forbiddenHashes.push(keyHash(form.text));
  }
  // The hashes to compare by: those of two accepted forms or more, and those of a forbidden form and an accepted one.
  const accepted = new Set<number>();
  const twinned = new Set<number>();
  for (const hash of acceptedHashes) {
    if (accepted.has(hash)) twinned.add(hash);
    else accepted.add(hash);
  }
  const forbidden = forbiddenHashes.map((hash) => accepted.has(hash));
  for (let i = 0; i < forbiddenHashes.length; i++) if (forbidden[i]) twinned.add(forbiddenHashes[i]!);
  return { accepted: acceptedHashes.map((hash) => twinned.has(hash)), forbidden };
}

/**
 * The hash of a form's key, `foldWord(exactKey(text))`: equal keys, equal hashes. Read from an
 * ASCII text's characters when its spacing needs no mending; any other text through the strings.
 */
function keyHash(text: string): number {
  let hash = FNV_OFFSET;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32;
    // Beyond ASCII, white space other than a space, or a space first or after another.
    if (code >= 128 || (code >= 9 && code <= 13) || (isSpace && afterSpace)) return fnvHash(foldWord(exactKey(text)));
    afterSpace = isSpace;
    hash = fnvStep(hash, asciiLower(code));
  }
  return afterSpace && text.length > 0 ? fnvHash(foldWord(exactKey(text))) : hash;
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

/** Where a forbidden item is written: its line and column when the loader gave them, in its entry's file. */
const formPosition = (form: ForbiddenForm, entry: GlossaryEntry): SourcePosition =>
  form.line !== undefined && form.column !== undefined ? { file: entry.origin.file, line: form.line, column: form.column } : entry.origin;

const place = (at: SourcePosition): string => `${at.file}:${at.line}:${at.column}`;
