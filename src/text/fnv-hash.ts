/**
 * FNV-1a over UTF-16 code units, for the indexes that file a large glossary's words by a hash of
 * their characters instead of by strings (form-index.ts, letter-index.ts): a step per character,
 * so a caller can hash characters it folds on the way without making the folded string.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/** The hash of `text`, on from `seed` (the hash of what comes before it) or from the start. */
export function fnvHash(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}
