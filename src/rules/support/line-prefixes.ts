/**
 * A test of whether a line can match a whole-line pattern, by the characters every match starts
 * with. It spares compiling the pattern for lines that cannot: V8 compiles a regular expression on
 * its first use, and the page-residue patterns took some 40 ms to compile for the first line of an
 * article, most of them for lines that start with none of their words.
 */
export type LineFilter = (line: string) => boolean;

/** A test of one UTF-16 code unit of the line. */
type CharTest = (code: number) => boolean;

/**
 * The filter for a pattern (its source and flags) that must match the whole line. It knows how a
 * match starts when the source is `^` and a run of plain characters, `\d` or escaped punctuation,
 * or a `(?:…|…)` group (optional or not) of such runs; otherwise it lets every line through.
 */
export function lineFilter(source: string, flags: string): LineFilter {
  const starts = source.startsWith('^') && topLevelAlternatives(source).length === 1 ? startsAt(source.slice(1), flags.includes('i')) : undefined;
  if (!starts) return () => true;
  return (line) => MAY_START_INSIDE.test(line) || FOLDS_TO_ASCII.test(line) || starts.some((tests) => tests.every((test, i) => test(line.charCodeAt(i))));
}

/** With the m flag a match may start after a line terminator inside the line. */
const MAY_START_INSIDE = /[\n\r\u2028\u2029]/u;
/** Case-insensitive unicode matching folds ſ and the Kelvin sign to s and k. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/** The ways a match of `source` (after its ^) can start, each some tests of its first characters; undefined when unknown. */
function startsAt(source: string, caseless: boolean): CharTest[][] | undefined {
  if (!source.startsWith('(?:')) return nonEmpty([leadingTests(source, caseless)]);
  const close = groupEnd(source);
  if (close === undefined) return undefined;
  const alternatives = nonEmpty(topLevelAlternatives(source.slice(3, close)).map((alternative) => leadingTests(alternative, caseless)));
  const quantifier = source.charAt(close + 1);
  if (quantifier === '{') return undefined;
  // An optional group may be absent: "(?:estimated )?reading time" starts either way.
  if (quantifier !== '?' && quantifier !== '*') return alternatives;
  const after = startsAt(source.slice(close + 2), caseless);
  return alternatives && after && [...alternatives, ...after];
}

const nonEmpty = (starts: CharTest[][]): CharTest[][] | undefined => (starts.every((tests) => tests.length > 0) ? starts : undefined);

/** Tests for the plain characters a text starts with, up to a quantifier: less the character one may drop ("s?"). */
function leadingTests(text: string, caseless: boolean): CharTest[] {
  const tests: CharTest[] = [];
  for (let i = 0; i < text.length; ) {
    const element = charTestAt(text, i, caseless);
    if (!element) break;
    i += element.length;
    const quantifier = text.charAt(i);
    // "+" and "{1," keep the character; "?", "*" and "{0," may drop it.
    if (quantifier === '+' || (quantifier === '{' && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9')) return [...tests, element.test];
    if (quantifier === '?' || quantifier === '*' || quantifier === '{') return tests;
    tests.push(element.test);
  }
  return tests;
}

const DIGIT: CharTest = (code) => code >= 0x30 && code <= 0x39;
/** Characters with a meaning in a pattern, outside a class. */
const SYNTAX = '.[](){}|?*+^$\\';
/** ASCII punctuation: escaped, it stands for itself. */
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** The test for the element at `i` if it stands for one known character (or a digit), and its length in the source. */
function charTestAt(text: string, i: number, caseless: boolean): { test: CharTest; length: number } | undefined {
  const ch = text.charAt(i);
  if (ch === '\\') {
    const escaped = text.charAt(i + 1);
    if (escaped === 'd') return { test: DIGIT, length: 2 };
    return escaped !== '' && PUNCTUATION.includes(escaped) ? { test: exactly(escaped), length: 2 } : undefined;
  }
  const code = ch.charCodeAt(0);
  // Half of a character beyond U+FFFF: a quantifier after it would apply to both halves.
  if (SYNTAX.includes(ch) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (!caseless || lower === upper) return { test: exactly(ch), length: 1 };
  // A letter of another alphabet may match letters lower-casing does not give: leave it unknown.
  const [lowerCode, upperCode] = [lower.charCodeAt(0), upper.charCodeAt(0)];
  return lowerCode >= 0x61 && lowerCode <= 0x7a ? { test: (c) => c === lowerCode || c === upperCode, length: 1 } : undefined;
}

const exactly = (ch: string): CharTest => {
  const expected = ch.charCodeAt(0);
  return (code) => code === expected;
};

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
