import { describe, expect, it } from 'vitest';
import { addedLinesByFile } from '../../src/cli/changed-lines.js';

const DIFF = [
  'diff --git a/news/a.txt b/news/a.txt',
  'index 1111111..2222222 100644',
  '--- a/news/a.txt',
  '+++ b/news/a.txt',
  '@@ -0,0 +1,2 @@',
  '+New headline',
  '+',
  '@@ -5 +7 @@ context',
  '-old',
  '+new',
  '@@ -9,2 +10,0 @@',
  '-gone',
  '-gone too',
  '@@ -12 +12,2 @@',
  '-x',
  '++ starts with plus signs',
  '+++ looks like a header',
  'diff --git a/old.txt b/old.txt',
  'deleted file mode 100644',
  '--- a/old.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git "a/caf\\303\\251 \\"x\\".txt" "b/caf\\303\\251 \\"x\\".txt"',
  '--- "a/caf\\303\\251 \\"x\\".txt"',
  '+++ "b/caf\\303\\251 \\"x\\".txt"',
  '@@ -3 +3 @@',
  '-a',
  '+b',
  'diff --git a/with space.txt b/with space.txt',
  '--- a/with space.txt\t',
  '+++ b/with space.txt\t',
  '@@ -1 +1 @@',
  '-a',
  '+b',
  '',
].join('\n');

describe('addedLinesByFile', () => {
  it('reads the added lines of each file from git diff -U0', () => {
    const added = addedLinesByFile(DIFF);
    expect([...added.keys()]).toEqual(['news/a.txt', 'café "x".txt', 'with space.txt']);
    expect([...added.get('news/a.txt')!]).toEqual([1, 2, 7, 12, 13]);
    expect([...added.get('café "x".txt')!]).toEqual([3]);
    expect([...added.get('with space.txt')!]).toEqual([1]);
  });

  it('finds nothing in an empty diff', () => {
    expect(addedLinesByFile('').size).toBe(0);
  });
});
