import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/engine/fix-loop.js';
import type { EnabledRule } from '../../src/engine/run.js';
import { compileGlossaries } from '../../src/glossary/compile.js';
import { defineRule, type Rule } from '../../src/rules/rule.js';

/** A safe rule replacing every `from` with `to`. */
function replacing(id: string, from: string, to: string): Rule {
  return defineRule({
    meta: { id, category: 'other', severity: 'warning', summary: id, rationale: id, fix: 'safe', examples: { valid: [], invalid: [] } },
    check(doc, ctx) {
      for (const m of doc.text.matchAll(new RegExp(from, 'g'))) ctx.report({ start: m.index, end: m.index + m[0].length, message: id, suggestions: [{ replacement: to }] });
    },
  });
}

const enabled = (...rules: Rule[]): EnabledRule[] => rules.map((rule) => ({ rule, severity: 'warning', options: {} }));
const NO_GLOSSARY = compileGlossaries([]);

describe('fixText', () => {
  it('applies a skipped fix in the next pass, and lists each pass', () => {
    // "abc": "ab" and "bc" overlap; "ab" starts first and wins, "bc" is not found again.
    // "xy" → "x" then "x" → "z": the second fix exists only after the first.
    const rules = enabled(replacing('test/ab', 'ab', 'AB'), replacing('test/bc', 'bc', 'BC'), replacing('test/xy', 'xy', 'x'), replacing('test/x', 'x(?!y)', 'z'));
    const result = fixText('a.txt', 'abc xy', NO_GLOSSARY, rules);
    expect(result.output).toBe('ABc z');
    expect(result.passes.map((p) => p.map((e) => e.finding.ruleId))).toEqual([['test/ab', 'test/xy'], ['test/x']]);
    expect(result.remaining).toEqual([]);
  });

  it('stops when two rules undo each other, on a text it has seen', () => {
    const result = fixText('a.txt', 'colour', NO_GLOSSARY, enabled(replacing('test/us', 'colour', 'color'), replacing('test/uk', 'color', 'colour')));
    expect(result.output).toBe('color');
    expect(result.passes).toHaveLength(1);
    expect(result.remaining.map((f) => f.ruleId)).toEqual(['test/uk']);
  });

  it('stops at the pass cap', () => {
    const growing = replacing('test/grow', 'a$', 'aa');
    const result = fixText('a.txt', 'a', NO_GLOSSARY, enabled(growing), { maxPasses: 3 });
    expect(result.output).toBe('aaaa');
    expect(result.passes).toHaveLength(3);
    expect(result.remaining).toHaveLength(1);
  });
});
