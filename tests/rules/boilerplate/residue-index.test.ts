import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { GlossaryEntry } from '../../../src/glossary/raw.js';
import { residueIndexOf, residueKey } from '../../../src/rules/support/residue-index.js';

const entryOf = (term: string): GlossaryEntry => ({
  term, type: 'term', variants: [], forbidden: [], caseSensitive: false, fuzzy: false, source: [], category: 'boilerplate', origin: { file: 'g.yaml', line: 1, column: 1 },
});

describe('residue index', () => {
  // Words, decoration and spaces of every kind the key drops or keeps.
  const piece = fc.constantFrom('Read', 'more', 'MORE', 'Share', 'Ré', 'e\u0301', '2024', '»', '•', '-', '*', '…', ':', '|', ' ', '  ', '\u00a0', '\t', 'x»y');
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  const spaced = fc.array(fc.constantFrom('Read', 'more', 'Share', 'this', 'Ré', '2024', 'x»y'), { minLength: 1, maxLength: 9 }).map((words) => words.join(' '));
  /** A listed form as a scraped line carries it: decoration around it, its spaces widened, its case changed. */
  const asScraped = (form: string, lead: string, trail: string, upper: boolean): string =>
    `${lead}${(upper ? form.toUpperCase() : form).replace(/ /g, '  ')}${trail}`;

  it('finds a listed form in a scraped line, however many words it has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(spaced, { minLength: 1, maxLength: 4 }), fc.nat(), fc.constantFrom('', '» ', '• ', ' - '), fc.constantFrom('', ' »', '…', ': ', ' |'), fc.boolean(), (forms, pick, lead, trail, upper) => {
        const index = residueIndexOf(compileGlossaries([{ file: 'g.yaml', language: 'en', entries: forms.map(entryOf) }]));
        const form = forms[pick % forms.length]!;
        expect(index.entryFor(asScraped(form, lead, trail, upper))?.term).toBe(forms.find((f) => residueKey(f) === residueKey(form)));
      }),
    );
  });

  it('finds a line exactly when its key is a listed form’s', () => {
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 5 }), text, (forms, line) => {
        const listed = forms.filter((form) => residueKey(form) !== '');
        const index = residueIndexOf(compileGlossaries([{ file: 'g.yaml', language: 'en', entries: listed.map(entryOf) }]));
        const byKey = listed.find((form) => residueKey(form) === residueKey(line));
        expect(index.entryFor(line)?.term).toBe(residueKey(line) === '' ? undefined : byKey);
      }),
      { numRuns: 400 },
    );
  });
});
