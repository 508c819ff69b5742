import type { Document } from '../../input/document.js';
import type { FormMatch } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { matchCaseShape } from '../../text/case-shape.js';
import { isWordChar } from '../../text/words.js';
import type { RuleContext } from '../rule.js';

/** The glossary's matches in a document, computed once and shared by every rule that needs them. */
export function glossaryMatches(doc: Document, ctx: RuleContext): FormMatch[] {
  return ctx.shared('glossary-matches', () => ctx.glossary.match(doc));
}

/** Where a finding about an entry comes from, for the message: "glossary: glossaries/people.yaml". */
export function entrySource(entry: GlossaryEntry): string {
  return entry.glossaryName ? `${entry.glossaryName}, ${entry.origin.file}` : entry.origin.file;
}

/** The house form to write in place of `found`: case kept when the entry ignores case. */
export function houseFormFor(entry: GlossaryEntry, found: string): string {
  return entry.caseSensitive ? entry.term : matchCaseShape(found, entry.term);
}

/**
 * The part of `replacement` the text around `[start, end)` does not already have: a wrong
 * surname after the right given name ("Yoav Galant") is replaced by the surname alone, not by
 * the full name ("Yoav Yoav Gallant").
 */
export function withoutSurroundingWords(text: string, start: number, end: number, replacement: string): string {
  const words = replacement.split(' ');
  // A hard-wrapped name ("Yoav\r\nGalant") has its given name too; a blank line between does not.
  const before = asOneLine(text.slice(Math.max(0, start - replacement.length - 16), start));
  const after = asOneLine(text.slice(end, end + replacement.length + 16));
  let from = 0;
  // Any run of the name's words may already stand before the match: "Tayyip Erdogan" keeps its
  // "Tayyip" and gets "Erdoğan", not "Tayyip Recep Tayyip Erdoğan".
  search: for (let k = words.length - 1; k > 0; k--) {
    for (let i = 0; i < k; i++) {
      const given = `${words.slice(i, k).join(' ')} `;
      // Whole words only: "Lawson this Tuesday" does not already have the "on" of "on Tuesday".
      if (before.endsWith(given) && !isWordChar(before.charAt(before.length - given.length - 1))) {
        from = k;
        break search;
      }
    }
  }
  let to = words.length;
  for (let k = from + 1; k < words.length; k++) {
    const rest = ` ${words.slice(k).join(' ')}`;
    if (after.startsWith(rest) && !isWordChar(after.charAt(rest.length))) {
      to = k;
      break;
    }
  }
  return words.slice(from, to).join(' ');
}

/** Each run of whitespace within a paragraph as one space, as the glossary matcher reads it. */
function asOneLine(text: string): string {
  return text.replace(/\s+/gu, (gap) => (/\n[^\S\n]*\n/u.test(gap) ? gap : ' '));
}

/** A finding's message about a forbidden form, given the text found and what to write instead. */
export type ForbiddenFormMessage = (found: string, replacement: string, entry: GlossaryEntry) => string;

const notTheHouseForm: ForbiddenFormMessage = (found, replacement, entry) =>
  `“${found}” is not the house form: write “${replacement}” (glossary: ${entrySource(entry)})`;

/**
 * Reports every forbidden form of the entries `isOwn` selects, with the house form as the fix;
 * `isOwn` sees the match too, so a rule can leave out forms in a context where they are right.
 */
export function reportForbiddenForms(
  doc: Document,
  ctx: RuleContext,
  isOwn: (entry: GlossaryEntry, match: FormMatch) => boolean,
  description: string,
  message: ForbiddenFormMessage = notTheHouseForm,
): void {
  for (const match of glossaryMatches(doc, ctx)) {
    if (match.role !== 'forbidden' || !isOwn(match.entry, match)) continue;
    const found = doc.text.slice(match.start, match.end);
    const replacement = withoutSurroundingWords(doc.text, match.start, match.end, houseFormFor(match.entry, found));
    ctx.report({
      start: match.start,
      end: match.end,
      message: message(found, replacement, match.entry),
      suggestions: [{ replacement, description }],
      category: match.entry.category,
      ...(match.entry.severity ? { severity: match.entry.severity } : {}),
      ...(match.entry.note ? { note: match.entry.note } : {}),
    });
  }
}
