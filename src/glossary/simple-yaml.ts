import { Pair, Scalar, YAMLMap, YAMLSeq, type ParsedNode } from 'yaml';

/**
 * A fast reader for the plain YAML that glossaries are written in: block mappings with simple
 * keys, block sequences, one-line flow sequences, and quoted or plain one-line scalars, with
 * comments. It builds the `yaml` package's own node classes with the same ranges, so the validator
 * walks them exactly as it walks a parsed document, at a fraction of the cost (the full parser
 * takes about a second per 10,000 entries). Anything else — anchors, tags, block scalars, flow
 * mappings, multi-line scalars, numbers, null, duplicate keys, any syntax error — returns
 * undefined, and the caller uses the full parser, which also words the errors.
 */
export function parseSimpleYaml(source: string): ParsedNode | undefined {
  const lines = significantLines(source);
  if (!lines || lines.length === 0) return undefined;
  const reader = new Reader(lines);
  try {
    const root = reader.block(0);
    return reader.done() && isMapNode(root) ? root : undefined;
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

class NotSimple extends Error {}
const notSimple = (): never => {
  throw new NotSimple();
};

interface Line {
  indent: number;
  /** Offset in the source of the first character after the indentation. */
  start: number;
  /** The line after its indentation, without the line break. */
  text: string;
}

/** Lines other than blank and comment-only ones; undefined where a tab indents or a directive or document marker starts. */
function significantLines(source: string): Line[] | undefined {
  const lines: Line[] = [];
  const pattern = /([ \t]*)([^\r\n]*)(\r\n|\r|\n|$)/y;
  for (let at = 0; at < source.length; ) {
    pattern.lastIndex = at;
    const [whole, indent, text] = pattern.exec(source) as unknown as [string, string, string];
    if (whole.length === 0) break;
    if (text !== '' && !text.startsWith('#')) {
      // Tabs separate tokens in ways this reader does not follow; directives and markers start documents.
      if (whole.includes('\t') || /^(?:---|\.\.\.|%)/.test(text)) return undefined;
      lines.push({ indent: indent.length, start: at + indent.length, text: text.trimEnd() });
    }
    at += whole.length;
  }
  return lines;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?=[ ]|$)[ ]*/;
const isItem = (text: string): boolean => text === '-' || text.startsWith('- ');

class Reader {
  private at = 0;

  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.at === this.lines.length;
  }

  /** The block starting at the current line, which must be indented at least `minIndent`. */
  block(minIndent: number): ParsedNode {
    const line = this.lines[this.at] ?? notSimple();
    if (line.indent < minIndent) notSimple();
    if (isItem(line.text)) return this.sequence(line.indent);
    return this.mapping(line.indent);
  }

  private mapping(indent: number): YAMLMap.Parsed {
    const map = new YAMLMap() as YAMLMap.Parsed;
    const first = this.lines[this.at]!;
    const seen = new Set<string>();
    for (let line = this.lines[this.at]; line && line.indent === indent && !isItem(line.text); line = this.lines[this.at]) {
      const key = KEY.exec(line.text) ?? notSimple();
      if (seen.has(key[1]!) || typeof plainValue(key[1]!) !== 'string') notSimple();
      seen.add(key[1]!);
      const keyNode = scalar(key[1]!, line.start, line.start + key[1]!.length);
      this.at++;
      const value = this.valueAfter(line, key[0].length, indent);
      map.items.push(new Pair(keyNode, value) as Pair<ParsedNode, ParsedNode>);
    }
    map.range = [first.start, this.endOfLast(), this.endOfLast()];
    return map;
  }

  private sequence(indent: number): YAMLSeq.Parsed {
    const seq = new YAMLSeq() as YAMLSeq.Parsed;
    const first = this.lines[this.at]!;
    for (let line = this.lines[this.at]; line && line.indent === indent && isItem(line.text); line = this.lines[this.at]) {
      const rest = line.text.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#') || isItem(rest)) notSimple();
      const column = line.indent + (line.text.length - rest.length);
      if (KEY.test(rest)) {
        // "- term: …": a mapping whose first line shares the dash's line.
        this.lines[this.at] = { indent: column, start: line.start + (column - line.indent), text: rest };
        seq.items.push(this.mapping(column));
      } else {
        this.at++;
        seq.items.push(this.inlineValue(rest, line.start + (column - line.indent), indent));
      }
    }
    seq.range = [first.start, this.endOfLast(), this.endOfLast()];
    return seq;
  }

  /** The value of `key:` on `line`: on the same line, or the block below it. */
  private valueAfter(line: Line, keyLength: number, indent: number): ParsedNode {
    const rest = line.text.slice(keyLength);
    if (rest !== '' && !rest.startsWith('#')) return this.inlineValue(rest, line.start + keyLength, indent);
    const next = this.lines[this.at];
    if (next && (next.indent > indent || (next.indent === indent && isItem(next.text)))) return this.block(indent);
    return notSimple(); // an empty value: null, which the full parser places
  }

  /** A value written on one line at `start`; the line after it must not continue it. */
  private inlineValue(text: string, start: number, indent: number): ParsedNode {
    const next = this.lines[this.at];
    if (next && next.indent > indent) notSimple(); // a multi-line scalar, or an indentation error
    const { node, end } = text.startsWith('[') ? flowSequence(text, start) : oneScalar(text, start, false);
    if (!isCommentOrEnd(text.slice(end - start))) notSimple();
    return node;
  }

  private endOfLast(): number {
    const last = this.lines[this.at - 1]!;
    return last.start + last.text.length;
  }
}

const isCommentOrEnd = (rest: string): boolean => /^(?:[ ]+#[^]*|[ ]*)$/.test(rest);
const isMapNode = (node: ParsedNode): boolean => node instanceof YAMLMap;

function scalar(value: unknown, start: number, end: number): Scalar.Parsed {
  const node = new Scalar(value) as Scalar.Parsed;
  node.range = [start, end, end];
  return node;
}

/** `[a, "b", 'c']` on one line. */
function flowSequence(text: string, start: number): { node: YAMLSeq.Parsed; end: number } {
  const seq = new YAMLSeq() as YAMLSeq.Parsed;
  let i = skipSpaces(text, 1);
  while (text[i] !== ']') {
    const item = oneScalar(text.slice(i), start + i, true);
    seq.items.push(item.node);
    i = skipSpaces(text, item.end - start);
    if (text[i] === ',') i = skipSpaces(text, i + 1);
    else if (text[i] !== ']') notSimple();
  }
  seq.range = [start, start + i + 1, start + i + 1];
  seq.flow = true;
  return { node: seq, end: start + i + 1 };
}

const skipSpaces = (text: string, i: number): number => {
  while (text[i] === ' ') i++;
  return i;
};

/** A quoted or plain scalar at the start of `text`; `end` is its end offset in the source. */
function oneScalar(text: string, start: number, inFlow: boolean): { node: Scalar.Parsed; end: number } {
  if (text.startsWith('"')) return doubleQuoted(text, start);
  if (text.startsWith("'")) return singleQuoted(text, start);
  const plain = ((inFlow ? /^[^,[\]{}#]*?(?=[ ]*(?:[,\]]|[ ]#|$))/ : /^[^]*?(?=[ ]*(?:[ ]#|$))/).exec(text) ?? notSimple())[0];
  if (plain === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(plain) || /:(?:[ ]|$)|[ ]#/.test(plain)) notSimple();
  const node = scalar(plainValue(plain), start, start + plain.length);
  node.type = 'PLAIN';
  return { node, end: start + plain.length };
}

/** true and false are booleans; null, numbers and other YAML 1.2 core-schema values go to the full parser. */
function plainValue(text: string): string | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  const special = /^(?:~|null|Null|NULL|True|TRUE|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
  return special.test(text) ? notSimple() : text;
}

/** A double-quoted scalar whose escapes JSON shares with YAML (\" \\ \/ \n \t \uXXXX …). */
function doubleQuoted(text: string, start: number): { node: Scalar.Parsed; end: number } {
  const close = /^"(?:[^"\\]|\\.)*"/.exec(text) ?? notSimple();
  let value: string;
  try {
    value = JSON.parse(close[0]) as string;
  } catch {
    return notSimple();
  }
  const node = scalar(value, start, start + close[0].length);
  node.type = 'QUOTE_DOUBLE';
  return { node, end: start + close[0].length };
}

function singleQuoted(text: string, start: number): { node: Scalar.Parsed; end: number } {
  const close = /^'(?:[^']|'')*'/.exec(text) ?? notSimple();
  const node = scalar(close[0].slice(1, -1).replaceAll("''", "'"), start, start + close[0].length);
  node.type = 'QUOTE_SINGLE';
  return { node, end: start + close[0].length };
}
