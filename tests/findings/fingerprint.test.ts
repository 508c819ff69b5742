import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintFindings } from '../../src/findings/fingerprint.js';

/** The findings of every occurrence of `word` in `text`, as a rule would report them. */
function findingsOf(text: string, word: string, ruleId = 'terms/forbidden'): Finding[] {
  return [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
    ruleId,
    category: 'term',
    severity: 'error',
    message: `“${word}”`,
    start: m.index,
    end: m.index + word.length,
    text: word,
    suggestions: [],
  }));
}

const prints = (text: string, word = 'Kiev', ruleId?: string): string[] =>
  fingerprintFindings(findingsOf(text, word, ruleId), text).map((f) => f.fingerprint);

const LINE = 'Heavy shelling hit Kiev overnight, officials said.';

describe('fingerprintFindings', () => {
  it('keeps the finding and adds a fingerprint: a hash and an occurrence number', () => {
    const [finding] = fingerprintFindings(findingsOf(LINE, 'Kiev'), LINE);
    expect(finding).toMatchObject({ ruleId: 'terms/forbidden', start: 19, text: 'Kiev' });
    expect(finding!.fingerprint).toMatch(/^[0-9a-f]{16}:0$/);
  });

  it('does not change when lines above move the finding', () => {
    const moved = `A new headline.\n\nAnd a new paragraph of text.\n${LINE}`;
    expect(prints(moved)).toEqual(prints(LINE));
    expect(prints(`Windows line ends.\r\n${LINE}`)).toEqual(prints(LINE));
  });

  it('does not change for edits on the same line beyond three words of context', () => {
    const edited = 'Late on Sunday, heavy shelling hit Kiev overnight, officials said, again.';
    expect(prints(edited)).toEqual(prints(LINE));
  });

  it('ignores case, punctuation and spacing in the context', () => {
    expect(prints('HEAVY  Shelling hit “Kiev” — overnight; officials said.')).toEqual(prints(LINE));
  });

  it('changes with the rule, the flagged text or the words around it', () => {
    const base = prints(LINE)[0];
    expect(prints(LINE, 'Kiev', 'names/variant')[0]).not.toBe(base);
    expect(prints(LINE.replace('Kiev', 'Kyiv'), 'Kyiv')[0]).not.toBe(base);
    expect(prints(LINE.replace('hit', 'struck'))[0]).not.toBe(base);
  });

  it('tells identical findings in identical context apart by their order', () => {
    const twice = `${LINE}\n${LINE}\nOnly Kiev here.`;
    const [first, second, third] = prints(twice);
    expect(first!.split(':')).toEqual([prints(LINE)[0]!.split(':')[0], '0']);
    expect(second!.split(':')).toEqual([first!.split(':')[0], '1']);
    expect(third!.endsWith(':0')).toBe(true);
  });

  it('does not read context across a line break', () => {
    expect(prints('Kiev\nfirst line changed')).toEqual(prints('Kiev\nsomething else'));
  });
});
