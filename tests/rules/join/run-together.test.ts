import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import rule from '../../../src/rules/join/run-together.js';
import { runRule } from '../harness.js';

const fixes = (text: string): string[] => runRule(rule, text, compileGlossaries([])).map((f) => `${f.text} → ${f.suggestions[0]?.replacement}`);

describe('join/run-together', () => {
  it('splits a name of the article from a short word, unless that makes another name', () => {
    expect(fixes('Shelling hit Gaza overnight. Aid to Gazaand the north stopped.')).toEqual(['Gazaand → Gaza and']);
    expect(fixes('Gord Peters spoke first. Gordon Peters, his son, spoke last, as Gord had asked.')).toEqual([]);
    expect(fixes('Adams signed first; Adamson signed later, said Adams.')).toEqual([]);
  });

  it('leaves brands, compounds and words cut short alone', () => {
    expect(fixes('Users of LinkedIn, PayPal and WhatsApp rose, said the outfielder.')).toEqual([]);
    expect(fixes('“I was just sayin’ it,” he said of the built-in delay.')).toEqual([]);
  });
});
