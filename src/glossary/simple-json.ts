import { isMap, type ParsedNode, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { isPlainBetween, newMap, newPair, newSeq, NotSimple, notSimple, scalar } from './yaml-nodes.js';

/**
 * A fast reader for a glossary written as JSON: objects, arrays, strings and booleans, read into
 * the nodes the `yaml` package would make of them (yaml-nodes.ts), with the same offsets, for the
 * validator to walk. The `yaml` parser, which otherwise reads a JSON glossary as the YAML it also
 * is, took 13 s over a 100,000-entry file. Numbers, null, a repeated key and anything that is not
 * JSON return undefined, and the caller uses the full parser, which also words the errors.
 */
export function readSimpleJson<T>(source: string, use: (root: ParsedNode) => T): T | undefined {
  try {
    const reader = new JsonReader(source);
    const root = reader.value();
    if (!reader.atEnd() || !isMap(root)) return undefined;
    return use(root);
  } catch (error) {
    if (error instanceof NotSimple) return undefined;
    throw error;
  }
}

/** Does the text start, after white space, with an object: a glossary written as JSON? */
export const looksLikeJson = (source: string): boolean => /^\s*\{/.test(source);

const QUOTE = 34;

class JsonReader {
  private at = 0;

  constructor(private readonly source: string) {
    this.skipSpace();
  }

  atEnd(): boolean {
    return this.at === this.source.length;
  }

  /** The value at the reader's place; the reader stops after it and the white space that follows. */
  value(): ParsedNode {
    const code = this.source.charCodeAt(this.at);
    const node = code === 123 /* { */ ? this.object() : code === 91 /* [ */ ? this.array() : code === QUOTE ? this.string() : this.word();
    this.skipSpace();
    return node;
  }

  private object(): YAMLMap.Parsed {
    const map = newMap();
    const start = this.at++;
    this.skipSpace();
    const keys = new Set<string>();
    while (!this.takes(125 /* } */)) {
      if (map.items.length > 0) this.expect(44 /* , */);
      const key = this.string();
      // A repeated key is an error the full parser words.
      if (keys.has(key.value as string)) notSimple();
      keys.add(key.value as string);
      this.skipSpace();
      this.expect(58 /* : */);
      map.items.push(newPair(key, this.value()));
    }
    map.range = [start, this.at, this.at];
    return map;
  }

  private array(): YAMLSeq.Parsed {
    const seq = newSeq(true);
    const start = this.at++;
    this.skipSpace();
    while (!this.takes(93 /* ] */)) {
      if (seq.items.length > 0) this.expect(44 /* , */);
      seq.items.push(this.value());
    }
    seq.range = [start, this.at, this.at];
    return seq;
  }

  /** A string; one with an escape or a control character is JSON.parse's to decode or refuse. */
  private string(): Scalar.Parsed {
    const { source } = this;
    const start = this.at;
    if (source.charCodeAt(start) !== QUOTE) notSimple();
    let end = source.indexOf('"', start + 1);
    if (end < 0) notSimple();
    let value: string;
    if (isPlainBetween(source, start + 1, end)) value = source.slice(start + 1, end);
    else {
      while (end > 0 && isEscaped(source, end)) end = source.indexOf('"', end + 1);
      if (end < 0) notSimple();
      value = decoded(source.slice(start, end + 1));
    }
    this.at = end + 1;
    return scalar(value, start, end + 1, 'QUOTE_DOUBLE');
  }

  /** `true` or `false`; numbers and null, which the validator words otherwise, go to the full parser. */
  private word(): ParsedNode {
    const start = this.at;
    for (const word of ['true', 'false']) {
      if (this.source.startsWith(word, start)) {
        this.at += word.length;
        return scalar(word === 'true', start, this.at);
      }
    }
    return notSimple();
  }

  /** Passes over `code` and the white space after it, or is not JSON. */
  private expect(code: number): void {
    if (!this.takes(code)) notSimple();
  }

  /** Passes over `code` and the white space after it if it is next. */
  private takes(code: number): boolean {
    if (this.source.charCodeAt(this.at) !== code) return false;
    this.at++;
    this.skipSpace();
    return true;
  }

  private skipSpace(): void {
    const { source } = this;
    for (let code = source.charCodeAt(this.at); code === 32 || code === 10 || code === 13 || code === 9; code = source.charCodeAt(++this.at));
  }
}

/** Is the quote at `i` escaped: after an odd number of backslashes? */
function isEscaped(source: string, i: number): boolean {
  let backslashes = 0;
  while (source.charCodeAt(i - 1 - backslashes) === 92 /* \\ */) backslashes++;
  return backslashes % 2 === 1;
}

function decoded(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return notSimple();
  }
}
