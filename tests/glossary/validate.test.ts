import { describe, expect, it } from 'vitest';
import type { UserError } from '../../src/errors/user-error.js';
import type { Glossary } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';

function load(text: string, file = 'g.yaml'): Glossary {
  const result = parseGlossary(file, text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return result.value;
}

function errorsOf(text: string): UserError[] {
  const result = parseGlossary('g.yaml', text);
  return result.ok ? [] : result.errors;
}

describe('validateGlossary: values and defaults', () => {
  it('fills defaults by type and keeps where each entry and forbidden item is written', () => {
    const glossary = load(`name: World news names
entries:
  - term: Yoav Gallant
    type: person
    variants: [Gallant]
    forbidden: [Galant, Yove Gallant]
    note: Israeli defense minister 2022-2024
  - term: defense leaders
    type: phrase
    forbidden: [conservation leaders]
  - term: ceasefire
`);
    expect(glossary).toMatchObject({ file: 'g.yaml', name: 'World news names', language: 'en' });
    const [person, phrase, term] = glossary.entries;
    expect(person).toEqual({
      term: 'Yoav Gallant', type: 'person', variants: ['Gallant'],
      forbidden: [
        { kind: 'literal', text: 'Galant', line: 6, column: 17 },
        { kind: 'literal', text: 'Yove Gallant', line: 6, column: 25 },
      ],
      note: 'Israeli defense minister 2022-2024', caseSensitive: true, fuzzy: true, source: [],
      category: 'name', origin: { file: 'g.yaml', line: 3, column: 5 }, glossaryName: 'World news names',
    });
    expect(phrase).toMatchObject({ type: 'phrase', caseSensitive: false, fuzzy: false, category: 'phrasing' });
    expect(term).toMatchObject({ type: 'term', caseSensitive: false, fuzzy: false, category: 'term', variants: [], forbidden: [] });
  });

  it("takes the file's category over the type's, and explicit flags over defaults", () => {
    const glossary = load('category: boilerplate\nlanguage: de\nentries:\n  - term: Advertisement\n    type: person\n    caseSensitive: false\n    fuzzy: false\n    severity: info\n');
    expect(glossary.language).toBe('de');
    expect(glossary.entries[0]).toMatchObject({ category: 'boilerplate', caseSensitive: false, fuzzy: false, severity: 'info' });
  });

  it('compiles /pattern/flags with the u flag added', () => {
    const [entry] = load('entries:\n  - term: Gallant\n    forbidden: ["/Gall?ant(?:ry)?s?/i"]\n').entries;
    const form = entry!.forbidden[0]!;
    expect(form).toMatchObject({ kind: 'pattern', text: '/Gall?ant(?:ry)?s?/i', line: 3, column: 17 });
    expect(form.kind === 'pattern' && form.regex.flags).toBe('iu');
    expect(form.kind === 'pattern' && form.regex.test('GALANTS')).toBe(true);
  });

  it('takes numbers as written, trims texts, and treats empty optional fields as absent', () => {
    const [entry] = load('entries:\n  - term: 1984\n    note: 1.50\n    variants: [" Nineteen Eighty-Four "]\n    forbidden:\n    severity: ~\n').entries;
    expect(entry).toMatchObject({ term: '1984', note: '1.50', variants: ['Nineteen Eighty-Four'], forbidden: [] });
    expect(entry).not.toHaveProperty('severity');
  });

  it('follows YAML aliases and accepts an empty entries list', () => {
    const [a, b] = load('entries:\n  - term: Kyiv\n    variants: &kyiv [Kiev]\n  - term: Kyivan\n    variants: *kyiv\n').entries;
    expect([a!.variants, b!.variants]).toEqual([['Kiev'], ['Kiev']]);
    expect(load('entries:\n').entries).toEqual([]);
    expect(load('{"entries": []}', 'g.json').entries).toEqual([]);
  });
});

describe('validateGlossary: errors', () => {
  const brief = (errors: UserError[]): string[] => errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message}`);

  it('collects every error in the file, in file order, and leaves bad entries out', () => {
    expect(brief(errorsOf('nmae: x\nentries:\n  - term: a\n    tpye: person\n  - Yoav Gallant\n  - term: [a]\n    fuzzy: 1\n'))).toEqual([
      "1:1 glossary/unknown-field unknown field 'nmae'; did you mean 'name'?",
      "4:5 glossary/unknown-field unknown field 'tpye'; did you mean 'type'?",
      "5:5 glossary/wrong-type an entry must be a mapping with a 'term', not text ('Yoav Gallant')",
      "6:11 glossary/wrong-type 'term' must be text, not a list",
      "7:12 glossary/wrong-type 'fuzzy' must be true or false, not a number (1)",
    ]);
  });

  it('says where a misplaced field belongs', () => {
    const [topLevel, missing] = errorsOf('term: Yoav Gallant\n');
    expect(topLevel).toMatchObject({ message: "unknown field 'term'", hint: "'term' is a field of an entry, under entries:" });
    expect(missing).toMatchObject({ code: 'glossary/missing-entries', line: 1, column: 1 });
    expect(errorsOf('entries:\n  - term: a\n    language: fr\n')[0]).toMatchObject({ hint: "'language' is a field of the glossary, not of an entry" });
  });

  it('lists the valid names when no field is near', () => {
    expect(errorsOf('entries:\n  - term: a\n    colour: red\n')[0]).toMatchObject({
      message: "unknown field 'colour'",
      hint: 'fields of an entry: term, type, variants, forbidden, note, severity, caseSensitive, fuzzy, source',
    });
  });

  it('refuses entries that are not a list, empty items and texts that must be quoted', () => {
    expect(brief(errorsOf('entries: Gallant\n'))).toEqual(["1:10 glossary/wrong-type 'entries' must be a list of entries, not text ('Gallant')"]);
    expect(brief(errorsOf('entries:\n  - term: a\n    variants: [b, "", ~]\n'))).toEqual([
      "3:19 glossary/empty-value empty item in 'variants'",
      "3:23 glossary/empty-value empty item in 'variants'",
    ]);
    expect(errorsOf('entries:\n  - term: true\n')[0]).toMatchObject({ message: "'term' must be text, not true", hint: 'put it in quotes: term: "true"' });
  });

  it('refuses bad flags, patterns that do not compile and patterns that match empty text', () => {
    const errors = errorsOf('entries:\n  - term: a\n    forbidden: ["/x/g", "/(x/", "/x*/", "/\\\\b/", "/(a+)+$/"]\n');
    expect(errors.map((e) => [e.code, e.column])).toEqual([
      ['glossary/bad-pattern', 17],
      ['glossary/bad-pattern', 25],
      ['glossary/empty-match-pattern', 33],
      ['glossary/empty-match-pattern', 41],
      ['glossary/unsafe-pattern', 50],
    ]);
    expect(errors[1]!.message).toBe('invalid pattern /(x/: unterminated group');
  });

  it('loads a generated 10,000-entry glossary', () => {
    const lines = ['name: Generated', 'entries:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - term: Person ${i}`, '    type: person', `    variants: [P${i}]`, `    forbidden: [Persn ${i}]`);
    const glossary = load(lines.join('\n'));
    expect(glossary.entries).toHaveLength(10_000);
    expect(glossary.entries[9_999]).toMatchObject({
      term: 'Person 9999', variants: ['P9999'], forbidden: [{ kind: 'literal', text: 'Persn 9999', line: 40_002, column: 17 }],
      origin: { line: 39_999, column: 5 },
    });
  });
});
