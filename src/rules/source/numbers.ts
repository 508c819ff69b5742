import { englishMonth, monthsIn } from '../../text/months.js';
import { englishDigits, numbersIn } from '../../text/numbers.js';
import { defineRule } from '../rule.js';
import { repeatsSource, sourceLanguage, targetText, translatedSegments } from '../support/source-segments.js';

export default defineRule({
  meta: {
    id: 'source/numbers',
    category: 'number',
    severity: 'error',
    summary: 'A number or a month in the source that the translation leaves out or changes.',
    rationale:
      'Vote counts, casualties, dates and sums are what readers quote; machine translation drops a clause ' +
      '("and one abstention") or garbles a figure without any sign in the English.',
    fix: 'suggestion',
    examples: {
      valid: [
        { text: 'The resolution passed with 14 votes in favor and none against.', source: 'La resolución se aprobó con 14 votos a favor y ninguno en contra.' },
        { text: 'Aid worth 1,500 million dollars arrived on March 26.', source: 'Llegó ayuda por valor de 1.500 millones de dólares el 26 de marzo.' },
        { text: 'Fourteen members voted for it, two abstained.', source: 'Catorce miembros votaron a favor y dos se abstuvieron.' },
        { text: 'The talks took place on March 26, 2024.', source: 'Las conversaciones tuvieron lugar el 26 de marzo de 2024.' },
      ],
      invalid: [
        {
          text: 'The resolution passed with [[13]] votes in favor.',
          source: 'La resolución se aprobó con 14 votos a favor.',
          suggestions: ['14'],
        },
        {
          text: 'The talks took place on [[April]] 26, 2024.',
          source: 'Las conversaciones tuvieron lugar el 26 de marzo de 2024.',
          suggestions: ['March'],
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
      const inSource = factsIn(segment.text, language);
      const inTarget = factsIn(targetText(doc, segment), 'en').map((f) => ({ ...f, start: f.start + segment.start, end: f.end + segment.start }));
      const changed = unmatched(inTarget, inSource);
      for (const expected of unmatched(inSource, inTarget)) {
        // A changed figure is one of the same kind written where the source's is missing.
        const k = changed.findIndex((f) => f.kind === expected.kind);
        const written = k >= 0 ? changed.splice(k, 1)[0]! : undefined;
        if (written) {
          ctx.report({
            start: written.start,
            end: written.end,
            message: `The source has ${spell(expected)} here, not ${spell(written)}`,
            suggestions: [{ replacement: spell(expected), description: `the ${expected.kind} in the source` }],
          });
        } else {
          ctx.report({
            start: segment.start,
            end: segment.end,
            message: `The source says “${phraseAt(segment.text, expected)}” here; the translation has no ${spell(expected)}`,
          });
        }
      }
    }
  },
});

/** A number or a month a passage states: what a translation must keep. */
interface Fact {
  kind: 'number' | 'month';
  value: number;
  start: number;
  end: number;
}

function factsIn(text: string, language: string): Fact[] {
  return [
    ...numbersIn(text, language).map((n): Fact => ({ kind: 'number', ...n })),
    ...monthsIn(text, language).map((m): Fact => ({ kind: 'month', value: m.month, start: m.start, end: m.end })),
  ];
}

const spell = (fact: Fact): string => (fact.kind === 'month' ? englishMonth(fact.value) : englishDigits(fact.value));

/** The fact with the words after it that say what it counts: "1 abstención". */
function phraseAt(text: string, fact: Fact): string {
  const after = /^(?:\s+[\p{L}\p{N}]+){0,2}/u.exec(text.slice(fact.end))?.[0] ?? '';
  return text.slice(fact.start, fact.end) + after;
}

/** The facts of `these` with no equal one left in `those`, each counted as often as it is written. */
function unmatched(these: readonly Fact[], those: readonly Fact[]): Fact[] {
  const left = those.map((f) => `${f.kind}:${f.value}`);
  return these.filter((f) => {
    const k = left.indexOf(`${f.kind}:${f.value}`);
    if (k >= 0) left.splice(k, 1);
    return k < 0;
  });
}
