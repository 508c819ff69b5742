import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS_DIR } from '../../../src/cli/setup.js';
import { checkDocument } from '../../../src/engine/run.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import { parseGlossary } from '../../../src/glossary/read.js';
import { readDocument } from '../../../src/input/read.js';
import rule from '../../../src/rules/phrasing/calque.js';
import { glossaryOf, runRule } from '../harness.js';

function spanishPack() {
  const file = join(PACKS_DIR, 'phrasing/es-en.yaml');
  const loaded = parseGlossary(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return compileGlossaries([loaded.value]);
}

const fixesOf = (text: string): string[] => runRule(rule, text, spanishPack()).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('phrasing/calque', () => {
  it('keeps the case shape of the calque it replaces', () => {
    expect(fixesOf('THIS THURSDAY the strike begins.')).toEqual(['THIS THURSDAY → ON THURSDAY']);
  });

  it('does not take the end of a name for a word of the fix', () => {
    expect(fixesOf('The talks ended when Lawson this Tuesday walked out.')).toEqual(['this Tuesday → on Tuesday']);
  });

  it('keeps the capitals of a name in the fix', () => {
    expect(fixesOf('Fans of the merengue team celebrated.')).toEqual(['the merengue team → Real Madrid']);
  });

  it('is quiet on a weekday calque in a sentence about the future, and only there', () => {
    expect(fixesOf('The minister is expected to resign this Monday.')).toEqual([]);
    expect(fixesOf('The unions say they’ll march this Saturday.')).toEqual([]);
    expect(fixesOf('The minister resigned this Monday. He will stay on as an adviser.')).toEqual(['this Monday → on Monday']);
    expect(fixesOf('The mandatary will speak at noon.')).toEqual(['The mandatary → The president']);
  });

  it('reports a calque inside another one once', () => {
    const glossary = compileGlossaries([
      glossaryOf([
        { term: 'on Thursday', type: 'phrase', forbidden: ['this Thursday-fair'] },
        { term: 'Thursday', type: 'phrase', caseSensitive: true, forbidden: ['Thursday-fair'] },
      ]),
    ]);
    expect(runRule(rule, 'Sales fell this Thursday-fair, then Thursday-fair again.', glossary).map((f) => f.text)).toEqual(['this Thursday-fair', 'Thursday-fair']);
  });

  it('takes its future markers from the options', () => {
    const doc = readDocument('a.txt', 'Ministers meet this Friday, a spokesman said.');
    const findings = checkDocument(doc, spanishPack(), [{ rule, severity: 'warning', options: { futureMarkers: ['meet'] } }]);
    expect(findings).toEqual([]);
  });

  it('flags the phrase entries of a user glossary, and not its term entries', () => {
    const glossary = compileGlossaries([
      glossaryOf([
        { term: 'defense leaders', type: 'phrase', forbidden: ['conservation leaders'] },
        { term: 'ceasefire', forbidden: ['cease-fire'] },
      ]),
    ]);
    const findings = runRule(rule, 'Conservation leaders agreed a cease-fire.', glossary);
    expect(findings.map((f) => [f.text, f.suggestions[0]?.replacement, f.category])).toEqual([['Conservation leaders', 'Defense leaders', 'phrasing']]);
  });
});
