import type { FormMatch } from '../../glossary/compile.js';
import type { Document, SourceSegment } from '../../input/document.js';
import { isFunctionWordOf } from '../../text/languages.js';
import { bareLetters, nameCloseness } from '../../text/name-similarity.js';
import { isCapitalized, tokenize, wordsOf, type Token } from '../../text/words.js';
import { defineRule, type RuleContext } from '../rule.js';
import { glossaryMatches } from '../support/glossary-matches.js';
import { sourceLanguage, translatedSegments } from '../support/source-segments.js';

const AUSTIN = [{ term: 'Lloyd Austin', type: 'person' as const, source: ['Lloyd Austin'] }];
const COUNCIL = [{ term: 'UN Security Council', type: 'organization' as const, variants: ['Security Council'], source: ['Consejo de Seguridad'] }];

export default defineRule({
  meta: {
    id: 'source/names',
    category: 'name',
    severity: 'error',
    summary: 'A name in the source that the translation leaves out or turns into another name.',
    rationale:
      'Machine translation renders names as words ("Yove chivalry") or swaps a letter that makes another person; ' +
      'the source shows which name was meant, and the glossary which form the house uses.',
    fix: 'suggestion',
    examples: {
      valid: [
        { text: 'Defense Secretary Lloyd Austin met Yoav Gallant.', source: 'El secretario de Defensa Lloyd Austin se reunió con Yoav Galant.' },
        { text: 'The Security Council called for a ceasefire.', source: 'El Consejo de Seguridad pidió un alto el fuego.', glossary: COUNCIL },
        { text: 'The United Nations Security Council met.', source: 'El Consejo de Seguridad de las Naciones Unidas se reunió.' },
      ],
      invalid: [
        {
          text: 'Defense Secretary Lloyd [[Justin]] spoke first.',
          source: 'El secretario de Defensa Lloyd Austin habló primero.',
          suggestions: ['Austin'],
        },
        {
          text: '[[The Pentagon chief spoke first.]]',
          source: 'Lloyd Austin, jefe del Pentágono, habló primero.',
          glossary: AUSTIN,
        },
        {
          text: '[[The council called for a ceasefire.]]',
          source: 'El Consejo de Seguridad pidió un alto el fuego.',
          glossary: COUNCIL,
        },
      ],
    },
  },
  check(doc, ctx) {
    const language = sourceLanguage(doc, ctx);
    for (const segment of translatedSegments(doc)) {
      const covered = checkGlossaryNames(doc, segment, glossaryMatches(doc, ctx), ctx);
      checkSourceNames(doc, segment, language, covered, ctx);
    }
  },
});

/** Glossary entries whose source form the source uses must appear in the translation in some form. */
function checkGlossaryNames(doc: Document, segment: SourceSegment, matches: readonly FormMatch[], ctx: RuleContext): Set<string> {
  const covered = new Set<string>();
  const sourceWords = wordsOf(segment.text).map(bareLetters);
  for (const entry of ctx.glossary.entries) {
    const form = entry.source.find((f) => containsWords(sourceWords, wordsOf(f).map(bareLetters)));
    if (!form) continue;
    for (const word of wordsOf(form)) covered.add(bareLetters(word));
    // Any form counts, even a wrong one: terms/forbidden and names/variant say what is wrong with it.
    if (matches.some((m) => m.entry === entry && m.start >= segment.start && m.end <= segment.end)) continue;
    ctx.report({
      start: segment.start,
      end: segment.end,
      category: entry.category,
      message: `The source names “${form}” here, but the translation has no “${entry.term}”`,
    });
  }
  return covered;
}

function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && words.some((_, i) => phrase.every((p, k) => words[i + k] === p));
}

/**
 * A name of two or more capitalised words in the source, some of whose words the translation has:
 * where another capitalised name stands in place of the rest, it was renamed ("Lloyd Justin").
 * A name none of whose words is there may be translated ("Naciones Unidas"), so it is left alone.
 */
function checkSourceNames(doc: Document, segment: SourceSegment, language: string | undefined, covered: Set<string>, ctx: RuleContext): void {
  const targetWords = tokenize(doc.text, segment.start, segment.end).filter((t) => t.kind === 'word');
  const lexicon = ctx.lexicon();
  const isCommonEnglish = (word: string): boolean => lexicon.isKnown(word) && !lexicon.isMostlyCapitalized(word);
  for (const name of sourceNames(segment.text, language)) {
    if (name.every((w) => covered.has(bareLetters(w)))) continue;
    const found = name.map((w) => targetWords.findIndex((t) => ['same', 'near'].includes(nameCloseness(t.text, w))));
    if (found.every((k) => k < 0)) continue;
    name.forEach((word, i) => {
      if (found[i]! >= 0) return;
      const anchor = nearestFound(found, i);
      const stand = targetWords[found[anchor]! + i - anchor];
      if (!stand || !isCapitalized(stand.text) || isCommonEnglish(stand.text) || nameCloseness(stand.text, word) !== 'far') return;
      ctx.report({
        start: stand.start,
        end: stand.end,
        message: `The source has “${name.join(' ')}”; “${stand.text}” is not that name`,
        suggestions: [{ replacement: word, description: 'the name in the source' }],
      });
    });
  }
}

/** The index of the found word nearest to word `i` of a name: the one the translation kept beside it. */
function nearestFound(found: readonly number[], i: number): number {
  let best = -1;
  found.forEach((k, j) => {
    if (k >= 0 && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
  });
  return best;
}

/** Runs of two to four capitalised words, side by side, that are not the language's function words. */
function sourceNames(text: string, language: string | undefined): string[][] {
  const names: string[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length >= 2 && run.length <= 4) names.push(run.map((t) => t.text));
    run = [];
  };
  for (const token of tokenize(text)) {
    const isNameWord = token.kind === 'word' && isCapitalized(token.text) && !(language && isFunctionWordOf(language, token.text));
    const last = run[run.length - 1];
    if (!isNameWord || (last && !/^\s+$/u.test(text.slice(last.end, token.start)))) flush();
    if (isNameWord) run.push(token);
  }
  flush();
  return names;
}
