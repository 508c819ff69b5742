import type { GlossaryEntry } from '../../glossary/raw.js';
import type { Document } from '../../input/document.js';
import { lineDeletionSpan, linesIn, type Span } from '../../text/lines.js';
import { defineRule } from '../rule.js';
import { entrySource } from '../support/glossary-matches.js';
import { residueIndexOf, type ResidueIndex } from '../support/residue-index.js';

export default defineRule({
  meta: {
    id: 'boilerplate/page-residue',
    category: 'boilerplate',
    severity: 'error',
    summary: 'A line left over from the web page the article was scraped from: “Source link”, “Leave a Reply”, share buttons.',
    rationale:
      'Scrapers copy the page around the article too: widget headings, comment forms, share bars, cookie banners. ' +
      'Printed in the article they show the copy was pasted, not edited. The lines are data: the built-in pack ' +
      'packs/boilerplate/en.yaml and any glossary file with `category: boilerplate`.',
    fix: 'safe',
    examples: {
      valid: [
        { text: 'Read more about the plan in our report.', packs: true },
        { text: 'Officials said they would share the findings.\n\nThe report is due next month.', packs: true },
        { text: 'The council voted to reopen the\nsource link\nbetween the two reservoirs.', packs: true },
      ],
      invalid: [
        {
          text: 'The port reopened on Friday.\n\n[[Source link]]\n\nShipping resumed within hours.',
          packs: true,
          suggestions: [''],
          output: 'The port reopened on Friday.\n\nShipping resumed within hours.',
        },
        {
          text: 'Markets closed higher.\n\n[[Share post:]]\n\n[[Related Articles]]\n',
          packs: true,
          output: 'Markets closed higher.\n',
        },
        {
          text: 'Flooding cut the road north of the city.\n[[flooded-highway.jpg]]\nCrews worked through the night.',
          packs: true,
          output: 'Flooding cut the road north of the city.\nCrews worked through the night.',
        },
        {
          text: '[[Follow us on Telegram for the latest updates]]\n\nThe strike entered its third week.',
          packs: true,
          output: 'The strike entered its third week.',
        },
        { text: 'Turnout was low.\n\n[[Leave a Reply]]\n\n', packs: true, output: 'Turnout was low.\n\n' },
      ],
    },
  },
  check(doc, ctx) {
    const index = residueIndexOf(ctx.glossary);
    if (index.isEmpty) return;
    for (const block of doc.blocks) {
      for (const { line, entry } of residueLines(doc, linesIn(doc.text, block.start, block.end), index)) {
        const found = doc.text.slice(line.start, line.end);
        const deletion = deletionOf(doc, line);
        ctx.report({
          start: line.start,
          end: line.end,
          message: `“${found}” is left over from the web page: delete the line (glossary: ${entrySource(entry)})`,
          suggestions: [{ replacement: '', description: 'delete the line', ...deletion }],
          category: entry.category,
          ...(entry.severity ? { severity: entry.severity } : {}),
          ...(entry.note ? { note: entry.note } : {}),
        });
      }
    }
  },
});

/**
 * In plain text, the line with one adjacent run of line breaks. In other formats the breaks
 * around a block are markup's (“<p>”, “## ”), which a text span cannot cover whole, so only the
 * words are deleted: an empty element is harmless, a half-deleted one is not.
 */
function deletionOf(doc: Document, line: Span): Span {
  return doc.format === 'plain' ? lineDeletionSpan(doc.text, line.start, line.end) : line;
}

/**
 * The residue lines of one block. A block of one line is residue when the line is; in a block of
 * several lines, a line can also be a piece of a hard-wrapped sentence ("…reopen the\nsource
 * link\nbetween…"), so it counts only when it stands apart: the line before it is residue too
 * or ends a sentence, and the line after it does not continue it in lower case.
 */
function residueLines(doc: Document, lines: Span[], index: ResidueIndex): Array<{ line: Span; entry: GlossaryEntry }> {
  const found: Array<{ line: Span; entry: GlossaryEntry }> = [];
  let previousIsResidue = true;
  lines.forEach((line, i) => {
    const entry = index.entryFor(doc.text.slice(line.start, line.end));
    const standsApart = lines.length === 1 || ((previousIsResidue || endsSentence(doc, lines[i - 1]!)) && !startsLower(doc, lines[i + 1]));
    previousIsResidue = entry !== undefined && standsApart;
    if (entry && standsApart) found.push({ line, entry });
  });
  return found;
}

const endsSentence = (doc: Document, line: Span): boolean => /[.!?:;"”’)\]»]$/u.test(doc.text.slice(line.start, line.end));

const startsLower = (doc: Document, line: Span | undefined): boolean =>
  line !== undefined && /^\P{L}*\p{Ll}/u.test(doc.text.slice(line.start, Math.min(line.end, line.start + 20)));
