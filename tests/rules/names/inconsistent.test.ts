import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { RawEntry } from '../../../src/glossary/raw.js';
import rule from '../../../src/rules/names/inconsistent.js';
import { glossaryOf, runRule } from '../harness.js';

const found = (text: string, entries: RawEntry[] = []): string[] =>
  runRule(rule, text, compileGlossaries([glossaryOf(entries)])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('names/inconsistent', () => {
  it('fixes two misspelt words of one name at once', () => {
    expect(found('Economist Mónica Ibáñez spoke first. Later, Monica Ibañes disagreed.')).toEqual(['Monica Ibañes → Mónica Ibáñez']);
  });

  it('puts a two-word name back in the order the article uses most', () => {
    expect(found('Kenji Watanabe spoke. Kenji Watanabe left. Watanabe Kenji returned.')).toEqual(['Watanabe Kenji → Kenji Watanabe']);
  });

  it('takes a rare name spelt near the article’s usual spelling for a slip', () => {
    expect(found('Flights to Tromsø resumed. The airport in Tromsø reopened. Hotels in Tromsøo filled.')).toEqual(['Tromsøo → Tromsø']);
    expect(found('Researcher Aurelio Castellanti measured the uplift. Castellanto said it would go on.')).toEqual(['Castellanto → Castellanti']);
  });

  it('leaves alone rare names alike by chance, and words made from a name', () => {
    expect(found('Tourists in Giza watched the news from Gaza. Gaza was shelled again, and Gaza mourned.')).toEqual([]);
    expect(found('Rodrygo scored. Rodrigo Riquelme watched. Coach Carlo Ancelotti praised Rodrygo.')).toEqual([]);
    expect(found('Third baseman Don Hoak singled. Ralph Houk, the manager, smiled; Houk said little.')).toEqual([]);
    expect(found('Katanga seceded. Katangan troops and Katangans in exile disagreed.')).toEqual([]);
    expect(found('James McAlister wrote to Jane McAlester, and McAlister waited.')).toEqual([]);
  });

  it('finds a translated surname after a lowercase title too, but not before a verb or an adverb', () => {
    expect(found('According to the minister Ana Ferreira, rates will fall. The minister Ana iron added more.')).toEqual(['Ana iron → Ana Ferreira']);
    expect(found('According to the minister Ana Ferreira, rates will fall. The minister Ana today added more.')).toEqual([]);
    expect(found('According to the minister Ana Ferreira, rates will fall. The minister Ana said more.')).toEqual([]);
  });

  it('takes a given name after a royal title from the titled full name', () => {
    expect(found('Sheikh Tamim Al Thani opened the forum. Sheikh Tamiim thanked the guests.')).toEqual(['Tamiim → Tamim']);
  });

  it('never flags a form the glossary accepts, even against the article’s first spelling', () => {
    expect(found('Sergei Lavrov spoke in Moscow. Sergey Lavrov left for Beijing.', [{ term: 'Sergey Lavrov', type: 'person' }])).toEqual([]);
    expect(found('Zelenskyy arrived. Zelenskyy spoke. "Not now," Zelensky said.')).toEqual(['Zelensky → Zelenskyy']);
  });

  it('leaves the glossary’s forbidden forms to terms/forbidden', () => {
    const entries: RawEntry[] = [{ term: 'Kenji Watanabe', type: 'person', forbidden: ['Watanabe Kenji'] }];
    expect(found('Kenji Watanabe spoke. Kenji Watanabe left. Watanabe Kenji returned.', entries)).toEqual([]);
  });

  it('takes a name’s letters with other hyphens, apostrophes or spaces for the usual form', () => {
    expect(found("Chang'e-5 launched. Chang'e-5 landed, and Change-5 sent pictures home.")).toEqual(["Change-5 → Chang'e-5"]);
    expect(found("We'll see, said Well, the coach.")).toEqual([]);
  });
});
