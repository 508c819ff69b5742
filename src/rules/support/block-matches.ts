import type { Document } from '../../input/document.js';

/** A regex match inside one block: the match, its start in `doc.text`, and the block's text. */
export interface BlockMatch {
  match: RegExpExecArray;
  start: number;
  blockText: string;
}

/**
 * Every match of a global regex within each block, never across two: the loop the character-level
 * typography rules share. `match.index` stays relative to `blockText`, for looking around it.
 */
export function* matchesInBlocks(doc: Document, regex: RegExp): Generator<BlockMatch> {
  for (const block of doc.blocks) {
    const blockText = doc.text.slice(block.start, block.end);
    for (const match of blockText.matchAll(regex)) yield { match, start: block.start + match.index, blockText };
  }
}
