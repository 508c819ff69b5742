import { describe, expect, it } from 'vitest';
import { mayHaveFiniteVerb } from '../../src/text/part-of-speech.js';
import { brokenStartOf } from '../../src/text/sentence-start.js';

const words = (sentence: string): string[] => sentence.match(/[\p{L}\p{N}]+|,/gu) ?? [];

describe('mayHaveFiniteVerb', () => {
  it('finds verbs, including ones the tag table lacks', () => {
    expect(mayHaveFiniteVerb(words('The group has four battalions'))).toBe(true);
    expect(mayHaveFiniteVerb(words('Parents indulge their children'))).toBe(true);
    expect(mayHaveFiniteVerb(words('The government forbade the trip'))).toBe(true);
    expect(mayHaveFiniteVerb(words('Two of these are in Dallas'))).toBe(true);
  });

  it('reads verb forms as nouns where the context says so', () => {
    expect(mayHaveFiniteVerb(words('Efforts to achieve a ceasefire'))).toBe(false);
    expect(mayHaveFiniteVerb(words('For the purpose of strengthening the domestic supply chain'))).toBe(false);
    expect(mayHaveFiniteVerb(words('Two points ahead of Operário do Vale'))).toBe(false);
  });
});

describe('brokenStartOf', () => {
  it('tells relative clauses, continuations and verbless phrases', () => {
    expect(brokenStartOf(words('Where he states that the group has four battalions'))).toBe('relative');
    expect(brokenStartOf(words('After which it was withdrawn in cash'))).toBe('relative');
    expect(brokenStartOf(words('Especially in Germany, where sales fell sharply'))).toBe('continuation');
    expect(brokenStartOf(words('Marking the first time that samples have been brought back'))).toBe('continuation');
    expect(brokenStartOf(words('Efforts to achieve a ceasefire'))).toBe('verbless');
  });

  it('leaves whole sentences alone', () => {
    expect(brokenStartOf(words('Where the river floods, farmers have built levees'))).toBeUndefined();
    expect(brokenStartOf(words('In August while stopping in Greenock, Scotland, three sailors rendered first aid'))).toBeUndefined();
    expect(brokenStartOf(words('For a while he was content to wait'))).toBeUndefined();
    expect(brokenStartOf(words('No further firing'))).toBeUndefined();
  });
});
