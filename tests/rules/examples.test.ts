import { describe, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { expectInvalid, expectValid } from './harness.js';

/** Every rule's own examples (meta.examples), run strictly by one harness. */
describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.meta.examples.valid.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('valid: %s', (_t, example) => {
    expectValid(rule, example);
  });
  it.each(rule.meta.examples.invalid.map((e) => [e.text, e] as const))('invalid: %s', (_t, example) => {
    expectInvalid(rule, example);
  });
});
