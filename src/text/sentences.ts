/** A sentence span inside a block of text; offsets are UTF-16, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep',
    'rev', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'aug',
    'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
    'approx', 'dept', 'est', 'fig', 'op', 'pp', 'vol', 'pres', 'supt', 'messrs', 'hon', 'atty',
  ],
);

const CLOSERS = /["'”’)\]»]/u;

/** Titles and initials: a period after them never ends a sentence ("Gen. Brown", "J. Smith"). */
const NAME_PREFIXES = /^(mr|mrs|ms|dr|prof|gen|col|lt|sgt|capt|cmdr|adm|maj|gov|sen|rep|rev|st|hon|atty|messrs|pres|supt|\p{Lu})$/u;

/**
 * Does the period at `dot` end an abbreviation rather than the sentence? Before a capital only a
 * title or an initial keeps the sentence going: "in the U.S. The president" is two sentences, since
 * a missed break makes the next capital look mid-sentence, which is the costlier mistake.
 */
function isAbbreviationDot(text: string, dot: number, nextChar: string): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([\p{L}.]+)$/u)?.[1] ?? '';
  if (before === '') return false;
  const lower = before.toLowerCase();
  if (NAME_PREFIXES.test(before) || NAME_PREFIXES.test(lower)) return true;
  const isAbbreviation = ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(before);
  return isAbbreviation && !/\p{Lu}|["“]/u.test(nextChar);
}

/**
 * Splits one block (a paragraph or a line) into sentences: a sentence ends at . ! ? (with any
 * closing quotes or brackets) followed by whitespace and then something that can start a sentence.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, from, to);
  for (let i = start; i < to; i++) {
    const ch = text.charAt(i);
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < to && (text.charAt(end) === ch || CLOSERS.test(text.charAt(end)))) end++;
    if (end < to && !/\s/u.test(text.charAt(end))) continue;
    const next = skipSpace(text, end, to);
    if (next >= to) break;
    if (ch === '.' && isAbbreviationDot(text, i, text.charAt(next))) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  const end = trimEnd(text, start, to);
  if (end > start) spans.push({ start, end });
  return spans;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text.charAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && /\s/u.test(text.charAt(i - 1))) i--;
  return i;
}
