/**
 * How a match of a whole-line pattern starts, read from its source, so that a line is tried only
 * against the patterns it can match: V8 compiles a regular expression on its first use, and the
 * page-residue patterns took some 40 ms to compile for the first line of an article, most of them
 * for lines that start with none of their words.
 */
export interface LineStarts {
  /** The characters (UTF-16 code units) a match can start with. */
  firstCodes: readonly number[];
  /** Can a match start at the start of `line`? It is not asked about lines `mayStartAnywhere` holds for. */
  fits(line: string): boolean;
}

/** The codes one position of a match can hold. */
type CharCodes = readonly number[];

/**
 * Are the known starts no guide for this line, which is then tried against every pattern? So it is
 * with a line terminator inside (with the m flag a match may start after it), or with ſ or the
 * Kelvin sign (case-insensitive unicode matching folds them to s and k).
 */
export const mayStartAnywhere = (line: string): boolean => /[\n\r\u2028\u2029\u017f\u212a]/u.test(line);

/**
 * The starts of a pattern (its source and flags) that must match the whole line, when the source
 * is `^` and a run of plain characters, `\d` or escaped punctuation, or a `(?:…|…)` group
 * (optional or not) of such runs; undefined for any other pattern, which any line may match.
 */
export function lineStarts(source: string, flags: string): LineStarts | undefined {
  const starts = source.startsWith('^') && topLevelAlternatives(source).length === 1 ? startsAt(source.slice(1), flags.includes('i')) : undefined;
  if (!starts) return undefined;
  return {
    firstCodes: [...new Set(starts.flatMap((codes) => codes[0]!))],
    fits: (line) => starts.some((codes) => codes.every((allowed, i) => allowed.includes(line.charCodeAt(i)))),
  };
}

/** The ways a match of `source` (after its ^) can start, each the codes of its first characters; undefined when unknown. */
function startsAt(source: string, caseless: boolean): CharCodes[][] | undefined {
  if (!source.startsWith('(?:')) return nonEmpty([leadingCodes(source, caseless)]);
  const close = groupEnd(source);
  if (close === undefined) return undefined;
  const alternatives = nonEmpty(topLevelAlternatives(source.slice(3, close)).map((alternative) => leadingCodes(alternative, caseless)));
  const quantifier = source.charAt(close + 1);
  if (quantifier === '{') return undefined;
  // An optional group may be absent: "(?:estimated )?reading time" starts either way.
  if (quantifier !== '?' && quantifier !== '*') return alternatives;
  const after = startsAt(source.slice(close + 2), caseless);
  return alternatives && after && [...alternatives, ...after];
}

const nonEmpty = (starts: CharCodes[][]): CharCodes[][] | undefined => (starts.every((codes) => codes.length > 0) ? starts : undefined);

/** The codes of the plain characters a text starts with, up to a quantifier: less the character one may drop ("s?"). */
function leadingCodes(text: string, caseless: boolean): CharCodes[] {
  const leading: CharCodes[] = [];
  for (let i = 0; i < text.length; ) {
    const element = charCodesAt(text, i, caseless);
    if (!element) break;
    i += element.length;
    const quantifier = text.charAt(i);
    // "+" and "{1," keep the character; "?", "*" and "{0," may drop it.
    if (quantifier === '+' || (quantifier === '{' && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9')) return [...leading, element.codes];
    if (quantifier === '?' || quantifier === '*' || quantifier === '{') return leading;
    leading.push(element.codes);
  }
  return leading;
}

const DIGITS: CharCodes = Array.from({ length: 10 }, (_, digit) => 0x30 + digit);
/** Characters with a meaning in a pattern, outside a class. */
const SYNTAX = '.[](){}|?*+^$\\';
/** ASCII punctuation: escaped, it stands for itself. */
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** The codes the element at `i` stands for, if it is one known character (or a digit), and its length in the source. */
function charCodesAt(text: string, i: number, caseless: boolean): { codes: CharCodes; length: number } | undefined {
  const ch = text.charAt(i);
  if (ch === '\\') {
    const escaped = text.charAt(i + 1);
    if (escaped === 'd') return { codes: DIGITS, length: 2 };
    return escaped !== '' && PUNCTUATION.includes(escaped) ? { codes: [escaped.charCodeAt(0)], length: 2 } : undefined;
  }
  const code = ch.charCodeAt(0);
  // Half of a character beyond U+FFFF: a quantifier after it would apply to both halves.
  if (SYNTAX.includes(ch) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (!caseless || lower === upper) return { codes: [code], length: 1 };
  // A letter of another alphabet may match letters lower-casing does not give: leave it unknown.
  const lowerCode = lower.charCodeAt(0);
  return lowerCode >= 0x61 && lowerCode <= 0x7a ? { codes: [lowerCode, upper.charCodeAt(0)], length: 1 } : undefined;
}

/** The pattern split at its `|` outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i = next(source, i)) {
    const ch = source[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  return [...alternatives, source.slice(start)];
}

/** The index of the `)` closing the group the source opens with, if it closes it. */
function groupEnd(source: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i = next(source, i)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return undefined;
}

/** The index after the element at `i`: an escape or a whole character class counts as one. */
function next(source: string, i: number): number {
  if (source[i] === '\\') return i + 2;
  if (source[i] !== '[') return i + 1;
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j + 1;
  }
  return source.length;
}
