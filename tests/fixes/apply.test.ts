import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '../../src/fixes/apply.js';

describe('applyEdits', () => {
  it('applies non-overlapping edits in start order', () => {
    const result = applyEdits('Yove Galant met them', [
      { start: 5, end: 11, replacement: 'Gallant' },
      { start: 0, end: 4, replacement: 'Yoav' },
    ]);
    expect(result.output).toBe('Yoav Gallant met them');
    expect(result.skipped).toEqual([]);
  });

  it('prefers the longer edit at the same start and skips the overlapping one', () => {
    const long = { start: 0, end: 11, replacement: 'Yoav Gallant' };
    const short = { start: 0, end: 4, replacement: 'Yoav' };
    const result = applyEdits('Yove Galant met', [short, long]);
    expect(result.output).toBe('Yoav Gallant met');
    expect(result.skipped).toEqual([short]);
  });

  it('applies adjacent edits, but only one insertion at a point', () => {
    const result = applyEdits('ab', [
      { start: 0, end: 1, replacement: 'A' },
      { start: 1, end: 2, replacement: 'B' },
      { start: 2, end: 2, replacement: '!' },
      { start: 2, end: 2, replacement: '?' },
    ]);
    expect(result.output).toBe('AB!');
    expect(result.skipped).toHaveLength(1);
  });

  it('property: text outside applied spans is unchanged, and order of edits does not matter', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 })), { maxLength: 6 }), (t, raw) => {
        const edits: Edit[] = raw.map(([a, b, r]) => {
          const x = a % (t.length + 1);
          const y = b % (t.length + 1);
          return { start: Math.min(x, y), end: Math.max(x, y), replacement: r };
        });
        const result = applyEdits(t, edits);
        const reversed = applyEdits(t, [...edits].reverse());
        // Deterministic up to equal-span ties, which keep the order given.
        const applied = [...result.applied].sort((a, b) => a.start - b.start);
        let rebuilt = '';
        let cursor = 0;
        for (const e of applied) {
          expect(e.start).toBeGreaterThanOrEqual(cursor);
          rebuilt += t.slice(cursor, e.start) + e.replacement;
          cursor = e.end;
        }
        rebuilt += t.slice(cursor);
        expect(result.output).toBe(rebuilt);
        expect(reversed.applied.length).toBe(result.applied.length);
      }),
    );
  });
});
