import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { Rule } from '../../../src/rules/rule.js';
import foreignPunctuation from '../../../src/rules/typography/foreign-punctuation.js';
import { runRule } from '../harness.js';

const fixes = (rule: Rule, text: string): string[] =>
  runRule(rule, text, compileGlossaries([])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('typography/foreign-punctuation', () => {
  it('spaces English marks as English does', () => {
    expect(fixes(foreignPunctuation, 'Seoul，Busan and Tokyo（Japan）、Osaka？Yes')).toEqual(['， → , ', '（ →  (', '） → )', '、 → , ', '？ → ? ']);
  });
});
