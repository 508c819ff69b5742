import type { FormMatch } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import type { Document } from '../../input/document.js';
import { defineRule } from '../rule.js';
import { entrySource, reportForbiddenForms } from '../support/glossary-matches.js';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const STATE_OF_EMERGENCY = [{ term: 'state of emergency', type: 'phrase' as const, forbidden: ['state of exception'] }];

export default defineRule({
  meta: {
    id: 'phrasing/calque',
    category: 'phrasing',
    severity: 'warning',
    summary: 'A phrase translated word for word from the source language: “this Tuesday” for “on Tuesday”, “the mandatary”.',
    rationale:
      'Machine translation carries the source’s idiom over: Spanish “este martes” becomes “this Tuesday” for a day ' +
      'already past, “el mandatario” becomes “the mandatary”. Readers understand, but it marks the copy as translated. ' +
      'The calques are data: the built-in packs packs/phrasing/*.yaml and glossary entries of type phrase. Some are ' +
      'English in the future (“will meet this Tuesday”), so those listed in `rightInFuture` are not flagged in a ' +
      'sentence with one of the `futureMarkers`.',
    fix: 'suggestion',
    options: {
      rightInFuture: [`this (?:${WEEKDAYS})`],
      futureMarkers: ['will', 'won[’\']t', 'shall', '\\p{L}+[’\']ll', 'going to', 'plans? to', 'planning to', '(?:is|are) expected to', 'scheduled', 'to be held'],
    },
    examples: {
      valid: [
        { text: 'Ministers will meet in Brussels this Thursday to discuss the budget.', packs: true },
        { text: 'The runoff is scheduled for this Sunday, officials said.', packs: true },
        { text: 'This Friday’s deadline was set by the court.', packs: true },
        { text: 'The government declared a state of emergency in three provinces.', glossary: STATE_OF_EMERGENCY },
      ],
      invalid: [
        { text: 'The foreign minister arrived in Lima [[this Wednesday]] for talks.', packs: true, suggestions: ['on Wednesday'] },
        { text: '[[This Friday]], the central bank raised its key rate again.', packs: true, suggestions: ['On Friday'] },
        { text: 'Aides said [[the mandatary]] had not been told of the raid.', packs: true, suggestions: ['the president'] },
        {
          text: 'The cabinet declared a [[state of exception]] in the north.',
          glossary: STATE_OF_EMERGENCY,
          suggestions: ['state of emergency'],
          output: 'The cabinet declared a state of emergency in the north.',
        },
      ],
    },
  },
  check(doc, ctx) {
    const rightInFuture = (ctx.options['rightInFuture'] as string[]).map((p) => new RegExp(`^(?:on )?(?:${p})$`, 'iu'));
    const future = wordsPattern(ctx.options['futureMarkers'] as string[]);
    const isRightHere = (match: FormMatch): boolean =>
      rightInFuture.some((p) => p.test(doc.text.slice(match.start, match.end))) && future.test(sentenceText(doc, match.start));
    // Matches come by start, the longer first: one inside a calque already reported ("Thursday-fair"
    // in "this Thursday-fair") is the same mistake and is left out.
    let reportedUntil = -1;
    const isOwn = (entry: GlossaryEntry, match: FormMatch): boolean => {
      if (entry.category !== 'phrasing' || match.end <= reportedUntil || isRightHere(match)) return false;
      reportedUntil = match.end;
      return true;
    };
    reportForbiddenForms(
      doc,
      ctx,
      isOwn,
      'idiomatic English',
      (found, replacement, entry) => `“${found}” is a word-for-word translation: write “${replacement}” (glossary: ${entrySource(entry)})`,
    );
  },
});

/** Any of `patterns` as a whole word or phrase, ignoring case; nothing at all for an empty list. */
function wordsPattern(patterns: string[]): RegExp {
  if (patterns.length === 0) return /(?!)/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The text of the sentence holding `offset` (the sentences are in order). */
function sentenceText(doc: Document, offset: number): string {
  const { sentences } = doc;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const sentence = sentences[lo];
  return sentence ? doc.text.slice(sentence.start, sentence.end) : '';
}
