import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(split('He left. She stayed! Why? Nobody knows.')).toEqual(['He left.', 'She stayed!', 'Why?', 'Nobody knows.']);
  });

  it('keeps titles and initials inside the sentence', () => {
    expect(split('Gen. Brown met Dr. Smith and J. R. Ewing.')).toEqual(['Gen. Brown met Dr. Smith and J. R. Ewing.']);
  });

  it('does not split after an abbreviation followed by lower case', () => {
    expect(split('Prices rose 3 p.m. yesterday vs. last week.')).toEqual(['Prices rose 3 p.m. yesterday vs. last week.']);
  });

  it('splits after U.S. when a new sentence starts, keeping closing quotes', () => {
    expect(split('They flew to the U.S. The talks began. "It is over." He left.')).toEqual([
      'They flew to the U.S.',
      'The talks began.',
      '"It is over."',
      'He left.',
    ]);
  });

  it('works on a range of the text', () => {
    const text = 'xx One. Two. yy';
    expect(splitSentences(text, 3, 12).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});
