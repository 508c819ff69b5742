import { englishDigits, numbersIn, type NumberMention } from '../../text/numbers.js';
import { defineRule } from '../rule.js';
import { repeatsSource, sourceLanguage, targetText, translatedSegments } from '../support/source-segments.js';

export default defineRule({
  meta: {
    id: 'source/numbers',
    category: 'number',
    severity: 'error',
    summary: 'A number in the source that the translation leaves out or changes.',
    rationale:
      'Vote counts, casualties, dates and sums are what readers quote; machine translation drops a clause ' +
      '("and one abstention") or garbles a figure without any sign in the English.',
    fix: 'suggestion',
    examples: {
      valid: [
        { text: 'The resolution passed with 14 votes in favor and none against.', source: 'La resolución se aprobó con 14 votos a favor y ninguno en contra.' },
        { text: 'Aid worth 1,500 million dollars arrived on March 26.', source: 'Llegó ayuda por valor de 1.500 millones de dólares el 26 de marzo.' },
        { text: 'Fourteen members voted for it, two abstained.', source: 'Catorce miembros votaron a favor y dos se abstuvieron.' },
      ],
      invalid: [
        {
          text: 'The resolution passed with [[13]] votes in favor.',
          source: 'La resolución se aprobó con 14 votos a favor.',
          suggestions: ['14'],
        },
        {
          text: '[[The resolution passed with 14 votes in favor and none against.]]',
          source: 'La resolución se aprobó con 14 votos a favor, ninguno en contra y 1 abstención.',
        },
      ],
    },
  },
  check(doc, ctx) {
    const language = sourceLanguage(doc, ctx) ?? 'es';
    // A passage left in the source language is source/untranslated's; its number words are not English.
    for (const segment of translatedSegments(doc).filter((s) => !repeatsSource(doc, s))) {
      const inSource = numbersIn(segment.text, language);
      const inTarget = numbersIn(targetText(doc, segment), 'en').map((n) => ({ ...n, start: n.start + segment.start, end: n.end + segment.start }));
      const missing = unmatched(inSource, inTarget);
      const changed = unmatched(inTarget, inSource);
      missing.forEach((expected, k) => {
        const written = changed[k];
        if (written) {
          ctx.report({
            start: written.start,
            end: written.end,
            message: `The source has ${englishDigits(expected.value)} here, not ${englishDigits(written.value)}`,
            suggestions: [{ replacement: englishDigits(expected.value), description: 'the number in the source' }],
          });
        } else {
          ctx.report({
            start: segment.start,
            end: segment.end,
            message: `The source says “${phraseAt(segment.text, expected)}” here; the translation has no ${englishDigits(expected.value)}`,
          });
        }
      });
    }
  },
});

/** The number with the words after it that say what it counts: "1 abstención". */
function phraseAt(text: string, n: NumberMention): string {
  const after = /^(?:\s+[\p{L}\p{N}]+){0,2}/u.exec(text.slice(n.end))?.[0] ?? '';
  return text.slice(n.start, n.end) + after;
}

/** The numbers of `these` with no equal value left in `those`, each value counted as often as it is written. */
function unmatched(these: readonly NumberMention[], those: readonly NumberMention[]): NumberMention[] {
  const left = those.map((n) => n.value);
  return these.filter((n) => {
    const k = left.indexOf(n.value);
    if (k >= 0) left.splice(k, 1);
    return k < 0;
  });
}
