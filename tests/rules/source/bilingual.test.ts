import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, type CheckOptions } from '../../../src/engine/run.js';
import type { Finding } from '../../../src/findings/finding.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { Document } from '../../../src/input/document.js';
import { loadFormats, readDocument } from '../../../src/input/read.js';
import { RULES } from '../../../src/rules/index.js';
import { glossaryOf } from '../harness.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string): Document => readDocument(name, readFileSync(join(FIXTURES, name), 'utf8'));
const SOURCE_RULES = RULES.filter((r) => r.meta.id.startsWith('source/')).map((rule) => ({ rule, severity: rule.meta.severity, options: {} }));
const GLOSSARY = compileGlossaries([glossaryOf([{ term: 'Yoav Gallant', type: 'person', forbidden: ['Galant'], source: ['Yoav Galant'] }])]);

function check(doc: Document, options: CheckOptions = {}): string[] {
  const findings: Finding[] = checkDocument(doc, GLOSSARY, SOURCE_RULES, options);
  return findings.map((f) => `${f.ruleId} ${doc.lines.locate(f.start).line}: ${f.text.length > 30 ? `${f.text.slice(0, 30)}…` : f.text}`);
}

describe('checks against the source text', () => {
  beforeAll(() => loadFormats(['a.md', 'a.xlf']));

  it('a Markdown translation against its Spanish source (--source): renamed person, dropped number and sentence, untranslated sentence', () => {
    expect(check(read('pentagon.en.md'), { source: read('pentagon.es.md') })).toEqual([
      'source/names 3: Justin',
      'source/dropped 5: Austin said they would discuss…',
      'source/numbers 7: On Monday, Prime Minister Benj…',
      'source/untranslated 9: Israel sostiene que no puede d…',
    ]);
  });

  it('says what the source has', () => {
    const findings = checkDocument(read('pentagon.en.md'), GLOSSARY, SOURCE_RULES, { source: read('pentagon.es.md') });
    expect(findings.map((f) => f.message)).toEqual([
      'The source has “Lloyd Austin”; “Justin” is not that name',
      'The translation has 1 of the source’s 2 sentences here and 35% of its words: a sentence may have been dropped',
      'The source says “1 abstención” here; the translation has no 1',
      'This passage is the source text, left untranslated',
    ]);
    expect(findings[0]!.suggestions.map((s) => s.replacement)).toEqual(['Austin']);
  });

  it('an XLIFF file checks each target against its own source', () => {
    expect(check(read('pentagon.xlf'))).toEqual([
      'source/names 7: Justin',
      'source/numbers 11: The Security Council resolutio…',
      'source/untranslated 15: Israel sostiene que no puede d…',
    ]);
  });

  it('says nothing without a source, or when the translation is faithful', () => {
    expect(check(read('pentagon.en.md'))).toEqual([]);
    expect(check(read('pentagon.es.md'), { source: read('pentagon.es.md') }).filter((f) => !f.startsWith('source/untranslated'))).toEqual([]);
  });

  it('a source paragraph with no translation is reported beside where it would be', () => {
    const source = readDocument('s.md', 'Primer párrafo con algunas palabras.\n\nUn párrafo entero que la traducción automática perdió por el camino sin avisar.\n\nTercer párrafo.');
    const target = readDocument('t.md', 'First paragraph with a few words.\n\nThird paragraph.');
    expect(check(target, { source })).toEqual(['source/dropped 1: First paragraph with a few wor…']);
  });
});
