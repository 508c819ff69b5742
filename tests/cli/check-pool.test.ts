import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../src/cli/check-pool.js';

const MB = 1_000_000;

describe('threads of a check', () => {
  it('takes one thread per 2 MB of text by itself, one per core at most', () => {
    expect(threadsFor(undefined, 300, () => 1.9 * MB)).toBe(1);
    expect(threadsFor(undefined, 300, () => 4.1 * MB)).toBe(Math.min(2, availableParallelism()));
    expect(threadsFor(undefined, 5000, () => 500 * MB)).toBe(Math.min(8, availableParallelism()));
  });

  it('takes the threads --jobs asks for, whatever the size, but never more than the files', () => {
    const unread = (): number => {
      throw new Error('the size is not needed');
    };
    expect(threadsFor(3, 300, unread)).toBe(3);
    expect(threadsFor(4, 2, unread)).toBe(2);
    expect(threadsFor(1, 300, unread)).toBe(1);
  });

  it('takes one thread for no files', () => {
    expect(threadsFor(undefined, 0, () => 0)).toBe(1);
    expect(threadsFor(2, 0, () => 0)).toBe(1);
  });
});
