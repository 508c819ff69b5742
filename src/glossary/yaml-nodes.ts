import type { ParsedNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Nodes the `yaml` package takes for its own, for the fast readers of plain glossary files
 * (simple-yaml.ts, simple-json.ts), so that the validator walks what they read exactly as it walks
 * a parsed document. They are objects of small classes marked with the package's node identity
 * symbols (`Symbol.for('yaml.map')` …, what its isMap, isSeq and isScalar read) on the prototype:
 * the package's own classes define that mark with Object.defineProperty, and an object literal
 * with a computed symbol key is built property by property, either of which made building a
 * 100,000-entry glossary's million nodes slower than reading it.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

class MapNode {
  items: Array<Pair<ParsedNode, ParsedNode>> = [];
  range: [number, number, number] = [0, 0, 0];
}
class SeqNode {
  items: ParsedNode[] = [];
  range: [number, number, number] = [0, 0, 0];
  constructor(readonly flow: boolean) {}
}
class PairNode {
  constructor(readonly key: ParsedNode, readonly value: ParsedNode) {}
}
class ScalarNode {
  constructor(readonly value: unknown, readonly start: number, readonly end: number, readonly type: Scalar.Type) {}

  /** Read only where a position is reported, so not stored with every node. */
  get range(): [number, number, number] {
    return [this.start, this.end, this.end];
  }
}
Object.assign(MapNode.prototype, { [NODE_TYPE]: Symbol.for('yaml.map') });
Object.assign(PairNode.prototype, { [NODE_TYPE]: Symbol.for('yaml.pair') });
Object.assign(ScalarNode.prototype, { [NODE_TYPE]: Symbol.for('yaml.scalar') });

/** Marks a class of sequence nodes (a reader may read its items lazily) as the package's sequences. */
export function markAsSequence(node: abstract new (...args: never[]) => unknown): void {
  Object.assign(node.prototype as object, { [NODE_TYPE]: Symbol.for('yaml.seq') });
}
markAsSequence(SeqNode);

export const newMap = (): YAMLMap.Parsed => new MapNode() as unknown as YAMLMap.Parsed;
export const newSeq = (flow: boolean): YAMLSeq.Parsed => new SeqNode(flow) as unknown as YAMLSeq.Parsed;
export const newPair = (key: ParsedNode, value: ParsedNode): Pair<ParsedNode, ParsedNode> => new PairNode(key, value) as unknown as Pair<ParsedNode, ParsedNode>;

export function scalar(value: unknown, start: number, end: number, type: Scalar.Type = 'PLAIN'): Scalar.Parsed {
  return new ScalarNode(value, start, end, type) as unknown as Scalar.Parsed;
}

/** Thrown by a fast reader at anything it does not read; the caller then uses the full parser. */
export class NotSimple extends Error {}
export const notSimple = (): never => {
  throw new NotSimple();
};

/** No backslash and no control character in `source[from, to)`: between quotes, the text is the value. */
export function isPlainBetween(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === 92 /* \\ */ || code < 32 || code === 127) return false;
  }
  return true;
}
