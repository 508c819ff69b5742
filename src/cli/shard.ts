/** One part of a run split for CI machines: `--shard 2/4` is index 2 of count 4. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); a message for yargs to report as a usage error otherwise. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) return `--shard takes i/n with 1 ≤ i ≤ n (1/4, 2/4, …), not '${text}'`;
  return { index, count };
}

/**
 * The files of one shard: a contiguous slice of the run's file list (the order reports use: paths
 * as given, folders walked in sorted order), so that the shards of 1/n … n/n hold every file
 * exactly once and, concatenated in shard order, list the files as one run does. Slices differ in
 * size by at most one file.
 */
export function filesOfShard<T>(files: readonly T[], shard: Shard): T[] {
  const from = Math.floor(((shard.index - 1) * files.length) / shard.count);
  const to = Math.floor((shard.index * files.length) / shard.count);
  return files.slice(from, to);
}
