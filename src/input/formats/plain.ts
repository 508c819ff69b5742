import type { Block, Extraction } from '../document.js';
import { OffsetMap } from '../offset-map.js';

/**
 * Plain text: the text is the file. A block is a run of non-blank lines; a single line break
 * inside one is a space, as in hard-wrapped paragraphs.
 */
export function extractPlain(source: string): Extraction {
  const blocks: Block[] = [];
  const blank = /(?:\r?\n|\r)[ \t]*(?:(?:\r?\n|\r)[ \t]*)+/g;
  let start = 0;
  for (const m of source.matchAll(blank)) {
    pushBlock(source, start, m.index, blocks);
    start = m.index + m[0].length;
  }
  pushBlock(source, start, source.length, blocks);
  return { text: source, blocks, map: OffsetMap.identity(source.length) };
}

function pushBlock(source: string, from: number, to: number, blocks: Block[]): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(source.charAt(start))) start++;
  while (end > start && /\s/u.test(source.charAt(end - 1))) end--;
  if (end > start) blocks.push({ start, end, kind: 'paragraph' });
}
