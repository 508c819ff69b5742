import type { Document, SourceSegment } from './document.js';

/** Which source blocks go with which target blocks: one bead of an alignment. */
export interface Bead {
  source: number[];
  target: number[];
}

/** The shapes a bead may take, and what each costs before lengths are compared: Gale and Church's
 *  −log of how often each occurs (a dropped paragraph is rare, a merge or split less so). */
const BEAD_SHAPES: ReadonlyArray<{ source: number; target: number; penalty: number }> = [
  { source: 1, target: 1, penalty: 0 },
  { source: 1, target: 0, penalty: 4.5 },
  { source: 0, target: 1, penalty: 4.5 },
  { source: 2, target: 1, penalty: 2.3 },
  { source: 1, target: 2, penalty: 2.3 },
];

/** Gale and Church's variance of target length per source character. */
const LENGTH_VARIANCE = 6.8;

/** How unlikely a translation of this length is for a source of that length (−log, up to a constant). */
function lengthCost(sourceLength: number, targetLength: number): number {
  const delta = (targetLength - sourceLength) / Math.sqrt((sourceLength + 1) * LENGTH_VARIANCE);
  return (delta * delta) / 2;
}

/**
 * Pairs paragraphs of a source and its translation by length, as Gale and Church's aligner does:
 * mostly one to one, with a paragraph dropped, added, merged or split where the lengths say so.
 * Dynamic programming over both lists; paragraph counts are small.
 */
export function alignParagraphs(sourceLengths: readonly number[], targetLengths: readonly number[]): Bead[] {
  const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const step: Array<Array<(typeof BEAD_SHAPES)[number] | undefined>> = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(undefined));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (const shape of BEAD_SHAPES) {
        const pi = i - shape.source;
        const pj = j - shape.target;
        if (pi < 0 || pj < 0 || cost[pi]![pj] === Infinity) continue;
        const lengths = shape.source > 0 && shape.target > 0 ? lengthCost(total(sourceLengths.slice(pi, i)), total(targetLengths.slice(pj, j))) : 0;
        const c = cost[pi]![pj]! + shape.penalty + lengths;
        if (c < cost[i]![j]!) {
          cost[i]![j] = c;
          step[i]![j] = shape;
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const shape = step[i]![j]!;
    beads.unshift({ source: range(i - shape.source, i), target: range(j - shape.target, j) });
    i -= shape.source;
    j -= shape.target;
  }
  return beads;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * The document with `original` (the `--source FILE` it translates) aligned to it paragraph by
 * paragraph. A source paragraph with no translation becomes a segment with an empty span where
 * its translation would be.
 */
export function withSourceDocument(doc: Document, original: Document): Document {
  const sourceTexts = original.blocks.map((b) => original.text.slice(b.start, b.end).replace(/\s+/g, ' '));
  const beads = alignParagraphs(sourceTexts.map((t) => t.length), doc.blocks.map((b) => b.end - b.start));
  const segments: SourceSegment[] = [];
  let at = 0;
  for (const bead of beads) {
    const first = doc.blocks[bead.target[0] ?? -1];
    const last = doc.blocks[bead.target[bead.target.length - 1] ?? -1];
    if (first && last) at = last.end;
    if (bead.source.length === 0) continue;
    const text = bead.source.map((k) => sourceTexts[k]).join(' ');
    segments.push({ text, start: first ? first.start : at, end: last ? last.end : at });
  }
  return { ...doc, sourceSegments: segments, ...(original.sourceLanguage ? { sourceLanguage: original.sourceLanguage } : {}) };
}
