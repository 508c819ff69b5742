import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { readSimpleYaml } from '../../src/glossary/simple-yaml.js';
import { validateGlossary } from '../../src/glossary/validate.js';
import { LineIndex } from '../../src/text/line-index.js';

/** The glossary as the full parser and the validator make it. */
function viaFullParser(source: string) {
  return validateGlossary(parseDocument(source, { prettyErrors: false, uniqueKeys: true }), 'g.yaml', new LineIndex(source));
}

/** The glossary through the fast reader, or undefined when it leaves the text to the full parser. */
function viaFastReader(source: string) {
  return readSimpleYaml(source, (root) => {
    const doc = new Document() as Document.Parsed;
    doc.contents = root;
    return validateGlossary(doc, 'g.yaml', new LineIndex(source));
  });
}

function yamlFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFilesIn(join(folder, e.name)) : /\.ya?ml$/.test(e.name) ? [join(folder, e.name)] : [],
  );
}

describe('parseSimpleYaml: the same glossary as the full parser', () => {
  it.each([...yamlFilesIn('glossaries'), ...yamlFilesIn('packs')])('%s takes the fast path, with identical entries and positions', (file) => {
    const source = readFileSync(file, 'utf8');
    const fast = viaFastReader(source);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaFullParser(source));
  });

  it.each(yamlFilesIn('tests/glossary/fixtures'))('%s: the same result or left to the full parser', (file) => {
    const source = readFileSync(file, 'utf8');
    const fast = viaFastReader(source);
    if (fast) expect(fast).toEqual(viaFullParser(source));
  });

  const SAME = {
    'comments and quotes': `# head\nname: "News \\"desk\\""  # trailing\nentries:\n  # a comment\n  - term: 'O''Brien'\n    type: person   # here\n    forbidden: ["O\\u2019Brian", 'O''Brain', Obrien,]\n`,
    'a sequence at the key’s indentation': 'entries:\n- term: C#\n  variants:\n  - C sharp\n  - "C-sharp"\n- term: F#\n',
    'booleans and an empty list': 'entries:\n  - term: grey\n    caseSensitive: false\n    fuzzy: true\n    variants: []\n',
    'errors the validator finds': 'entries:\n  - term: grey\n    varients: [gray]\n    type: colour\n  - forbidden: [x]\n  - plain text\n',
    'CRLF line ends': 'name: n\r\nentries:\r\n  - term: Gallant\r\n    forbidden: [Galant]\r\n',
    'blank and comment lines inside the list, a key after it': 'entries:\n  - term: a\n   \n# top\n  - term: b\r\n  \r\n\n  # c\n  -   term: c\nname: n\n',
  };
  it.each(Object.entries(SAME))('%s', (_, source) => {
    const fast = viaFastReader(source);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaFullParser(source));
  });

  const LEFT_TO_THE_FULL_PARSER = {
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
  };
  it.each(Object.entries(LEFT_TO_THE_FULL_PARSER))('%s', (_, source) => {
    // `use` reads nothing: the entries are still read, to know whether they are plain.
    expect(readSimpleYaml(source, () => true)).toBeUndefined();
  });
});
