import { OffsetMap, OffsetMapBuilder } from './offset-map.js';

/** A base character with its combining marks: the unit NFC composes. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * NFC-normalises `text` and maps the result back to it, so that a decomposed "Gómez" in a file
 * matches the glossary's composed "Gómez" and findings still point at the bytes in the file.
 */
export function normalizeWithMap(text: string): { text: string; map: OffsetMap } {
  if (text.normalize('NFC') === text) return { text, map: OffsetMap.identity(text.length) };
  const builder = new OffsetMapBuilder();
  let out = '';
  for (const m of text.matchAll(CLUSTER)) {
    const cluster = m[0];
    const nfc = cluster.normalize('NFC');
    if (nfc === cluster) builder.copy(m.index, cluster.length);
    else builder.replace(m.index, cluster.length, nfc.length);
    out += nfc;
  }
  return { text: out, map: builder.build() };
}
