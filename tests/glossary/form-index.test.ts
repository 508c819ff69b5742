import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormIndex } from '../../src/glossary/form-index.js';
import type { GlossaryEntry } from '../../src/glossary/raw.js';
import { foldWord, tokenize } from '../../src/text/words.js';

const entryOf = (term: string, forbidden: string[]): GlossaryEntry => ({
  term, type: 'term', variants: [], forbidden: forbidden.map((text) => ({ kind: 'literal', text })),
  caseSensitive: false, fuzzy: false, source: [], category: 'term', origin: { file: 'g.yaml', line: 1, column: 1 },
});

describe('FormIndex', () => {
  // Few words, many forms: first words repeat and share the table's slots, in ASCII and not.
  const word = fc.constantFrom('Gaza', 'gaza', 'GAZA', 'Gáza', 'strip', 'leader', 'leaders', 'Ga', '(', 'né', 'x1');
  const form = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

  it('offers where a word stands exactly the forms whose first folded token is that word', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(form, fc.array(form, { maxLength: 3 })), { minLength: 1, maxLength: 40 }), word, fc.option(word), (written, at, next) => {
        const index = new FormIndex();
        const entries = written.map(([term, forbidden]) => entryOf(term, forbidden));
        for (const entry of entries) index.addEntry(entry);
        const folded = foldWord(at);
        const offered = index.candidatesAt(folded, at, next ?? undefined) ?? [];
        for (const candidate of offered) expect(candidate.tokens[0]).toBe(folded);
        // Forms of one token are offered whatever follows; a form of more only when its second token may follow.
        const single = entries.flatMap((e) => [e.term, ...e.forbidden.map((f) => f.text)]).filter((text) => {
          const tokens = tokenize(text);
          return tokens.length === 1 && foldWord(tokens[0]!.text) === folded;
        });
        expect(offered.filter((c) => c.tokens.length === 1).map((c) => c.text).sort()).toEqual(single.sort());
        // A form of more tokens is offered exactly where its second token follows, or a plural of it ends a two-word form.
        if (next !== null) {
          const after = foldWord(next);
          const stems = [after, ...(after.endsWith('s') ? [after.slice(0, -1)] : []), ...(after.endsWith('es') ? [after.slice(0, -2)] : [])];
          const longer = entries.flatMap((e) => [e.term, ...e.forbidden.map((f) => f.text)]).filter((text) => {
            const tokens = tokenize(text).map((t) => ({ ...t, folded: foldWord(t.text) }));
            if (tokens.length < 2 || tokens[0]!.folded !== folded) return false;
            return tokens[1]!.folded === after || (tokens.length === 2 && tokens[1]!.kind === 'word' && stems.includes(tokens[1]!.folded));
          });
          expect(offered.filter((c) => c.tokens.length > 1).map((c) => c.text).sort()).toEqual(longer.sort());
        } else {
          expect(offered.every((c) => c.tokens.length === 1)).toBe(true);
        }
        // The hash test before any folding never rules out a word that begins a form.
        if (offered.length > 0) expect(index.mayBeginWith(at)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each word to its own forms when thousands of words share the slots of its table', () => {
    const index = new FormIndex();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((w, i) => index.addEntry(entryOf(`${w} strip`, [w, `${words[(i + 1) % words.length]} x`])));
    for (const w of words) expect(index.candidatesAt(w, w, 'strip')?.map((c) => c.text)).toEqual([`${w} strip`, w]);
    expect(index.candidatesAt('w', 'w', undefined)).toBeUndefined();
  });

  it('offers a case-sensitive form only where the word is written as it begins', () => {
    const index = new FormIndex();
    const youngs = Array.from({ length: 20 }, (_, i) => ({ ...entryOf(`Young`, []), caseSensitive: true, type: 'person' as const, note: String(i) }));
    for (const entry of [...youngs, entryOf('young people', [])]) index.addEntry(entry);
    expect(index.candidatesAt('young', 'Young', 'people')?.map((c) => c.text)).toEqual(['young people', ...youngs.map(() => 'Young')]);
    expect(index.candidatesAt('young', 'young', 'people')?.map((c) => c.text)).toEqual(['young people']);
    expect(index.candidatesAt('young', 'young', 'men')).toBeUndefined();
  });

  it('rules out, by hash, the words no form begins with', () => {
    const index = new FormIndex();
    for (const entry of [entryOf('Gaza Strip', ['Gáza']), entryOf('leader', [])]) index.addEntry(entry);
    expect(['GAZA', 'gaza', 'gáza', 'Leader', 'GÁZA'].map((w) => index.mayBeginWith(w))).toEqual([true, true, true, true, true]);
    expect(['Strip', 'leaders', 'Gazan', 'né'].map((w) => index.mayBeginWith(w))).toEqual([false, false, false, false]);
  });

  it('refuses a form filed once matching has begun', () => {
    const index = new FormIndex();
    index.addEntry(entryOf('Gaza Strip', []));
    expect(index.candidatesAt('gaza', 'Gaza', 'strip')?.map((c) => c.text)).toEqual(['Gaza Strip']);
    expect(() => index.addEntry(entryOf('Gaza', []))).toThrow(/after matching began/);
  });
});
