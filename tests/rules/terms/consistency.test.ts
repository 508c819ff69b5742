import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { RawEntry } from '../../../src/glossary/raw.js';
import rule from '../../../src/rules/terms/consistency.js';
import { glossaryOf, runRule } from '../harness.js';

const found = (text: string, entries: RawEntry[] = []): string[] =>
  runRule(rule, text, compileGlossaries([glossaryOf(entries)])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('terms/consistency', () => {
  it('fixes to the majority spelling, keeping the word’s own ending and case', () => {
    expect(found('Programs grew. Two programs closed. Programmes for adults stayed.')).toEqual(['Programmes → Programs']);
    expect(found('The colour faded; the colors ran; colours bled.')).toEqual(['colors → colours']);
  });

  it('goes with the first spelling on a tie', () => {
    expect(found('The theatre opened. The theater closed.')).toEqual(['theater → theatre']);
  });

  it('keeps a name’s own spelling apart from the common word', () => {
    expect(found('The Ministry of Defence said defense spending would rise, and defense firms agreed.')).toEqual([]);
    expect(found('He toured the Lincoln Center and a theatre in the centre of town.')).toEqual([]);
  });

  it('lets the glossary settle the spelling, and leaves forbidden forms to terms/forbidden', () => {
    expect(found('The defense pact and defense budget were debated by defence experts.', [{ term: 'defence' }])).toEqual([
      'defense → defence',
      'defense → defence',
    ]);
    expect(found('A cease-fire, then a ceasefire, then another ceasefire.', [{ term: 'ceasefire', forbidden: ['cease-fire'] }])).toEqual([]);
  });

  it('does not take different words for two spellings of one', () => {
    expect(found('Doctors practise what the practice preaches; the meter showed two metres.')).toEqual([]);
    expect(found('The analyses showed the market analyzed the risk.')).toEqual([]);
    expect(found('They drew 1-1 after 11 minutes and won 3-0 in 30.')).toEqual([]);
  });
});
