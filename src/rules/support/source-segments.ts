import type { Document, SourceSegment } from '../../input/document.js';
import { guessLanguage } from '../../text/languages.js';
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
