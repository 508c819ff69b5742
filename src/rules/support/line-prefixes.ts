/**
 * A test of whether a line can match a whole-line pattern, by the text every match starts with.
 * It spares compiling the pattern for lines that cannot: V8 compiles a regular expression on its
 * first use, and the page-residue patterns took some 40 ms to compile for the first line of an
 * article, most of them for lines that start with none of their words.
 */
export type LineFilter = (line: string) => boolean;

/**
 * The filter for a pattern (its source and flags) that must match the whole line. It knows the
 * pattern's start when the source is `^` and a run of letters, digits and spaces, or `^(?:…|…)`
 * with such a run opening every alternative; otherwise it lets every line through.
 */
export function lineFilter(source: string, flags: string): LineFilter {
  const prefixes = linePrefixes(source);
  if (!prefixes) return () => true;
  const caseless = flags.includes('i');
  const starts = caseless ? prefixes.map((prefix) => prefix.toLowerCase()) : prefixes;
  return (line) => {
    if (MAY_START_INSIDE.test(line) || (caseless && FOLDS_TO_ASCII.test(line))) return true;
    const text = caseless ? line.toLowerCase() : line;
    return starts.some((start) => text.startsWith(start));
  };
}

/** With the m flag a match may start after a line terminator inside the line. */
const MAY_START_INSIDE = /[\n\r\u2028\u2029]/u;
/** Case-insensitive unicode matching folds ſ and the Kelvin sign to s and k, which lower-casing does not. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

function linePrefixes(source: string): string[] | undefined {
  if (!source.startsWith('^') || topLevelAlternatives(source).length > 1) return undefined;
  if (!source.startsWith('(?:', 1)) return nonEmpty([leadingRun(source.slice(1))]);
  const close = groupEnd(source, 1);
  // An optional group may be absent: "(?:estimated )?reading time".
  if (close === undefined || /[?*{]/u.test(source.charAt(close + 1))) return undefined;
  return nonEmpty(topLevelAlternatives(source.slice(4, close)).map(leadingRun));
}

const nonEmpty = (runs: string[]): string[] | undefined => (runs.every((run) => run !== '') ? runs : undefined);

/** The plain letters, digits and spaces a text starts with, less one a quantifier may drop ("s?"). */
function leadingRun(text: string): string {
  const run = /^[A-Za-z0-9 ]*/u.exec(text)![0];
  return /[?*+{]/u.test(text.charAt(run.length)) ? run.slice(0, -1) : run;
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

/** The index of the `)` closing the group opened at `open`, if the source closes it. */
function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i = next(source, i)) {
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
