import { isMap, type ParsedNode, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainBetween, markAsSequence, newMap, newPair, newSeq, NotSimple, notSimple, scalar } from './yaml-nodes.js';

/**
 * A fast reader for the plain YAML that glossaries are written in: block mappings with simple
 * keys, block sequences, one-line flow sequences, and quoted or plain one-line scalars, with
 * comments. It builds nodes the `yaml` package takes for its own, with the same ranges, so the
 * validator walks them exactly as it walks a parsed document, at a fraction of the cost (the full
 * parser takes about a second per 10,000 entries; see yaml-nodes.ts). A block sequence under a key of
 * the root mapping (`entries:`) is read item by item as `use` iterates it, so that a large
 * glossary's nodes never all live at once. Anything else — anchors, tags, block scalars, flow
 * mappings, multi-line scalars, numbers, null, duplicate keys, any syntax error — returns
 * undefined, whatever `use` did with the part read so far, and the caller uses the full parser,
 * which also words the errors.
 */
export function readSimpleYaml<T>(source: string, use: (root: ParsedNode) => T): T | undefined {
  // Tabs separate tokens in ways this reader does not follow; a lone CR breaks lines unseen.
  if (source.includes('\t') || /\r(?!\n)/.test(source)) return undefined;
  try {
    const reader = new Reader(source);
    if (reader.done()) return undefined;
    const root = reader.block(0);
    if (!reader.done() || !isMapNode(root)) return undefined;
    const result = use(root);
    reader.readDeferred();
    return result;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

/** A root block sequence, its items read from its text each time it is iterated (all the validator does with it). */
class DeferredSeqNode {
  readonly flow = false;
  /** Set once an iteration has read every item: the lines were all plain YAML. */
  complete = false;

  /** `source[from, to)` holds its lines; `indent` is its dashes' column. */
  constructor(
    private readonly source: string, private readonly from: number, private readonly to: number,
    private readonly indent: number, readonly range: [number, number, number],
  ) {}

  get items(): ParsedNode[] {
    return { [Symbol.iterator]: () => this.read() } as unknown as ParsedNode[];
  }

  private *read(): Generator<ParsedNode> {
    const reader = new Reader(this.source, this.from, this.to);
    yield* reader.sequenceItems(this.indent);
    if (!reader.done()) notSimple();
    this.complete = true;
  }
}
markAsSequence(DeferredSeqNode);

interface Line {
  indent: number;
  /** Offset in the source of the first character after the indentation. */
  start: number;
  /** The line after its indentation, without the line break. */
  text: string;
  /** Offset of the line after it. */
  next: number;
}

/**
 * The first line in `source[from, to)` other than blank and comment-only ones, read when the reader
 * comes to it: a large glossary's lines never all live at once. A directive or a document marker
 * is not plain YAML.
 */
function lineAt(source: string, from: number, to: number): Line | undefined {
  for (let at = from; at < to; ) {
    const newline = source.indexOf('\n', at);
    const end = newline < 0 ? source.length : newline;
    let start = at;
    while (source.charCodeAt(start) === 32) start++;
    const text = source.slice(start, end).trimEnd();
    if (text !== '' && !text.startsWith('#')) {
      if (isDirectiveOrMarker(text)) notSimple();
      return { indent: start - at, start, text, next: end + 1 };
    }
    at = end + 1;
  }
  return undefined;
}

const isDirectiveOrMarker = (text: string): boolean => text.startsWith('%') || text.startsWith('---') || text.startsWith('...');

/**
 * The length of the key a line starts with: a name of ASCII letters, digits, `_` and `-` (not
 * first), then a colon before a space or the line's end; 0 for none. Char codes, not a regex
 * match: it runs for each line of a large glossary.
 */
function keyLength(text: string): number {
  if (!isKeyStart(text.charCodeAt(0))) return 0;
  let i = 1;
  while (isKeyStart(text.charCodeAt(i)) || isDigitOrDash(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return 0;
  return i + 1 === text.length || text.charCodeAt(i + 1) === 32 ? i : 0;
}

const isKeyStart = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isDigitOrDash = (code: number): boolean => (code >= 48 && code <= 57) || code === 45;
const isItem = (text: string): boolean => text === '-' || text.startsWith('- ');

class Reader {
  private line: Line | undefined;
  private last: Line | undefined;
  /** The rest of a "- key: …" line, standing in for the current line as a mapping’s first line. */
  private itemRest: Line | undefined;
  private readonly deferred: DeferredSeqNode[] = [];

  /** Reads the lines of `source[from, to)`. */
  constructor(private readonly source: string, from = 0, private readonly to = source.length) {
    this.line = lineAt(source, from, to);
  }

  done(): boolean {
    return this.line === undefined;
  }

  /** Reads the deferred sequences `use` left unread, to know that they are plain YAML too. */
  readDeferred(): void {
    for (const seq of this.deferred) if (!seq.complete) for (const _ of seq.items);
  }

  /** The block starting at the current line, which must be indented at least `minIndent`. */
  block(minIndent: number): ParsedNode {
    const line = this.current() ?? notSimple();
    if (line.indent < minIndent) notSimple();
    if (isItem(line.text)) return this.sequence(line.indent);
    return this.mapping(line.indent);
  }

  /** The items of the block sequence at the current line, one at a time. */
  *sequenceItems(indent: number): Generator<ParsedNode> {
    for (let line = this.current(); line && line.indent === indent && isItem(line.text); line = this.current()) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#') || isItem(rest)) notSimple();
      const column = line.indent + (line.text.length - rest.length);
      if (keyLength(rest) > 0) {
        // "- term: …": a mapping whose first line shares the dash's line.
        this.itemRest = { indent: column, start: line.start + (column - line.indent), text: rest, next: line.next };
        yield this.mapping(column);
      } else {
        this.advance();
        yield this.inlineValue(rest, line.start + (column - line.indent), indent);
      }
    }
  }

  private current(): Line | undefined {
    return this.itemRest ?? this.line;
  }

  private advance(): void {
    this.last = this.line;
    this.line = lineAt(this.source, this.line!.next, this.to);
    this.itemRest = undefined;
  }

  private mapping(indent: number): YAMLMap.Parsed {
    const map = newMap();
    const first = this.current()!;
    for (let line = this.current(); line && line.indent === indent && !isItem(line.text); line = this.current()) {
      const length = keyLength(line.text);
      const name = length > 0 ? line.text.slice(0, length) : notSimple();
      // A key of keyLength's letters is plain text unless it reads as true, false or null.
      if (SPECIAL_WORDS.has(name) || map.items.some((pair) => (pair.key as Scalar.Parsed).value === name)) notSimple();
      const keyNode = scalar(name, line.start, line.start + length);
      this.advance();
      const value = this.valueAfter(line, skipSpaces(line.text, length + 1), indent);
      map.items.push(newPair(keyNode, value));
    }
    map.range = [first.start, this.endOfLast(), this.endOfLast()];
    return map;
  }

  private sequence(indent: number): YAMLSeq.Parsed {
    const seq = newSeq(false);
    const first = this.current()!;
    seq.items = [...this.sequenceItems(indent)];
    seq.range = [first.start, this.endOfLast(), this.endOfLast()];
    return seq;
  }

  /** A block sequence under a key of the root mapping: its lines are passed over, to be read when iterated. */
  private deferredSequence(indent: number): YAMLSeq.Parsed {
    const first = this.current()!;
    const end = this.endOfBlock(first, indent);
    this.line = lineAt(this.source, end, this.to);
    this.itemRest = undefined;
    const seq = new DeferredSeqNode(this.source, first.start - first.indent, end, indent, [first.start, end, end]);
    this.deferred.push(seq);
    return seq as unknown as YAMLSeq.Parsed;
  }

  /**
   * Where the sequence starting at `first`, its dashes at column `indent`, ends: at the first
   * line, other than blank and comment lines, that is indented less than the dashes or is not an
   * item at theirs (or at `to`). Found by character codes, with no string made per line: it
   * passes over every line of a large glossary.
   */
  private endOfBlock(first: Line, indent: number): number {
    const { source, to } = this;
    for (let at = first.next; at < to; ) {
      const newline = source.indexOf('\n', at);
      const end = newline < 0 || newline > to ? to : newline;
      let start = at;
      while (start < end && source.charCodeAt(start) === 32) start++;
      const code = start < end ? source.charCodeAt(start) : -1;
      const blank = code === -1 || code === 35 /* # */ || (code === 13 && start + 1 === end);
      const isDash = code === 45 && (start + 1 === end || source.charCodeAt(start + 1) === 32 || source.charCodeAt(start + 1) === 13);
      if (!blank && (start - at < indent || (start - at === indent && !isDash))) return at;
      at = end + 1;
    }
    return to;
  }

  /** The value of `key:` on `line`: on the same line, or the block below it. */
  private valueAfter(line: Line, valueStart: number, indent: number): ParsedNode {
    const rest = line.text.slice(valueStart);
    if (rest !== '' && !rest.startsWith('#')) return this.inlineValue(rest, line.start + valueStart, indent);
    const next = this.current();
    if (next && (next.indent > indent || (next.indent === indent && isItem(next.text)))) {
      return indent === 0 && isItem(next.text) ? this.deferredSequence(next.indent) : this.block(indent);
    }
    return notSimple(); // an empty value: null, which the full parser places
  }

  /** A value written on one line at `start`; the line after it must not continue it. */
  private inlineValue(text: string, start: number, indent: number): ParsedNode {
    const next = this.current();
    if (next && next.indent > indent) notSimple(); // a multi-line scalar, or an indentation error
    const { node, end } = text.startsWith('[') ? flowSequence(text, start) : oneScalar(text, 0, start, false);
    if (!isCommentOrEnd(text.slice(end - start))) notSimple();
    return node;
  }

  private endOfLast(): number {
    const last = this.last!;
    return last.start + last.text.length;
  }
}

const isCommentOrEnd = (rest: string): boolean => /^(?:[ ]+#[^]*|[ ]*)$/.test(rest);
const isMapNode = (node: ParsedNode): boolean => isMap(node);

/** `[a, "b", 'c']` on one line. */
function flowSequence(text: string, start: number): { node: YAMLSeq.Parsed; end: number } {
  const seq = newSeq(true);
  let i = skipSpaces(text, 1);
  while (text[i] !== ']') {
    const item = oneScalar(text, i, start + i, true);
    seq.items.push(item.node);
    i = skipSpaces(text, item.end - start);
    if (text[i] === ',') i = skipSpaces(text, i + 1);
    else if (text[i] !== ']') notSimple();
  }
  seq.range = [start, start + i + 1, start + i + 1];
  return { node: seq, end: start + i + 1 };
}

const skipSpaces = (text: string, i: number): number => {
  while (text[i] === ' ') i++;
  return i;
};

/** A quoted or plain scalar at `text[from]`, which is at `start` in the source; `end` is its end offset in the source. */
function oneScalar(line: string, from: number, start: number, inFlow: boolean): { node: Scalar.Parsed; end: number } {
  if (line.charCodeAt(from) === 34 /* " */) return doubleQuoted(line, from, start);
  const text = from === 0 ? line : line.slice(from);
  if (text.startsWith("'")) return singleQuoted(text, start);
  const plain = inFlow ? (/^[^,[\]{}#]*?(?=[ ]*(?:[,\]]|[ ]#|$))/.exec(text) ?? notSimple())[0] : blockPlain(text);
  if (plain === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || /:(?:[ ]|$)|[ ]#/.test(plain)) notSimple();
  return { node: scalar(plainValue(plain), start, start + plain.length), end: start + plain.length };
}

/** A plain scalar outside a flow sequence: up to a comment (" #") or the end, without the spaces before it. */
function blockPlain(text: string): string {
  const comment = text.indexOf(' #');
  let end = comment < 0 ? text.length : comment;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** The words that are not text when plain: booleans and null. */
const SPECIAL_WORDS = new Set(['true', 'false', 'True', 'TRUE', 'False', 'FALSE', '~', 'null', 'Null', 'NULL']);

/** true and false are booleans; null, numbers and other YAML 1.2 core-schema values go to the full parser. */
function plainValue(text: string): string | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  // A word of six letters or more is text: the special values that begin with a letter are shorter.
  if (text.length > 5 && /^\p{L}/u.test(text)) return text;
  const special = /^(?:~|null|Null|NULL|True|TRUE|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
  return special.test(text) ? notSimple() : text;
}

/** A double-quoted scalar at `line[from]`, whose escapes JSON shares with YAML (\" \\ \/ \n \t \uXXXX …). */
function doubleQuoted(line: string, from: number, start: number): { node: Scalar.Parsed; end: number } {
  const close = line.indexOf('"', from + 1);
  // Without escapes or control characters before the next quote, it closes the string and the text between is the value.
  if (close > 0 && isPlainBetween(line, from + 1, close)) {
    return { node: scalar(line.slice(from + 1, close), start, start + close + 1 - from, 'QUOTE_DOUBLE'), end: start + close + 1 - from };
  }
  const quoted = (/^"(?:[^"\\]|\\.)*"/.exec(line.slice(from)) ?? notSimple())[0];
  let value: string;
  try {
    value = JSON.parse(quoted) as string;
  } catch {
    return notSimple();
  }
  return { node: scalar(value, start, start + quoted.length, 'QUOTE_DOUBLE'), end: start + quoted.length };
}

function singleQuoted(text: string, start: number): { node: Scalar.Parsed; end: number } {
  const close = /^'(?:[^']|'')*'/.exec(text) ?? notSimple();
  return { node: scalar(close[0].slice(1, -1).replaceAll("''", "'"), start, start + close[0].length, 'QUOTE_SINGLE'), end: start + close[0].length };
}
