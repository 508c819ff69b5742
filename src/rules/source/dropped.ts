import type { Document, SourceSegment } from '../../input/document.js';
import { splitSentences } from '../../text/sentences.js';
import { wordsOf } from '../../text/words.js';
import { defineRule } from '../rule.js';
import { targetText } from '../support/source-segments.js';

/** Below this many source words a length comparison says nothing. */
const MIN_SOURCE_WORDS = 12;
/** Translations into English run at about 0.85–1.1 of the source's words; far below is a gap. */
const SHORT_SHARE = 0.5;
const FEWER_SENTENCES_SHARE = 0.8;

export default defineRule({
  meta: {
    id: 'source/dropped',
    category: 'untranslated',
    severity: 'warning',
    summary: 'A translation much shorter than its source, or a source paragraph with no translation: text was dropped.',
    rationale:
      'Machine translation and copy-paste both lose sentences silently; only a comparison with the source shows ' +
      'that a quote or a qualification is gone.',
    fix: 'none',
    examples: {
      valid: [
        {
          text: 'Israel says it cannot defeat Hamas without entering Rafah, where it says four battalions remain.',
          source: 'Israel afirma que no puede derrotar a Hamás sin entrar en Rafah, donde asegura que quedan cuatro batallones.',
        },
      ],
      invalid: [
        {
          text: '[[Israel says it cannot defeat Hamas without entering Rafah.]]',
          source: 'Israel afirma que no puede derrotar a Hamás sin entrar en Rafah. Sostiene que el grupo tiene allí cuatro batallones con miles de combatientes.',
        },
        {
          text: '[[The vote passed.]]\n\nNetanyahu canceled the visit.',
          source: 'La votación salió adelante.\n\nEstados Unidos se abstuvo y decidió no usar su derecho de veto en el Consejo de Seguridad.\n\nNetanyahu canceló la visita.',
        },
      ],
    },
  },
  check(doc, ctx) {
    for (const segment of doc.sourceSegments ?? []) {
      if (segment.end === segment.start) {
        const block = [...doc.blocks].reverse().find((b) => b.end <= segment.start) ?? doc.blocks.find((b) => b.start >= segment.start);
        if (block) ctx.report({ start: block.start, end: block.end, message: `The source has a paragraph next to this one that the translation leaves out: “${opening(segment.text)}”` });
      } else {
        const shortfall = shortfallOf(doc, segment);
        if (shortfall) ctx.report({ start: segment.start, end: segment.end, message: shortfall });
      }
    }
  },
});

/** Why the translation of a segment looks cut short, if it does. */
function shortfallOf(doc: Document, segment: SourceSegment): string | undefined {
  const sourceWords = wordsOf(segment.text).length;
  if (sourceWords < MIN_SOURCE_WORDS) return undefined;
  const share = wordsOf(targetText(doc, segment)).length / sourceWords;
  const sourceSentences = splitSentences(segment.text).length;
  const targetSentences = doc.sentences.filter((s) => s.start >= segment.start && s.end <= segment.end).length;
  const percent = Math.round(share * 100);
  if (targetSentences < sourceSentences && share < FEWER_SENTENCES_SHARE) {
    return `The translation has ${targetSentences} of the source’s ${sourceSentences} sentences here and ${percent}% of its words: a sentence may have been dropped`;
  }
  return share < SHORT_SHARE ? `The translation has ${percent}% of the source’s words here: part of it may have been dropped` : undefined;
}

/** The first words of a passage, to say which one is meant. */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}
