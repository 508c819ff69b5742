import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../src/engine/run.js';
import type { Finding } from '../../../src/findings/finding.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { Document } from '../../../src/input/document.js';
import { loadFormats, readDocument } from '../../../src/input/read.js';
import { RULES_BY_ID } from '../../../src/rules/index.js';
import { glossaryOf } from '../../rules/harness.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** One glossary entry for the format tests: "Galant" is a known misspelling of Yoav Gallant. */
export const GALANT_GLOSSARY = compileGlossaries([glossaryOf([{ term: 'Yoav Gallant', type: 'person', forbidden: ['Galant'] }])]);

const forbidden = RULES_BY_ID.get('terms/forbidden')!;

/** Reads a file in its format and checks it with terms/forbidden against GALANT_GLOSSARY. */
export async function checkFixture(path: string, source: string): Promise<{ doc: Document; findings: Finding[] }> {
  await loadFormats([path]);
  const doc = readDocument(path, source);
  const findings = checkDocument(doc, GALANT_GLOSSARY, [{ rule: forbidden, severity: 'error', options: {} }]);
  return { doc, findings };
}

/** The 1-based line of each finding, with the file text it points at. */
export function linesAndTexts(doc: Document, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${doc.lines.locate(f.start).line}:${doc.source.slice(f.start, f.end)}`);
}

/** The blocks as "kind: text", to see what a parser extracted. */
export function blocksOf(doc: Document): string[] {
  return doc.blocks.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end)}`);
}
