import { expect, it } from 'vitest';
import { Document, parseDocument, type ParsedNode } from 'yaml';
import { validateGlossary } from '../../src/glossary/validate.js';
import { LineIndex } from '../../src/text/line-index.js';

/** A fast glossary reader: readSimpleYaml, readSimpleJson. */
export type FastReader = <T>(source: string, use: (root: ParsedNode) => T) => T | undefined;

/** The glossary as the full parser and the validator make it. */
export function viaFullParser(source: string, file: string) {
  return validateGlossary(parseDocument(source, { prettyErrors: false, uniqueKeys: true }), file, new LineIndex(source));
}

/** The glossary through a fast reader, or undefined when it leaves the text to the full parser. */
export function viaFastReader(read: FastReader, source: string, file: string) {
  return read(source, (root) => {
    const doc = new Document() as Document.Parsed;
    doc.contents = root;
    return validateGlossary(doc, file, new LineIndex(source));
  });
}

/**
 * Tests, one per case, that the reader reads each `same` text as the full parser does, positions
 * included, and leaves each `leftToTheFullParser` text to it (`use` reads nothing: a lazy reader
 * must still find out).
 */
export function fastReaderCases(read: FastReader, file: string, cases: { same: Record<string, string>; leftToTheFullParser: Record<string, string> }): void {
  it.each(Object.entries(cases.same))('%s', (_, source) => {
    const fast = viaFastReader(read, source, file);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaFullParser(source, file));
  });
  it.each(Object.entries(cases.leftToTheFullParser))('%s', (_, source) => {
    expect(read(source, () => true)).toBeUndefined();
  });
}
