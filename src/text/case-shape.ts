/** The case shapes a replacement can take over from the text it replaces. */
export type CaseShape = 'lower' | 'upper' | 'capitalized' | 'mixed';

const hasLetters = (s: string): boolean => /\p{L}/u.test(s);

export function caseShapeOf(text: string): CaseShape {
  if (!hasLetters(text)) return 'mixed';
  if (text === text.toLowerCase()) return 'lower';
  if (text === text.toUpperCase() && [...text].filter((c) => /\p{L}/u.test(c)).length > 1) return 'upper';
  const first = text.match(/\p{L}/u)?.[0] ?? '';
  const rest = text.slice(text.indexOf(first) + first.length);
  if (first === first.toUpperCase() && rest === rest.toLowerCase()) return 'capitalized';
  return 'mixed';
}

export function capitalizeFirst(text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toUpperCase());
}

export function lowercaseFirst(text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toLowerCase());
}

/**
 * Gives `replacement` the case of `original`, for case-insensitive matches: all capitals stay all
 * capitals; otherwise a capital first letter carries over ("Conservation leaders" → "Defense
 * leaders", "This Tuesday" → "On Tuesday"), unless the replacement starts with an acronym or a
 * word with capitals of its own ("UN Security Council", "iPhone"), which is never recased. A
 * replacement is never lowered: a glossary writes terms as they stand mid-sentence, so a capital
 * in one is a name's ("the merengue team" → "Real Madrid").
 */
export function matchCaseShape(original: string, replacement: string): string {
  if (caseShapeOf(original) === 'upper') return replacement.toUpperCase();
  const firstWord = replacement.match(/\p{L}+/u)?.[0] ?? '';
  if (/\p{Lu}/u.test(firstWord.slice(1))) return replacement;
  const first = original.match(/\p{L}/u)?.[0] ?? '';
  return first !== first.toLowerCase() ? capitalizeFirst(replacement) : replacement;
}
