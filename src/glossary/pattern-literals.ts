/**
 * What text a pattern's every match must contain, so a document without it is never searched.
 * A requirement is a list of strings one of which must occur; a pattern's requirements must all
 * hold: /\b(?:close to|familiar with) the file\b/ needs "close to" or "familiar with", and "the file".
 * Strings are lower-cased and found in the lower-cased text, a test no match can fail.
 */
export type Requirement = readonly string[];

/** Shorter strings occur in nearly every article: they rule nothing out. */
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
 * Finds which of many strings occur in a text, in one pass over it and one table step per
 * character, however many strings there are and however many share an ending: an Aho–Corasick
 * automaton. Characters no string has are one class, so a state's row has a column per character
 * the strings use. A row (its suffix link's, with the state's own edges over it) is made when a
 * text first reaches the state: most states are never reached, and a table of all of them took
 * longer to allocate than most scans (fresh memory is slow to touch).
 */
export class LiteralScanner {
  private readonly literals: string[];
  /** The class of each ASCII character; of any other, in `wideClasses`; 0 for a character no string has. */
  private readonly asciiClasses = new Uint16Array(128);
  private readonly wideClasses = new Map<number, number>();
  private readonly classCount: number;
  /** The trie, state 0 its root: the class on the edge into each state, each state's last-added child, and each child's sibling added before it (0: none). */
  private readonly edgeClass: Int32Array;
  private readonly lastChild: Int32Array;
  private readonly previousSibling: Int32Array;
  private states = 1;
  /** The string that ends at each state, as an index into `literals`; -1 for none. */
  private readonly endsAt: Int32Array;
  /** Each state's suffix link: the state of its longest proper suffix that is a state too. */
  private readonly suffixLinks: Int32Array;
  /** The first state, of a state and those its suffix links reach, where a string ends; -1 for none. */
  private readonly firstEnd: Int32Array;
  /** Where each state's row starts in `rows`; -1 until it is made. */
  private readonly rowAt: Int32Array;
  /** The rows made so far: the state after each class. */
  private rows = new Int32Array(0);
  private rowCount = 0;

  constructor(literals: Iterable<string>) {
    this.literals = [...new Set(literals)].filter((literal) => literal !== '');
    this.classCount = this.fileClasses();
    // Room for a state per character of the strings.
    const room = this.literals.reduce((n, literal) => n + literal.length, 1);
    this.edgeClass = new Int32Array(room);
    this.lastChild = new Int32Array(room);
    this.previousSibling = new Int32Array(room);
    this.endsAt = new Int32Array(room).fill(-1);
    this.literals.forEach((literal, id) => (this.endsAt[this.insert(literal)] = id));
    this.suffixLinks = new Int32Array(this.states);
    this.firstEnd = new Int32Array(this.states);
    this.rowAt = new Int32Array(this.states).fill(-1);
    this.link();
  }

  /** The strings that occur in `lowered` (a lower-cased text). */
  present(lowered: string): Set<string> {
    const found = new Set<string>();
    const { rowAt, firstEnd, endsAt, suffixLinks, literals, asciiClasses } = this;
    const wide = this.wideClasses.size > 0 ? this.wideClasses : undefined;
    let state = 0;
    for (let i = 0; i < lowered.length; i++) {
      const code = lowered.charCodeAt(i);
      const charClass = code < 128 ? asciiClasses[code]! : (wide?.get(code) ?? 0);
      const row = rowAt[state]! >= 0 ? rowAt[state]! : this.makeRow(state);
      state = this.rows[row + charClass]!;
      for (let end = firstEnd[state]!; end >= 0; end = firstEnd[suffixLinks[end]!]!) found.add(literals[endsAt[end]!]!);
    }
    return found;
  }

  /** Gives each character the strings have a class from 1 on; returns the number of classes. */
  private fileClasses(): number {
    let count = 1;
    for (const literal of this.literals) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i);
        if (code < 128) {
          if (this.asciiClasses[code] === 0) this.asciiClasses[code] = count++;
        } else if (!this.wideClasses.has(code)) this.wideClasses.set(code, count++);
      }
    }
    return count;
  }

  /** Adds a string's states to the trie; returns the state where it ends. */
  private insert(literal: string): number {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      const charClass = code < 128 ? this.asciiClasses[code]! : this.wideClasses.get(code)!;
      let child = this.childOf(state, charClass);
      if (child === 0) {
        child = this.states++;
        this.edgeClass[child] = charClass;
        this.previousSibling[child] = this.lastChild[state]!;
        this.lastChild[state] = child;
      }
      state = child;
    }
    return state;
  }

  /** The trie's child of `state` on `charClass`; 0 for none. A state has few children, the root a column's worth at most. */
  private childOf(state: number, charClass: number): number {
    let child = this.lastChild[state]!;
    while (child !== 0 && this.edgeClass[child] !== charClass) child = this.previousSibling[child]!;
    return child;
  }

  /** The suffix links and where strings end along them, breadth first: a state's link is found from its parent's, a shorter state. */
  private link(): void {
    const { endsAt, suffixLinks, firstEnd } = this;
    const queue = new Int32Array(this.states);
    firstEnd[0] = -1;
    for (let head = 0, tail = 1; head < tail; head++) {
      const state = queue[head]!;
      for (let child = this.lastChild[state]!; child !== 0; child = this.previousSibling[child]!) {
        const charClass = this.edgeClass[child]!;
        let link = 0;
        if (state !== 0) {
          let from = suffixLinks[state]!;
          while (from !== 0 && this.childOf(from, charClass) === 0) from = suffixLinks[from]!;
          link = this.childOf(from, charClass);
        }
        suffixLinks[child] = link;
        firstEnd[child] = endsAt[child]! >= 0 ? child : firstEnd[link]!;
        queue[tail++] = child;
      }
    }
  }

  /** Makes the row of `state`, and first its suffix link's; returns where it starts. */
  private makeRow(state: number): number {
    const { classCount } = this;
    const link = this.suffixLinks[state]!;
    const linkRow = state === 0 ? -1 : this.rowAt[link]! >= 0 ? this.rowAt[link]! : this.makeRow(link);
    const row = this.rowCount++ * classCount;
    if (row + classCount > this.rows.length) {
      const grown = new Int32Array(Math.max(2 * this.rows.length, 64 * classCount));
      grown.set(this.rows);
      this.rows = grown;
    }
    // A fresh row is all 0s, the root's steps: the start's row is its children alone.
    if (linkRow >= 0) this.rows.copyWithin(row, linkRow, linkRow + classCount);
    for (let child = this.lastChild[state]!; child !== 0; child = this.previousSibling[child]!) this.rows[row + this.edgeClass[child]!] = child;
    this.rowAt[state] = row;
    return row;
  }
}
