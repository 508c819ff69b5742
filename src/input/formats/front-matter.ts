import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import type { BlockKind } from '../document.js';
import { alignDecoded, type DecodeAt } from './align.js';
import type { ExtractedText } from './extracted-text.js';

/** Front matter fields that are prose readers see: the rest (dates, slugs, tags) is data. */
const PROSE_FIELDS: Record<string, BlockKind> = { title: 'title', description: 'paragraph' };

/** YAML quoting inside a quoted scalar: '' in single quotes, backslash escapes in double quotes. */
const decodeYamlQuotedAt: DecodeAt = (source, at, end) => {
  const pair = source.slice(at, Math.min(at + 2, end));
  if (pair === "''") return { length: 2, text: "'" };
  if (pair === '\\"' || pair === '\\\\') return { length: 2, text: pair.charAt(1) };
  return null;
};

/** Adds a Markdown file's front matter `title:` and `description:` values as blocks. */
export function addFrontMatter(node: Yaml, source: string, out: ExtractedText): void {
  const nodeStart = node.position?.start.offset ?? 0;
  // The YAML starts on the line after the opening "---".
  const firstLineEnd = source.indexOf('\n', nodeStart);
  if (firstLineEnd < 0) return;
  const yamlStart = firstLineEnd + 1;
  const document = parseDocument(node.value);
  if (!isMap(document.contents)) return;
  for (const item of document.contents.items) {
    const kind = isScalar(item.key) ? PROSE_FIELDS[String(item.key.value)] : undefined;
    if (kind && isScalar(item.value) && typeof item.value.value === 'string') addScalar(item.value, yamlStart, kind, source, out);
  }
  out.breakBlock();
}

function addScalar(scalar: Scalar, yamlStart: number, kind: BlockKind, source: string, out: ExtractedText): void {
  const [start, valueEnd] = scalar.range ?? [0, 0];
  const isQuoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  const from = yamlStart + start + (isQuoted ? 1 : 0);
  const to = yamlStart + valueEnd - (isQuoted ? 1 : 0);
  const pieces = alignDecoded(source, from, to, String(scalar.value), decodeYamlQuotedAt);
  // A folded or escaped value that does not line up is left unchecked rather than mis-mapped.
  if (!pieces) return;
  out.breakBlock(kind);
  out.add(pieces);
  out.breakBlock();
}
