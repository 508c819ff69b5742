import { firstIndex } from '../../text/binary-search.js';

/** A span of the text: offsets, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/**
 * For spans sorted by start, a lookup of the first span (in their order) that contains `[start,
 * end)`: two binary searches, over the starts and over the farthest end so far, built once, so
 * asking for each word of a long file is not a scan of every span.
 */
export function firstCovering<T extends Span>(spans: readonly T[]): (start: number, end: number) => T | undefined {
  const farthest: number[] = [];
  spans.forEach((s, i) => farthest.push(Math.max(s.end, farthest[i - 1] ?? -Infinity)));
  return (start, end) => {
    // Spans before `startsBefore` start at or before `start`; the first whose end reaches `end`
    // is the first with the farthest end so far reaching it.
    const startsBefore = firstIndex(spans.length, (i) => spans[i]!.start > start);
    const first = firstIndex(spans.length, (i) => farthest[i]! >= end);
    return first < startsBefore ? spans[first] : undefined;
  };
}
