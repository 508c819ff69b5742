const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * A read-only table of lines `key<TAB>field<TAB>…`, sorted by key in UTF-16 code unit order
 * (JavaScript's default sort), every line ending in a newline. A key is found by binary search
 * over the text itself: no line index, no Map of every key, so a table of 100,000 lines costs
 * nothing to set up and a few microseconds per look-up.
 */
export class SortedLines {
  constructor(private readonly text: string) {}

  /** The fields after the key on the key's line, or undefined when no line has the key. */
  fieldsOf(key: string): string[] | undefined {
    // Keys hold neither separator, so a key with one is in no line (and would confuse compareAt).
    if (key.includes('\t') || key.includes('\n')) return undefined;
    const { text } = this;
    let low = 0;
    let high = text.length;
    // `low` and `high` are line starts; the key's line, if any, starts in [low, high).
    while (low < high) {
      const start = text.lastIndexOf('\n', ((low + high) >>> 1) - 1) + 1;
      const order = compareAt(text, start, key);
      if (order === 0) return text.slice(start, text.indexOf('\n', start)).split('\t').slice(1);
      if (order < 0) high = start;
      else low = text.indexOf('\n', start) + 1;
    }
    return undefined;
  }
}

/** Negative when `key` sorts before the key of the line at `start`, positive after, 0 when equal. */
function compareAt(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const mine = i < key.length ? key.charCodeAt(i) : -1;
    const code = text.charCodeAt(start + i);
    const theirs = code === TAB || code === NEWLINE ? -1 : code;
    if (mine !== theirs) return mine - theirs;
    if (mine === -1) return 0;
  }
}
