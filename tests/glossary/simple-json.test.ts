import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSimpleJson } from '../../src/glossary/simple-json.js';
import { fastReaderCases, viaFastReader, viaFullParser } from './fast-reader-cases.js';

const fastReader = (source: string) => viaFastReader(readSimpleJson, source, 'g.json');

describe('readSimpleJson: the same glossary as the full parser', () => {
  // The full parser reads JSON as the YAML it also is.
  fastReaderCases(readSimpleJson, 'g.json', {
    same: {
      'a small glossary': '{"name": "World", "entries": [{"term": "Yoav Gallant", "type": "person", "variants": ["Gallant"], "forbidden": ["Galant", "/Gal+ant/i"]}]}',
      'escapes and unicode': '{"entries":[{"term":"O\\u2019Brien \\"Jr\\" \\\\ \\/","note":"line\\nbreak","forbidden":["O\'Brian"]},{"term":"Benítez 🙂"}]}',
      'white space of every kind, empty lists': '\n\t{ "entries" :\r\n [ { "term" : "grey" , "variants" : [ ] ,\t"caseSensitive" : false , "fuzzy": true } ] }\n',
      'errors the validator finds': '{"entries": [{"term": "grey", "varients": ["gray"], "type": "colour"}, {"forbidden": ["x"]}, "plain text", {"term": true}, {"term": ""}]}',
      'no entries': '{"name": "n"}',
    },
    leftToTheFullParser: {
      'a number': '{"entries": [{"term": 1.50}]}',
      'null': '{"entries": [{"term": null}]}',
      'a repeated key': '{"entries": [{"term": "a", "term": "b"}]}',
      'a trailing comma': '{"entries": [{"term": "a"},]}',
      'a key without quotes (YAML flow)': '{entries: [{term: a}]}',
      'an unterminated string': '{"entries": [{"term": "a}]}',
      'an unterminated escaped string': '{"entries": [{"term": "a\\"}]}',
      'a raw line break in a string': '{"entries": [{"term": "a\nb"}]}',
      'text after the object': '{"entries": []} x',
      'a bad escape': '{"entries": [{"term": "\\q"}]}',
    },
  });

  it('leaves the syntax error fixture to the full parser', () => {
    expect(fastReader(readFileSync('tests/glossary/fixtures/bad/syntax.json', 'utf8'))).toBeUndefined();
  });

  it('reads any glossary JSON.stringify writes as the full parser does, positions included', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '"', '\\', '/', 'é', '\n', '\u2019', '😀', '\t'), maxLength: 8 });
    const entry = fc.record(
      {
        term: text,
        type: fc.constantFrom('person', 'place', 'term', 'colour'),
        variants: fc.array(text, { maxLength: 3 }),
        forbidden: fc.array(text, { maxLength: 3 }),
        caseSensitive: fc.boolean(),
        note: text,
      },
      { requiredKeys: ['term'] },
    );
    const glossary = fc.record({ name: text, entries: fc.array(entry, { maxLength: 6 }) }, { requiredKeys: ['entries'] });
    fc.assert(
      fc.property(glossary, fc.constantFrom(undefined, 0, 2, '\t'), (g, indent) => {
        const source = JSON.stringify(g, null, indent);
        const fast = fastReader(source);
        expect(fast).toBeDefined();
        expect(fast).toEqual(viaFullParser(source, 'g.json'));
      }),
      { numRuns: 300 },
    );
  });
});
