/**
 * Is a `forbidden` pattern safe to run over every article? JavaScript's regex engine backtracks,
 * so a pattern in which a repeated part can match the same text in more than one way takes time
 * exponential in the length of the text it fails on: `(a+)+`, `(\w+\s?)*`, `(a|a)*`.
 *
 * The check is structural and deliberately conservative (a glossary's forbidden forms are nearly
 * always literal, so refusing a rare safe pattern costs little; a hung run costs a lot). Inside
 * the body of any repetition that can repeat more than once (`*`, `+`, `{2}`, `{1,3}` …) it refuses
 *  1. another quantifier of variable count (`?`, `*`, `+`, `{1,3}`): star height above one;
 *  2. an alternation whose alternatives can start with the same character, or two of which can
 *     match nothing: the engine may try each of them at every repetition.
 * It also reports whether the pattern can match the empty string (`a*`, `\b`, `(?=x)`), which a
 * forbidden form must not.
 *
 * Polynomial blow-ups from adjacent quantifiers (`\w*\w*`) are not refused. This is the star
 * height test of substack's safe-regex, plus the overlap test it lacks; the source is parsed
 * here rather than through a dependency because both tests need the same small syntax tree.
 */

/** One character class, literal, escape or `.`, as regex source; an assertion; a backreference; a group. */
type Atom =
  | { kind: 'char'; source: string }
  | { kind: 'assertion' }
  | { kind: 'backreference' }
  | { kind: 'group'; body: Alternatives; lookaround: boolean };
interface Term {
  atom: Atom;
  min: number;
  max: number;
}
type Alternatives = Term[][];

export interface PatternCheck {
  /** Why the pattern could take exponential time, when it could. */
  unsafe?: string;
  matchesEmpty: boolean;
}

/** Checks a pattern that already compiles with the `u` flag; `flags` are its flags (i and s matter). */
export function checkPattern(source: string, flags: string): PatternCheck {
  const tree = new Parser(source).parse();
  const overlaps = overlapTester(source, flags);
  return { unsafe: findUnsafe(tree, false, overlaps), matchesEmpty: firstOf(tree).nullable };
}

function findUnsafe(alternatives: Alternatives, inRepeat: boolean, overlaps: (sets: First[]) => boolean): string | undefined {
  if (inRepeat && alternatives.length > 1 && overlaps(alternatives.map(firstOfSequence))) {
    return 'a repeated group has alternatives that can match the same text';
  }
  for (const sequence of alternatives) {
    for (const { atom, min, max } of sequence) {
      if (inRepeat && min !== max && atom.kind !== 'assertion') return 'a repeated group contains another quantifier';
      if (atom.kind !== 'group') continue;
      const found = findUnsafe(atom.body, inRepeat || max > 1, overlaps);
      if (found) return found;
    }
  }
  return undefined;
}

/** What a part can start with (characters as regex sources; `[^]` when unknown) and whether it can match nothing. */
interface First {
  sources: string[];
  nullable: boolean;
}

function firstOf(alternatives: Alternatives): First {
  const each = alternatives.map(firstOfSequence);
  return { sources: each.flatMap((f) => f.sources), nullable: each.some((f) => f.nullable) };
}

function firstOfSequence(sequence: Term[]): First {
  const sources: string[] = [];
  for (const term of sequence) {
    const first = firstOfAtom(term.atom);
    sources.push(...first.sources);
    if (!first.nullable && term.min > 0) return { sources, nullable: false };
  }
  return { sources, nullable: true };
}

function firstOfAtom(atom: Atom): First {
  switch (atom.kind) {
    case 'char': return { sources: [atom.source], nullable: false };
    case 'assertion': return { sources: [], nullable: true };
    case 'backreference': return { sources: ['[^]'], nullable: true };
    case 'group': return atom.lookaround ? { sources: [], nullable: true } : firstOf(atom.body);
  }
}

/** Characters tried when asking whether two character sources overlap: ASCII, Latin, Greek,
 *  Cyrillic, typographic punctuation, case-folding oddities, and every literal of the pattern. */
const SAMPLE = [
  '\t\n\r\u00a0\u200b\u0301\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u212a\u017f\u0130\u0131\u05d0\u0628\u4e2d\u{1f600}',
  ...Array.from({ length: 0x250 - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)),
  ...Array.from({ length: 0x450 - 0x391 }, (_, i) => String.fromCodePoint(0x391 + i)),
].join('');

/** Two first-sets overlap when some sample character starts both, or both can match nothing. */
function overlapTester(source: string, flags: string): (sets: First[]) => boolean {
  let sample: string[] | undefined;
  const testFlags = `u${flags.includes('i') ? 'i' : ''}${flags.includes('s') ? 's' : ''}`;
  const cache = new Map<string, Set<string>>();
  const matching = (charSource: string): Set<string> => {
    let found = cache.get(charSource);
    if (!found) {
      const regex = new RegExp(`^(?:${charSource})$`, testFlags);
      sample ??= [...new Set(SAMPLE + source)];
      found = new Set(sample.filter((ch) => regex.test(ch)));
      cache.set(charSource, found);
    }
    return found;
  };
  return (sets) => {
    if (sets.filter((s) => s.nullable).length > 1) return true;
    const seen = new Set<string>();
    for (const set of sets) {
      const chars = new Set(set.sources.flatMap((s) => [...matching(s)]));
      for (const ch of chars) {
        if (seen.has(ch)) return true;
        seen.add(ch);
      }
    }
    return false;
  };
}

/** A recursive-descent reader for the regex syntax allowed with the `u` flag. */
class Parser {
  private pos = 0;

  constructor(private readonly source: string) {}

  parse(): Alternatives {
    return this.alternatives();
  }

  private alternatives(): Alternatives {
    const result = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      result.push(this.sequence());
    }
    return result;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== '|' && this.source[this.pos] !== ')') {
      const atom = this.atom();
      terms.push({ atom, ...this.quantifier() });
    }
    return terms;
  }

  private atom(): Atom {
    const ch = this.source[this.pos]!;
    if (ch === '(') return this.group();
    const start = this.pos;
    if (ch === '^' || ch === '$') {
      this.pos++;
      return { kind: 'assertion' };
    }
    if (ch === '[') this.skipClass();
    else if (ch === '\\') return this.escape();
    else this.pos += String.fromCodePoint(this.source.codePointAt(this.pos)!).length;
    return { kind: 'char', source: this.source.slice(start, this.pos) };
  }

  private group(): Atom {
    GROUP_HEADER.lastIndex = this.pos;
    const header = GROUP_HEADER.exec(this.source)![0];
    this.pos += header.length;
    const body = this.alternatives();
    this.pos++; // ')'
    return { kind: 'group', body, lookaround: /^\(\?<?[=!]/.test(header) };
  }

  private escape(): Atom {
    const start = this.pos;
    const next = this.source[this.pos + 1] ?? '';
    this.pos += 2;
    if (next === 'b' || next === 'B') return { kind: 'assertion' };
    if (/[1-9]/.test(next)) {
      while (/[0-9]/.test(this.source[this.pos] ?? '')) this.pos++;
      return { kind: 'backreference' };
    }
    if (next === 'k') {
      this.pos = this.after('>');
      return { kind: 'backreference' };
    }
    if ((next === 'p' || next === 'P' || next === 'u') && this.source[this.pos] === '{') this.pos = this.after('}');
    else if (next === 'u') this.pos += 4;
    else if (next === 'x') this.pos += 2;
    else if (next === 'c') this.pos += 1;
    return { kind: 'char', source: this.source.slice(start, this.pos) };
  }

  /** Just past the next `char`; the end when there is none (the pattern compiled, so there is). */
  private after(char: string): number {
    const at = this.source.indexOf(char, this.pos);
    return at < 0 ? this.source.length : at + 1;
  }

  private skipClass(): void {
    this.pos++; // '['
    while (this.pos < this.source.length && this.source[this.pos] !== ']') this.pos += this.source[this.pos] === '\\' ? 2 : 1;
    this.pos++; // ']'
  }

  private quantifier(): { min: number; max: number } {
    QUANTIFIER.lastIndex = this.pos;
    const match = QUANTIFIER.exec(this.source);
    if (!match) return { min: 1, max: 1 };
    this.pos += match[0].length;
    if (match[1]) return { min: match[1] === '+' ? 1 : 0, max: match[1] === '?' ? 1 : Infinity };
    const min = Number(match[2]);
    return { min, max: match[3] === undefined ? min : match[4] ? Number(match[4]) : Infinity };
  }
}

/** `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`, and modifier groups such as `(?i:`. */
const GROUP_HEADER = /\((?:\?(?:[=!]|<[=!]|<[^>]*>|[a-z-]*:))?/y;
/** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy. */
const QUANTIFIER = /(?:([*+?])|\{(\d+)(,(\d*))?\})\??/y;
