import { describe, expect, it } from 'vitest';
import { filesOfShard, parseShard } from '../../src/cli/shard.js';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '-1/3', '1/2/3'])('refuses %s with a usage message', (text) => {
    expect(parseShard(text)).toMatch(/^--shard takes i\/n/);
  });
});

describe('filesOfShard', () => {
  const counts = [0, 1, 2, 3, 7, 10, 31, 100];
  const shardCounts = [1, 2, 3, 4, 7, 12];

  it.each(counts.flatMap((files) => shardCounts.map((shards) => [files, shards])))('%i files in %i shards: every file in exactly one shard, in order', (fileCount, count) => {
    const files = Array.from({ length: fileCount }, (_, i) => `articles/${String(i).padStart(3, '0')}.txt`);
    const shards = Array.from({ length: count }, (_, i) => filesOfShard(files, { index: i + 1, count }));
    expect(shards.flat()).toEqual(files);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives the same shard for the same list every time', () => {
    const files = ['a.txt', 'b/c.txt', 'b/d.md', 'e.html'];
    expect(filesOfShard(files, { index: 2, count: 2 })).toEqual(['b/d.md', 'e.html']);
    expect(filesOfShard(files, { index: 2, count: 2 })).toEqual(filesOfShard([...files], { index: 2, count: 2 }));
  });
});
