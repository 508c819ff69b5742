/** The case shapes a replacement can take over from the text it replaces. */
export type CaseShape = 'lower' | 'upper' | 'capitalized' | 'mixed';

const hasLetters = (s: string): boolean => /\p{L}/u.test(s);

export function caseShapeOf(text: string): CaseShape {
  const ascii = asciiCaseShapeOf(text);
  if (ascii) return ascii;
  if (!hasLetters(text)) return 'mixed';
  if (text === text.toLowerCase()) return 'lower';
  if (text === text.toUpperCase() && [...text].filter((c) => /\p{L}/u.test(c)).length > 1) return 'upper';
  const first = text.match(/\p{L}/u)?.[0] ?? '';
  const rest = text.slice(text.indexOf(first) + first.length);
  if (first === first.toUpperCase() && rest === rest.toLowerCase()) return 'capitalized';
  return 'mixed';
}

/**
 * The case shape of ASCII text, read from its char codes; undefined for other text. It runs for
 * each word of an article, and the general way makes two or three new strings a word.
 */
function asciiCaseShapeOf(text: string): CaseShape | undefined {
  let letters = 0;
  let capitals = 0;
  let isCapitalAfterFirstLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return undefined;
    const isCapital = code >= 65 && code <= 90;
    if (!isCapital && !(code >= 97 && code <= 122)) continue;
    if (isCapital && letters > 0) isCapitalAfterFirstLetter = true;
    if (isCapital) capitals++;
    letters++;
  }
  if (letters === 0) return 'mixed';
  if (capitals === 0) return 'lower';
  if (capitals === letters && letters > 1) return 'upper';
  // The first letter is the one capital.
  return isCapitalAfterFirstLetter ? 'mixed' : 'capitalized';
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
