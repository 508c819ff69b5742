import type { GlossaryEntry } from '../../glossary/raw.js';
import type { Document } from '../../input/document.js';
import { linesIn, type Span } from '../../text/lines.js';
import type { ResidueIndex } from './residue-index.js';

/** A line of page residue: one a glossary lists, or a teaser headline in the widgets after one. */
export interface ResidueLine {
  line: Span;
  /** The listed entry; for a teaser, the entry of the residue line above it ("Related Articles"). */
  entry: GlossaryEntry;
  isTeaser: boolean;
  /** Is every line after it residue too (the page's tail)? */
  isInTail: boolean;
}

interface ClassifiedLine {
  line: Span;
  entry: GlossaryEntry | undefined;
  isHeadline: boolean;
}

/**
 * The residue lines of a document. Past the last paragraph of prose a scraped page holds only its
 * widgets: there a headline after a residue line ("More on the topic" / "Supplier crisis: what the
 * job cuts mean") is a teaser for another article, and residue too.
 */
export function residueLines(doc: Document, index: ResidueIndex): ResidueLine[] {
  const lines = doc.blocks.flatMap((block) => classifyBlock(doc, linesIn(doc.text, block.start, block.end), index));
  let tail = lines.length;
  while (tail > 0 && (lines[tail - 1]!.entry !== undefined || lines[tail - 1]!.isHeadline)) tail--;
  let above: GlossaryEntry | undefined;
  const found = lines.map(({ line, entry }, i): ResidueLine | undefined => {
    if (entry && i >= tail) above = entry;
    if (entry) return { line, entry, isTeaser: false, isInTail: false };
    return above ? { line, entry: above, isTeaser: true, isInTail: false } : undefined;
  });
  for (let i = found.length - 1; i >= 0 && found[i]; i--) found[i]!.isInTail = true;
  return found.filter((r): r is ResidueLine => r !== undefined);
}

/**
 * A block of one line is residue when the line is; in a block of several lines, a line can also
 * be a piece of a hard-wrapped sentence ("…reopen the\nsource link\nbetween…"), so it counts only
 * when it stands apart: the line before it is residue too or ends a sentence, and the line after
 * it does not continue it in lower case.
 */
function classifyBlock(doc: Document, lines: Span[], index: ResidueIndex): ClassifiedLine[] {
  let previousIsResidue = true;
  return lines.map((line, i) => {
    const text = doc.text.slice(line.start, line.end);
    const standsApart = lines.length === 1 || ((previousIsResidue || endsSentence(doc, lines[i - 1]!)) && !startsLower(doc, lines[i + 1]));
    const entry = standsApart ? index.entryFor(text) : undefined;
    previousIsResidue = entry !== undefined;
    return { line, entry, isHeadline: standsApart && isHeadline(text) };
  });
}

const endsSentence = (doc: Document, line: Span): boolean => /[.!?:;"”’)\]»]$/u.test(doc.text.slice(line.start, line.end));

const startsLower = (doc: Document, line: Span | undefined): boolean =>
  line !== undefined && /^\P{L}*\p{Ll}/u.test(doc.text.slice(line.start, Math.min(line.end, line.start + 20)));

/** A headline: starts with a capital or a digit, ends without a full stop, and is short. */
const isHeadline = (text: string): boolean =>
  /^["“‘'«]?[\p{Lu}\p{N}]/u.test(text) && !/[.!?…]["”’'»)]*$/u.test(text) && text.split(/\s+/u).length <= 20;
