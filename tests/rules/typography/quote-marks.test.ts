import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { Rule } from '../../../src/rules/rule.js';
import quoteMarks from '../../../src/rules/typography/quote-marks.js';
import { runRule } from '../harness.js';

const fixes = (rule: Rule, text: string): string[] =>
  runRule(rule, text, compileGlossaries([])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('typography/quote-marks', () => {
  it('pairs each opener with the closers its languages use', () => {
    expect(fixes(quoteMarks, 'A „quiet” day and ‹small› steps, «peace».')).toEqual(['„quiet” → “quiet”', '‹small› → ‘small’', '«peace» → “peace”']);
  });

  it('does not pair marks across lines or across an English quote', () => {
    expect(fixes(quoteMarks, 'He said «yes\nand» left.')).toEqual([]);
    expect(fixes(quoteMarks, 'A «big “deal” » today.')).toEqual([]);
  });

  it('leaves --fix to an editor for a quoted name', () => {
    const [finding] = runRule(quoteMarks, 'The party «Yabloko» lost.', compileGlossaries([]));
    expect(finding?.suggestions.map((s) => [s.replacement, s.safe])).toEqual([['Yabloko', false], ['“Yabloko”', true]]);
  });
});
