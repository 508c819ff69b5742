/**
 * What text a pattern's every match must contain, so a document without it is never searched.
 * A requirement is a list of strings one of which must occur; a pattern's requirements must all
 * hold: /\b(?:close to|familiar with) the file\b/ needs "close to" or "familiar with", and "the file".
 * Strings are lower-cased and found in the lower-cased text, a test no match can fail.
 */
export type Requirement = readonly string[];

/** Shorter strings occur in nearly every article: they rule nothing out, and the scanner keys on three characters. */
const MIN_LITERAL = 3;
/** ASCII that a regex matches as itself (outside a class); other scripts fold case in ways lower-casing does not. */
const RUN_CHAR = /[^\0-\x1f\x7f-\uffff^$\\.*+?()[\]{}|]/;
const ESCAPED_LITERAL = /[.\-',:;/^$*+?()[\]{}|\\]/;
/** What an escape spans after its backslash and letter: \u{…} or \uXXXX, \xXX, \cX, \p{…}, \k<…>. */
const ESCAPE_PAYLOAD = /^(?:u\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/;

interface Parsed {
  requirements: Requirement[];
  /** When all it can match is one of a few plain strings ("US|U\\.S\\."): those strings. */
  exactly?: string[];
  next: number;
}

/** A run joined with a group's strings ("the " with "US", "U.S." and "American") stays one requirement up to this many choices. */
const MAX_CHOICES = 32;

export function requirementsOf(source: string): Requirement[] {
  const { requirements } = parseAlternation(source, 0);
  return requirements;
}

/** Branches up to an unmatched ")" or the end: what every branch requires, as one choice per branch. */
function parseAlternation(source: string, from: number): Parsed {
  const branches: Parsed[] = [];
  let i = from;
  for (;;) {
    const branch = parseSequence(source, i);
    branches.push(branch);
    i = branch.next;
    if (source[i] !== '|') break;
    i++;
  }
  const exactly = branches.every((b) => b.exactly !== undefined) ? branches.flatMap((b) => b.exactly!) : undefined;
  if (branches.length === 1) return { requirements: branches[0]!.requirements, ...(exactly && { exactly }), next: i };
  const choices = branches.map((b) => strongest(b.requirements));
  const either = choices.every((c): c is Requirement => c !== undefined) ? [choices.flat()] : [];
  return { requirements: either, ...(exactly && { exactly }), next: i };
}

/** The requirement that rules out most: the one whose shortest string is longest. */
function strongest(requirements: Requirement[]): Requirement | undefined {
  const weight = (r: Requirement): number => Math.min(...r.map((s) => s.length));
  return requirements.reduce<Requirement | undefined>((best, r) => (best === undefined || weight(r) > weight(best) ? r : best), undefined);
}

/**
 * Atoms up to "|", ")" or the end. Plain characters make runs, and a group of plain strings joins
 * the run around it ("the (?:US|American) side" needs "the us side" or "the american side"); any
 * other atom ends the run.
 */
function parseSequence(source: string, from: number): Parsed {
  const requirements: Requirement[] = [];
  let runs = [''];
  let isPlain = true;
  const endRun = (): void => {
    const literals = [...new Set(runs.map((run) => run.trim().toLowerCase()))];
    if (literals.every((literal) => literal.length >= MIN_LITERAL)) requirements.push(literals);
    runs = [''];
    isPlain = false;
  };
  let i = from;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = parseAtom(source, i);
    const quantifier = quantifierAt(source, atom.next);
    i = quantifier.next;
    const once = quantifier.min === 1 && quantifier.max === 1;
    if (once && atom.exactly && runs.length * atom.exactly.length <= MAX_CHOICES) {
      runs = runs.flatMap((run) => atom.exactly!.map((s) => run + s));
      // A lookahead matches no text: what follows it is matched at the same place.
      if (atom.isLookahead) endRun();
      continue;
    }
    // A repeated string ends the run with one copy; an optional one ends it before.
    if (atom.exactly?.length === 1 && quantifier.min >= 1) runs = runs.map((run) => run + atom.exactly![0]!);
    endRun();
    if (quantifier.min >= 1) requirements.push(...atom.requirements);
  }
  const exactly = isPlain ? runs : undefined;
  endRun();
  return { requirements, ...(exactly && { exactly }), next: i };
}

interface Atom {
  /** The plain strings it matches, when it matches nothing else: a character, or a group of strings. */
  exactly?: string[];
  isLookahead?: boolean;
  requirements: Requirement[];
  next: number;
}

function parseAtom(source: string, i: number): Atom {
  const ch = source[i]!;
  // An assertion matches no text: the strings on either side of it are one ("since\\b years" is "since years").
  if (ch === '^' || ch === '$') return { exactly: [''], requirements: [], next: i + 1 };
  if (ch === '\\') {
    const escaped = source[i + 1] ?? '';
    if (escaped === 'b' || escaped === 'B') return { exactly: [''], requirements: [], next: i + 2 };
    if (ESCAPED_LITERAL.test(escaped)) return { exactly: [escaped], requirements: [], next: i + 2 };
    const payload = ESCAPE_PAYLOAD.exec(source.slice(i + 1, i + 40));
    return { requirements: [], next: i + 1 + (payload ? payload[0].length : 1) };
  }
  if (ch === '[') return { requirements: [], next: endOfClass(source, i) + 1 };
  if (ch === '(') return parseGroup(source, i);
  return RUN_CHAR.test(ch) ? { exactly: [ch], requirements: [], next: i + 1 } : { requirements: [], next: i + 1 };
}

/**
 * A group, a lookahead or a lookbehind requires what its content does; a negative one, nothing. A
 * lookbehind's strings come before the place it stands, so they join no run.
 */
function parseGroup(source: string, open: number): Atom {
  const negative = source.startsWith('(?!', open) || source.startsWith('(?<!', open);
  const lookbehind = source.startsWith('(?<=', open);
  const inner = parseAlternation(source, open + groupPrefixLength(source, open));
  const atom: Atom = { requirements: negative ? [] : inner.requirements, next: inner.next + 1 };
  if (!negative && !lookbehind && inner.exactly) atom.exactly = inner.exactly;
  if (source.startsWith('(?=', open)) atom.isLookahead = true;
  return atom;
}

function groupPrefixLength(source: string, open: number): number {
  if (source[open + 1] !== '?') return 1;
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(open, open + 40));
  if (named) return named[0].length;
  return source.startsWith('(?<', open) ? 4 : 3;
}

interface Quantifier {
  min: number;
  max: number;
  next: number;
}

function quantifierAt(source: string, i: number): Quantifier {
  const ch = source[i];
  let q: Quantifier | undefined;
  if (ch === '?') q = { min: 0, max: 1, next: i + 1 };
  else if (ch === '*') q = { min: 0, max: Infinity, next: i + 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, next: i + 1 };
  else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (m) q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity, next: i + m[0].length };
  }
  if (!q) return { min: 1, max: 1, next: i };
  // A lazy quantifier's "?" belongs to it.
  if (source[q.next] === '?') q.next++;
  return q;
}

export function endOfClass(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/**
 * Finds which of many strings occur in a text, in one pass over it: each string is filed under its
 * last three characters (endings vary more than beginnings, which are often "the" or "a"), and
 * only where the text has a filed key is a string compared, as ending there.
 */
export class LiteralScanner {
  private readonly literals: string[];
  /** The strings under each three-character key, as indexes into `literals`. */
  private readonly filed = new Map<number, number[]>();
  /** Which keys are filed, a bit each (256 KB, which stays in cache): a test that spares most positions the map lookup. */
  private readonly keyBits = new Uint32Array(1 << 16);

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)].filter((literal) => keyAt(literal, literal.length - MIN_LITERAL) >= 0);
    this.literals.forEach((literal, id) => {
      const key = keyAt(literal, literal.length - MIN_LITERAL);
      this.keyBits[key >> 5]! |= 1 << (key & 31);
      const ids = this.filed.get(key);
      if (ids) ids.push(id);
      else this.filed.set(key, [id]);
    });
  }

  /** The strings that occur in `lowered` (a lower-cased text). */
  present(lowered: string): Set<string> {
    const seen = new Uint8Array(this.literals.length);
    const found = new Set<string>();
    const { keyBits } = this;
    let a = lowered.charCodeAt(0);
    let b = lowered.charCodeAt(1);
    for (let i = 0; i + MIN_LITERAL <= lowered.length; i++) {
      const c = lowered.charCodeAt(i + 2);
      const isAscii = (a | b | c) < 128;
      const key = (a << 14) | (b << 7) | c;
      a = b;
      b = c;
      if (!isAscii || (keyBits[key >> 5]! & (1 << (key & 31))) === 0) continue;
      const ids = this.filed.get(key);
      if (ids === undefined) continue;
      for (const id of ids) {
        const literal = this.literals[id]!;
        if (seen[id] === 1 || !lowered.startsWith(literal, i + MIN_LITERAL - literal.length)) continue;
        seen[id] = 1;
        found.add(literal);
      }
    }
    return found;
  }
}

/** Three ASCII characters packed in one integer below 2^21; -1 when one is not ASCII (no string is filed so). */
function keyAt(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : -1;
}
