import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/glossary/simple-yaml.js';
import { fastReaderCases, viaFastReader, viaFullParser } from './fast-reader-cases.js';

const fullParser = (source: string) => viaFullParser(source, 'g.yaml');
const fastReader = (source: string) => viaFastReader(readSimpleYaml, source, 'g.yaml');

function yamlFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFilesIn(join(folder, e.name)) : /\.ya?ml$/.test(e.name) ? [join(folder, e.name)] : [],
  );
}

describe('parseSimpleYaml: the same glossary as the full parser', () => {
  it.each([...yamlFilesIn('glossaries'), ...yamlFilesIn('packs')])('%s takes the fast path, with identical entries and positions', (file) => {
    const source = readFileSync(file, 'utf8');
    const fast = fastReader(source);
    expect(fast).toBeDefined();
    expect(fast).toEqual(fullParser(source));
  });

  it.each(yamlFilesIn('tests/glossary/fixtures'))('%s: the same result or left to the full parser', (file) => {
    const source = readFileSync(file, 'utf8');
    const fast = fastReader(source);
    if (fast) expect(fast).toEqual(fullParser(source));
  });

  fastReaderCases(readSimpleYaml, 'g.yaml', {
    same: {
      'comments and quotes': `# head\nname: "News \\"desk\\""  # trailing\nentries:\n  # a comment\n  - term: 'O''Brien'\n    type: person   # here\n    forbidden: ["O\\u2019Brian", 'O''Brain', Obrien,]\n`,
      'a sequence at the key’s indentation': 'entries:\n- term: C#\n  variants:\n  - C sharp\n  - "C-sharp"\n- term: F#\n',
      'booleans and an empty list': 'entries:\n  - term: grey\n    caseSensitive: false\n    fuzzy: true\n    variants: []\n',
      'errors the validator finds': 'entries:\n  - term: grey\n    varients: [gray]\n    type: colour\n  - forbidden: [x]\n  - plain text\n',
      'CRLF line ends': 'name: n\r\nentries:\r\n  - term: Gallant\r\n    forbidden: [Galant]\r\n',
      'blank and comment lines inside the list, a key after it': 'entries:\n  - term: a\n   \n# top\n  - term: b\r\n  \r\n\n  # c\n  -   term: c\nname: n\n',
    },
    leftToTheFullParser: {
      'an anchor and alias': 'entries:\n  - term: &a Gallant\n  - term: *a\n',
      'a number': 'entries:\n  - term: 1.50\n',
      'null': 'entries:\n  - term: ~\n',
      'an empty value': 'entries:\n  - term:\n',
      'a block scalar': 'entries:\n  - term: x\n    note: |\n      two\n      lines\n',
      'a multi-line plain scalar': 'entries:\n  - term: x\n    note: one\n      two\n',
      'a tab': 'entries:\n\t- term: x\n',
      'a document marker': '---\nentries: []\n',
      'a flow mapping': 'entries: [{term: x}]\n',
      'a duplicate key': 'entries:\n  - term: x\n    term: y\n',
      'a bad indentation': 'entries:\n  - term: x\n     type: person\n',
      'an unclosed quote': 'entries:\n  - term: "x\n',
      'a YAML-only escape': 'entries:\n  - term: "\\x41"\n',
      'a key: value inside a plain scalar': 'entries:\n  - term: a: b\n',
      'not a mapping': '- term: x\n',
      'an alias in a later entry': 'entries:\n  - term: x\n  - term: *a\n',
      'a line between the item and the key indentation': 'entries:\n  - term: x\n   type: person\n',
      'a key less indented than the entries after them': 'entries:\n  - term: x\n name: y\n',
      'an empty file': '# nothing\n',
      'a document marker after the entries': 'entries:\n  - term: x\n---\n',
      'a directive inside the entries': 'entries:\n  - term: x\n  %YAML 1.2\n',
      'a line that only looks blank': 'entries:\n  - term: x\n\u00a0\n  - term: y\n',
    },
  });
});
