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

  it('takes the person the article names for a translated surname when several share the given name', () => {
    const entries: RawEntry[] = [{ term: 'Luis Caputo', type: 'person' }, { term: 'Luis Arce', type: 'person' }];
    expect(found('The minister Luis Caputo spoke. The minister Luis head added more.', entries)).toEqual(['Luis head → Luis Caputo']);
    expect(found('The minister Luis head added more.', entries)).toEqual([]);
  });

  it('does not take a given name before a verb, or after a royal title, for a translated surname', () => {
    expect(found('Defense Minister Yoav said the strikes would go on.', GALLANT)).toEqual([]);
    expect(found('King Yoav chivalry was a legend.', GALLANT)).toEqual([]);
    expect(found('Defense Minister Yoav chivalry spoke first.', GALLANT)).toEqual(['Yoav chivalry → Yoav Gallant']);
  });

  it('does not take one letter for another in a short name for a slip', () => {
    expect(found('Tourists left Giza as the war in Gaza went on.', [{ term: 'Gaza', type: 'place' }])).toEqual([]);
  });

  it('is not fooled by a known English word next to a glossary name', () => {
    expect(found('Gallant crews rescued the sailors off Rafah.', [{ term: 'Rafah', type: 'place' }, ...GALLANT])).toEqual([]);
    expect(found('The Raffah family left, and Rafah emptied.', [{ term: 'Rafah', type: 'place' }])).toEqual(['Raffah → Rafah']);
  });

  it('puts a two-word name back in the house order', () => {
    const entries: RawEntry[] = [{ term: 'Kenji Watanabe', type: 'person' }];
    expect(found('Kenji Watanabe spoke first. Later, Watanabe Kenji took questions.', entries)).toEqual(['Watanabe Kenji → Kenji Watanabe']);
  });

  it('fixes every misspelt word of a name at once, particles included', () => {
    const entries: RawEntry[] = [{ term: 'Tamim bin Hamad', type: 'person', variants: ['Bin Hamad'] }];
    expect(found('Emir Tamim ben Hamade arrived. Ben Hamade spoke.', entries)).toEqual(['ben Hamade → bin Hamad', 'Ben Hamade → Bin Hamad']);
  });

  it('needs more than one common given name to take another person for a glossary one', () => {
    const entries: RawEntry[] = [{ term: 'Mike Johnson', type: 'person' }];
    expect(found('Coach Mike Johnston praised the defense.', entries)).toEqual([]);
    expect(found('Speaker Mike Johnson met Mike Johnsen, his aide.', entries)).toEqual([]);
    const lee: RawEntry[] = [{ term: 'Lee Jae-myung', type: 'person' }];
    expect(found('Lee Jae-myung spoke first. Samsung chairman Lee Jae-yong did not comment.', lee)).toEqual([]);
  });

  it('compares a given name after a royal or religious title with the glossary’s titled form', () => {
    const entries: RawEntry[] = [{ term: 'Tamim bin Hamad Al Thani', type: 'person', variants: ['Sheikh Tamim'] }];
    expect(found('Sheikh Tamim bin Hamad Al Thani opened the forum, and Sheikh Tamiim closed it.', entries)).toEqual(['Tamiim → Tamim']);
    expect(found('Sheikh Tamiim opened the forum.', entries)).toEqual([]);
  });

  it('takes the same letters spaced, hyphenated or accented otherwise for the house form', () => {
    const entries: RawEntry[] = [{ term: "Tianwen-1", type: 'term' }, { term: 'Mahmoud Abbas', type: 'person' }];
    expect(found("Tianwen-1 launched in 2020; Tian Wen 1 reached orbit.", entries)).toEqual(['Tian Wen 1 → Tianwen-1']);
    expect(found("Tianwen 1 reached orbit.", entries)).toEqual([]);
    expect(found('Mahmoud Abbás spoke in Ramallah.', entries)).toEqual(['Abbás → Abbas']);
  });

  it('takes common English words for themselves, not for a one-word name spaced otherwise', () => {
    const entries: RawEntry[] = [{ term: 'Togo', type: 'place' }, { term: 'Iran', type: 'place' }, { term: 'Bangkok', type: 'place' }];
    expect(found('They had nowhere to go. I ran home. To go back was worse.', entries)).toEqual([]);
    expect(found('Flights to Bang Kok resumed.', entries)).toEqual(['Bang Kok → Bangkok']);
  });

  it('drops a source-language article or administrative unit glued to a place', () => {
    const entries: RawEntry[] = [{ term: 'Jeddah', type: 'place' }, { term: 'Busan', type: 'place', variants: ['Busan City'] }];
    expect(found('Talks in Al-Jeddah ended early.', entries)).toEqual(['Al-Jeddah → Jeddah']);
    expect(found('Fans in Busan-si cheered.', entries)).toEqual(['Busan-si → Busan']);
    expect(found('A Busan-based firm won.', entries)).toEqual([]);
  });

  it('takes a letter added before the initial for a transliteration of the same place', () => {
    const entries: RawEntry[] = [{ term: 'Yelabuga', type: 'place' }];
    expect(found('Drones hit Yelabuga on Monday, and Elabuga again on Friday.', entries)).toEqual(['Elabuga → Yelabuga']);
  });

  it('takes a surname that many glossary people share for none of them', () => {
    // More people than MAX_SHARED_PART share "King" and "James": a bare "King" says which King no more than "King James" does.
    const givenNames = Array.from({ length: 40 }, (_, i) => `Zo${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ra`);
    const kings: RawEntry[] = givenNames.map((given) => ({ term: `${given} King`, type: 'person' }));
    const jameses: RawEntry[] = givenNames.map((given) => ({ term: `James ${given}son`, type: 'person' }));
    const text = 'King spoke first. King James then read the charter.';
    expect(found(text, [...kings, ...jameses, { term: 'James King', type: 'person' }])).toEqual([]);
    expect(found(text, [{ term: 'Zoara King', type: 'person' }, { term: 'James King', type: 'person' }])).toEqual(['King James → James King']);
  });
});
