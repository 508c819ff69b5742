import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderUserError } from '../../src/errors/render.js';
import type { UserError } from '../../src/errors/user-error.js';
import { parseGlossary } from '../../src/glossary/read.js';

const FIXTURES = 'tests/glossary/fixtures/bad';

/** Loads a bad fixture and renders its errors as the CLI prints them. */
function renderedErrors(name: string): string {
  const file = `${FIXTURES}/${name}`;
  const text = readFileSync(new URL(`./fixtures/bad/${name}`, import.meta.url), 'utf8');
  const result = parseGlossary(file, text);
  if (result.ok) throw new Error(`${name} loaded without errors`);
  return result.errors.map((e) => renderUserError(e, text)).join('\n');
}

function errorsOf(file: string, text: string): UserError[] {
  const result = parseGlossary(file, text);
  return result.ok ? [] : result.errors;
}

describe('parseGlossary: bad files, as rendered', () => {
  it('names the nearest field for a typo', () => {
    expect(renderedErrors('unknown-field.yaml')).toBe(
      `${FIXTURES}/unknown-field.yaml:5:5: unknown field 'varients'; did you mean 'variants'?
  5 |     varients: [Gallant]
    |     ^
  hint: fields of an entry: term, type, variants, forbidden, note, severity, caseSensitive, fuzzy, source`,
    );
  });

  it('reports a missing and an empty term', () => {
    expect(renderedErrors('missing-term.yaml')).toBe(
      `${FIXTURES}/missing-term.yaml:5:5: this entry has no 'term'
  5 |   - type: person
    |     ^
  hint: every entry needs a 'term': the house form of the name or term
${FIXTURES}/missing-term.yaml:7:11: 'term' is empty
  7 |   - term: ""
    |           ^
  hint: every entry needs a 'term': the house form of the name or term`,
    );
  });

  it('reports every wrong value type, in file order', () => {
    expect(renderedErrors('wrong-types.yaml')).toBe(
      `${FIXTURES}/wrong-types.yaml:2:11: unknown category 'names'; did you mean 'name'?
  2 | category: names
    |           ^
  hint: category is one of: name, term, phrasing, capitalization, join, fragment, boilerplate, typography, number, untranslated, other
${FIXTURES}/wrong-types.yaml:5:11: unknown type 'persn'; did you mean 'person'?
  5 |     type: persn
    |           ^
  hint: type is one of: person, organization, place, title, term, phrase
${FIXTURES}/wrong-types.yaml:6:15: 'variants' must be a list of texts, not text ('Gallant')
  6 |     variants: Gallant
    |               ^
  hint: write a list: variants: [Gallant]
${FIXTURES}/wrong-types.yaml:7:15: unknown severity 'fatal'
  7 |     severity: fatal
    |               ^
  hint: severity is one of: error, warning, info
${FIXTURES}/wrong-types.yaml:8:20: 'caseSensitive' must be true or false, not text ('yes')
  8 |     caseSensitive: "yes"
    |                    ^
  hint: write caseSensitive: true or caseSensitive: false, without quotes`,
    );
  });

  it('points at the over-indented line of bad YAML', () => {
    expect(renderedErrors('bad-indent.yaml')).toBe(
      `${FIXTURES}/bad-indent.yaml:4:7: invalid YAML: this line is indented deeper than the field above it
  4 |       type: person
    |       ^
  hint: the fields of one entry must start in the same column, and list items under a field must be indented alike`,
    );
  });

  it('gives the position of a JSON syntax error', () => {
    expect(renderedErrors('syntax.json')).toBe(
      `${FIXTURES}/syntax.json:5:5: invalid JSON: missing , or : between flow sequence items
  5 |     { "term": "Benjamin Netanyahu", "type": "person" }
    |     ^
  hint: look for a missing comma, quote or bracket just before this point`,
    );
  });

  it('refuses patterns that could take exponential time', () => {
    expect(renderedErrors('unsafe-pattern.yaml')).toBe(
      `${FIXTURES}/unsafe-pattern.yaml:7:9: pattern /(\\w+\\s?)*leaders/ could take exponential time: a repeated group contains another quantifier
  7 |       - /(\\w+\\s?)*leaders/
    |         ^
  hint: rewrite it without a quantifier inside a repeated group, or list the wrong forms one by one
${FIXTURES}/unsafe-pattern.yaml:8:9: pattern /(a|a)*b/ could take exponential time: a repeated group has alternatives that can match the same text
  8 |       - /(a|a)*b/
    |         ^
  hint: rewrite it without a quantifier inside a repeated group, or list the wrong forms one by one`,
    );
  });
});

describe('parseGlossary: syntax', () => {
  it('reads JSON with the same shape and positions as YAML', () => {
    const result = parseGlossary('g.json', '{\n  "entries": [\n    {"term": "Yoav Gallant", "type": "person"}\n  ]\n}\n');
    expect(result.ok && result.value.entries[0]).toMatchObject({ term: 'Yoav Gallant', origin: { file: 'g.json', line: 3, column: 5 } });
  });

  it('ignores a BOM when counting columns', () => {
    const errors = errorsOf('g.yaml', '\ufeffentries:\n  - term: x\n    tpye: person\n');
    expect(errors).toEqual([expect.objectContaining({ code: 'glossary/unknown-field', line: 3, column: 5, message: "unknown field 'tpye'; did you mean 'type'?" })]);
  });

  it('reports only the first syntax error', () => {
    const errors = errorsOf('g.json', '{"entries": [{"term": "a"}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'glossary/syntax', file: 'g.json', line: 1, message: expect.stringMatching(/^invalid JSON: missing '[\]}]'$/) });
  });

  it('names a field written twice', () => {
    expect(errorsOf('g.yaml', 'entries:\n  - term: a\n    term: b\n')).toEqual([
      { code: 'glossary/duplicate-field', file: 'g.yaml', line: 3, column: 5, message: "invalid YAML: field 'term' appears twice in one mapping", hint: 'keep one of them' },
    ]);
  });

  it('explains tabs, under-indentation, unclosed quotes and several documents', () => {
    expect(errorsOf('g.yaml', 'entries:\n\t- term: a\n')[0]).toMatchObject({ line: 2, column: 1, message: 'invalid YAML: a tab is used for indentation' });
    expect(errorsOf('g.yaml', 'entries:\n  - term: a\n   type: person\n')[0]).toMatchObject({
      line: 3, column: 4, message: "invalid YAML: this line is neither a list item ('- …') nor indented like the fields above it",
    });
    expect(errorsOf('g.yaml', 'entries:\n  - term: "Yoav\n')[0]).toMatchObject({ code: 'glossary/syntax', line: 3 });
    expect(errorsOf('g.yaml', 'entries: []\n---\nentries: []\n')[0]).toMatchObject({ line: 2, column: 1, message: 'invalid YAML: the file holds more than one document' });
  });

  it('refuses an empty file and a top level that is not a mapping', () => {
    expect(errorsOf('g.yaml', '')).toEqual([expect.objectContaining({ code: 'glossary/not-a-mapping', line: 1, column: 1, message: 'the file is empty' })]);
    expect(errorsOf('g.yaml', '# nothing yet\n')).toEqual([expect.objectContaining({ code: 'glossary/not-a-mapping' })]);
    expect(errorsOf('g.json', '[{"term": "a"}]')).toEqual([expect.objectContaining({ code: 'glossary/not-a-mapping', message: 'a glossary must be a mapping, not a list' })]);
  });

  it('passes on YAML warnings without failing', () => {
    const result = parseGlossary('g.yaml', 'entries:\n  - term: !custom Gallant\n');
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([expect.objectContaining({ code: 'glossary/yaml-warning', level: 'warning', line: 2 })]);
  });
});
