import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/engine/context.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import { readDocument } from '../../../src/input/read.js';
import { RULES } from '../../../src/rules/index.js';
import { nameMentions } from '../../../src/rules/support/name-mentions.js';

/** The name mentions of a plain-text article, as written. */
function mentionsIn(text: string): string[] {
  const doc = readDocument('a.txt', text);
  const ctx = createContext(doc, compileGlossaries([]), { rule: RULES[0]!, severity: 'warning', options: {} }, new Map(), []);
  return nameMentions(doc, ctx).map((m) => doc.text.slice(m.start, m.end));
}

describe('nameMentions', () => {
  it('finds the names of a prose sentence, however many capitals it has', () => {
    expect(mentionsIn('Defense Minister Yoav Gallant met Lloyd Austin and the head of the army in Washington on Tuesday.')).toEqual(['Yoav Gallant', 'Lloyd Austin', 'Washington', 'Tuesday']);
  });

  it('finds none in a headline in Title Case, whose capitals say nothing about names', () => {
    expect(mentionsIn('Farm Groups Warn Of Losses As Drought Spreads Across The Plains')).toEqual([]);
    expect(mentionsIn('Gallant Says The Army Will Stay In The South For Months')).toEqual([]);
  });

  it('tells a title-case headline from prose with many names but lowercase common words', () => {
    expect(mentionsIn('Officials said Gallant, Austin, Netanyahu and Brown spoke in the morning, then left the city with the others.')).toEqual(['Gallant', 'Austin', 'Netanyahu', 'Brown']);
  });
});
