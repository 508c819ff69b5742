import { defineRule } from '../rule.js';
import { matchesInBlocks } from '../support/block-matches.js';

/**
 * A number with a comma before one or two last digits: "4,8", "48,3", "1,25". English groups
 * thousands in threes, so this comma can only be a decimal one. Not part of a longer number or of
 * a list of numbers ("1,2,3"), and not after a period ("1.234,5" is left alone).
 */
const DECIMAL_COMMA = /(?<![\p{N}.,])(\p{N}{1,3}),(\p{N}{1,2})(?![\p{N}]|[.,]\p{N})/gu;

export default defineRule({
  meta: {
    id: 'typography/decimal-comma',
    category: 'typography',
    severity: 'warning',
    summary: 'A decimal comma in a number: “4,8 percent” for “4.8 percent”.',
    rationale:
      'Most European languages write decimals with a comma, and machine translation copies numbers as they are. ' +
      'In English “4,8” reads as a typo at best; at worst a reader takes “2,3 million” for 2,300,000.',
    fix: 'safe',
    examples: {
      valid: [
        'Sales fell 4.8 percent to 2.3 billion euros.',
        'The stadium holds 4,800 fans; 12,500 tickets were sold.',
        'Questions 1,2,3 were dropped from the survey.',
      ],
      invalid: [
        { text: 'Output fell by [[4,8]] percent in June.', suggestions: ['4.8'], output: 'Output fell by 4.8 percent in June.' },
        { text: 'Inflation reached [[12,5]]% in March.', suggestions: ['12.5'], output: 'Inflation reached 12.5% in March.' },
        { text: 'The deal is worth [[1,25]] billion dollars.', suggestions: ['1.25'], output: 'The deal is worth 1.25 billion dollars.' },
      ],
    },
  },
  check(doc, ctx) {
    for (const { match: m, start } of matchesInBlocks(doc, DECIMAL_COMMA)) {
      const decimal = `${m[1]}.${m[2]}`;
      ctx.report({
        start,
        end: start + m[0].length,
        message: `“${m[0]}” has a decimal comma: write “${decimal}”`,
        suggestions: [{ replacement: decimal, description: 'decimal point' }],
      });
    }
  },
});
