import { describe, expect, it } from 'vitest';
import { fixText } from '../../../src/engine/fix-loop.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { RawEntry } from '../../../src/glossary/raw.js';
import rule from '../../../src/rules/names/variant.js';
import { glossaryOf, runRule } from '../harness.js';

const NFD = (s: string): string => s.normalize('NFD');
const compiled = (entries: RawEntry[]) => compileGlossaries([glossaryOf(entries)]);
const found = (text: string, entries: RawEntry[]): string[] =>
  runRule(rule, text, compiled(entries)).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

const GOMEZ: RawEntry[] = [{ term: 'Selena Gómez', type: 'person' }];
const GALLANT: RawEntry[] = [{ term: 'Yoav Gallant', type: 'person', variants: ['Gallant'] }];

describe('names/variant', () => {
  it('takes a decomposed name in the article for the glossary’s composed one, and the other way round', () => {
    expect(NFD('Gómez')).not.toBe('Gómez');
    expect(found(`The singer Selena ${NFD('Gómez')} performed.`, GOMEZ)).toEqual([]);
    expect(found('The singer Selena Gómez performed.', [{ term: NFD('Selena Gómez'), type: 'person' }])).toEqual([]);
  });

  it('points at a decomposed misspelling in the file and fixes it with the composed house form', () => {
    const text = `Selena ${NFD('Gómes')} sang.`;
    const [finding] = runRule(rule, text, compiled(GOMEZ));
    expect(finding?.text).toBe(NFD('Gómes'));
    const result = fixText('a.txt', text, compiled([{ term: NFD('Selena Gómez'), type: 'person' }]), [{ rule, severity: 'error', options: {} }]);
    expect(result.output).toBe('Selena Gómez sang.');
  });

  it('keeps the possessive ending out of the span', () => {
    expect(found('Yoav Galant’s visit was cut short.', GALLANT)).toEqual(['Galant → Gallant']);
  });

  it('leaves other people who share a given name or a surname alone', () => {
    expect(found('Yoav Kisch and Eli Gallant also attended.', GALLANT)).toEqual([]);
    expect(found('Yoab Kisch, the education minister, attended.', GALLANT)).toEqual([]);
  });

  it('needs the rest of the name before it trusts a loose spelling', () => {
    expect(found('Defense Minister Yove Gallant landed.', GALLANT)).toEqual(['Yove → Yoav']);
    expect(found('Yove said nothing.', GALLANT)).toEqual([]);
  });

  it('does not take a given name before a verb, or after a royal title, for a translated surname', () => {
    expect(found('Defense Minister Yoav said the strikes would go on.', GALLANT)).toEqual([]);
    expect(found('King Yoav chivalry was a legend.', GALLANT)).toEqual([]);
    expect(found('Defense Minister Yoav chivalry spoke first.', GALLANT)).toEqual(['Yoav chivalry → Yoav Gallant']);
  });

  it('is not fooled by a known English word next to a glossary name', () => {
    expect(found('Gallant crews rescued the sailors off Rafah.', [{ term: 'Rafah', type: 'place' }, ...GALLANT])).toEqual([]);
    expect(found('The Raffah family left, and Rafah emptied.', [{ term: 'Rafah', type: 'place' }])).toEqual(['Raffah → Rafah']);
  });
});
