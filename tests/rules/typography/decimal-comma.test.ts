import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import type { Rule } from '../../../src/rules/rule.js';
import decimalComma from '../../../src/rules/typography/decimal-comma.js';
import { runRule } from '../harness.js';

const fixes = (rule: Rule, text: string): string[] =>
  runRule(rule, text, compileGlossaries([])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('typography/decimal-comma', () => {
  it('leaves thousands, lists and European thousands points alone', () => {
    expect(fixes(decimalComma, 'It cost 1,250 or 1.234,5 euros; see 1,2,3; rates of 0,75 rose.')).toEqual(['0,75 → 0.75']);
  });
});
