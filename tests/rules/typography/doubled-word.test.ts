import { describe, expect, it } from 'vitest';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import doubledWord from '../../../src/rules/typography/doubled-word.js';
import repetition from '../../../src/rules/typography/repetition.js';
import { runRule } from '../harness.js';

const none = compileGlossaries([]);

describe('typography/doubled-word', () => {
  it('marks only function-word doubles safe for --fix', () => {
    const [article, noun] = runRule(doubledWord, 'He signed the the treaty and the treaty treaty text.', none);
    expect(article?.suggestions[0]).toMatchObject({ replacement: 'the', safe: true });
    expect(noun?.suggestions[0]).toMatchObject({ replacement: 'treaty', safe: false });
  });

  it('leaves names and doubles across paragraphs alone', () => {
    expect(runRule(doubledWord, 'Inmates at Sing Sing protested.\n\nProtested loudly.', none)).toEqual([]);
    expect(runRule(doubledWord, 'It ended with the\n\nthe last vote.', none)).toEqual([]);
  });

  it('leaves three copies to typography/repetition', () => {
    const text = 'They waited for the the the verdict.';
    expect(runRule(doubledWord, text, none)).toEqual([]);
    expect(runRule(repetition, text, none).map((f) => f.text)).toEqual(['the the the']);
  });
});
