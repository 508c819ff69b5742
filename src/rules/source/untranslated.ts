import type { Document, SourceSegment } from '../../input/document.js';
import { isFunctionWordOf, LANGUAGE_NAMES } from '../../text/languages.js';
import { wordsOf } from '../../text/words.js';
import { defineRule, type RuleContext } from '../rule.js';
import { repeatsSource, sourceLanguage, translatedSegments } from '../support/source-segments.js';

/** A sentence this long with this many source-language function words in it was not translated. */
const MIN_WORDS = 4;
const MIN_FOREIGN = 3;
const MIN_FOREIGN_SHARE = 0.3;
/** Function words of the source language that are rare in English ("de", "que"; not "a", "no"). */
const MAX_ENGLISH_COUNT = 20000;

export default defineRule({
  meta: {
    id: 'source/untranslated',
    category: 'untranslated',
    severity: 'error',
    summary: 'A passage left in the source language: the target repeats the source, or a sentence is still in it.',
    rationale:
      'Machine translation passes through what it cannot parse, and a CMS import can keep the original ' +
      'paragraph; either way readers get a sentence in another language.',
    fix: 'none',
    examples: {
      valid: [
        { text: 'Israel says it cannot defeat Hamas without entering Rafah.', source: 'Israel dice que no puede derrotar a Hamás sin entrar en Rafah.' },
        { text: 'Officials in Los Angeles and San Diego agreed.', source: 'Los funcionarios de Los Ángeles y San Diego estuvieron de acuerdo.' },
      ],
      invalid: [
        {
          text: '[[Israel dice que no puede derrotar a Hamás sin entrar en Rafah.]]',
          source: 'Israel dice que no puede derrotar a Hamás sin entrar en Rafah.',
        },
        {
          text: 'The vote passed. [[La resolución fue aprobada por el consejo de seguridad.]]',
          source: 'La votación salió adelante. La resolución fue aprobada por el consejo de seguridad.',
        },
      ],
    },
  },
  check(doc, ctx) {
    const language = sourceLanguage(doc, ctx);
    for (const segment of translatedSegments(doc)) {
      if (repeatsSource(doc, segment)) {
        ctx.report({ start: segment.start, end: segment.end, message: 'This passage is the source text, left untranslated' });
      } else if (language && language !== 'en') reportForeignSentences(doc, segment, language, ctx);
    }
  },
});

function reportForeignSentences(doc: Document, segment: SourceSegment, language: string, ctx: RuleContext): void {
  const lexicon = ctx.lexicon();
  const isForeign = (word: string): boolean => isFunctionWordOf(language, word) && lexicon.count(word) < MAX_ENGLISH_COUNT;
  for (const sentence of doc.sentences) {
    if (sentence.start < segment.start || sentence.end > segment.end) continue;
    const words = wordsOf(doc.text.slice(sentence.start, sentence.end));
    const foreign = words.filter(isForeign).length;
    if (words.length >= MIN_WORDS && foreign >= MIN_FOREIGN && foreign / words.length >= MIN_FOREIGN_SHARE) {
      ctx.report({ start: sentence.start, end: sentence.end, message: `This sentence looks left in ${LANGUAGE_NAMES[language] ?? language}` });
    }
  }
}
