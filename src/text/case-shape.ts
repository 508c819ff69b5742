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
 * Gives `replacement` the case shape of `original`, for case-insensitive matches:
 * "Conservation leaders" → "Defense leaders", "THIS TUESDAY" → "ON TUESDAY".
 * A replacement that is itself mixed case ("UN Security Council") keeps its own capitals,
 * only gaining a capital first letter when the original had one.
 */
export function matchCaseShape(original: string, replacement: string): string {
  const shape = caseShapeOf(original);
  const own = caseShapeOf(replacement);
  if (shape === 'upper') return replacement.toUpperCase();
  if (own === 'mixed' || own === 'upper') {
    return shape === 'capitalized' ? capitalizeFirst(replacement) : replacement;
  }
  if (shape === 'lower') return replacement.toLowerCase();
  if (shape === 'capitalized') return capitalizeFirst(replacement);
  return replacement;
}
