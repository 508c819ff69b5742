import type { Yaml } from 'mdast';
import type { BlockKind } from '../document.js';
import { alignDecoded, type DecodeAt } from './align.js';
import type { ExtractedText } from './extracted-text.js';

/** Front matter fields that are prose readers see: the rest (dates, slugs, tags) is data. */
const PROSE_FIELDS: Record<string, BlockKind> = { title: 'title', description: 'paragraph' };
/** A top-level field with its value on the same line. */
const FIELD = /^(title|description):[ \t]+(\S[^\r\n]*?)[ \t]*\r?$/gm;

/** YAML quoting inside a quoted scalar: '' in single quotes, \" and \\ in double quotes. */
const decodeYamlQuotedAt: DecodeAt = (source, at, end) => {
  const pair = source.slice(at, Math.min(at + 2, end));
  if (pair === "''") return { length: 2, text: "'" };
  if (pair === '\\"' || pair === '\\\\') return { length: 2, text: pair.charAt(1) };
  return null;
};

/**
 * Adds a Markdown file's front matter `title:` and `description:` values as blocks. A small
 * reader of one-line values, not a YAML parser: it keeps exact offsets and spares loading one;
 * a value it cannot read exactly (folded, escaped otherwise) is left unchecked.
 */
export function addFrontMatter(node: Yaml, source: string, out: ExtractedText): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  // The fields sit between the line of the opening "---" and the closing one.
  const body = source.slice(0, end - 3);
  FIELD.lastIndex = source.indexOf('\n', start) + 1;
  for (let m = FIELD.exec(body); m; m = FIELD.exec(body)) {
    const valueStart = m.index + m[0].indexOf(m[2]!, m[1]!.length + 1);
    const scalar = readScalar(m[2]!, valueStart);
    const pieces = scalar && alignDecoded(source, scalar.from, scalar.to, scalar.value, decodeYamlQuotedAt);
    if (!pieces) continue;
    out.breakBlock(PROSE_FIELDS[m[1]!]);
    out.add(pieces);
    out.breakBlock();
  }
}

/** A one-line scalar's value and where it is written (inside its quotes, if quoted). */
function readScalar(raw: string, at: number): { value: string; from: number; to: number } | undefined {
  const quote = raw.charAt(0);
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    const inner = raw.slice(1, -1);
    const value = quote === "'" ? inner.replace(/''/g, "'") : inner.replace(/\\(["\\])/g, '$1');
    if (quote === '"' && /\\[^"\\]/.test(inner)) return undefined;
    return { value, from: at + 1, to: at + raw.length - 1 };
  }
  // Block scalars, flow collections, anchors and tags are not one-line text.
  if (/^[|>[{&*!%@`]/.test(raw)) return undefined;
  const value = raw.replace(/\s+#.*$/, '');
  return { value, from: at, to: at + value.length };
}
