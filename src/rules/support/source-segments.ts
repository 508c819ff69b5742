import type { Document, SourceSegment } from '../../input/document.js';
import { guessLanguage } from '../../text/languages.js';
import { wordsOf } from '../../text/words.js';
import type { RuleContext } from '../rule.js';

/** The source segments that have a translation to compare with (a dropped paragraph has none). */
export function translatedSegments(doc: Document): SourceSegment[] {
  return (doc.sourceSegments ?? []).filter((s) => s.end > s.start);
}

/** The source's language: as the file declares it, else as its words say; shared by the source rules. */
export function sourceLanguage(doc: Document, ctx: RuleContext): string | undefined {
  return ctx.shared('source-language', () => doc.sourceLanguage ?? guessLanguage((doc.sourceSegments ?? []).map((s) => s.text).join(' ')));
}

/** The target's text for a segment. */
export function targetText(doc: Document, segment: SourceSegment): string {
  return doc.text.slice(segment.start, segment.end);
}

const comparable = (text: string): string => wordsOf(text).join(' ').toLowerCase();

/** The target is the source again, word for word: more than a name or a figure left as it was. */
export function repeatsSource(doc: Document, segment: SourceSegment): boolean {
  const words = wordsOf(targetText(doc, segment));
  const isOnlyNames = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return words.length >= 3 && !isOnlyNames && comparable(targetText(doc, segment)) === comparable(segment.text);
}
