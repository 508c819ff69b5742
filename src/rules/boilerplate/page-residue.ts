import type { Document } from '../../input/document.js';
import { lineDeletionSpan, type Span } from '../../text/lines.js';
import { defineRule } from '../rule.js';
import { entrySource } from '../support/glossary-matches.js';
import { residueIndexOf } from '../support/residue-index.js';
import { residueLines } from '../support/residue-lines.js';

export default defineRule({
  meta: {
    id: 'boilerplate/page-residue',
    category: 'boilerplate',
    severity: 'error',
    summary: 'A line left over from the web page the article was scraped from: “Source link”, “Leave a Reply”, share buttons.',
    rationale:
      'Scrapers copy the page around the article too: widget headings, comment forms, share bars, cookie banners. ' +
      'Printed in the article they show the copy was pasted, not edited. The lines are data: the built-in pack ' +
      'packs/boilerplate/en.yaml and any glossary file with `category: boilerplate`. Past the last paragraph ' +
      'of prose, a headline after such a line is a teaser for another article and is flagged too (its deletion ' +
      'is suggested, not applied by --fix).',
    fix: 'safe',
    examples: {
      valid: [
        { text: 'Read more about the plan in our report.', packs: true },
        { text: 'Officials said they would share the findings.\n\nThe report is due next month.', packs: true },
        { text: 'The council voted to reopen the\nsource link\nbetween the two reservoirs.', packs: true },
        { text: 'Port strike ends\n\nDockers voted to return to work.\n\nReporting by Ana Ruiz', packs: true },
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
        {
          text: 'The plant will close in May.\n\n[[More on the topic]]\n\n[[Steel town: what the closure means for jobs]]',
          packs: true,
          output: 'The plant will close in May.',
        },
      ],
    },
  },
  check(doc, ctx) {
    const index = residueIndexOf(ctx.glossary);
    if (index.isEmpty) return;
    for (const { line, entry, isTeaser, isInTail } of residueLines(doc, index)) {
      const found = doc.text.slice(line.start, line.end);
      const what = isTeaser ? 'a teaser for another article, left over from the web page' : 'left over from the web page';
      ctx.report({
        start: line.start,
        end: line.end,
        message: `“${found}” is ${what}: delete the line (glossary: ${entrySource(entry)})`,
        // A teaser is recognised by its place, not listed: an editor confirms it.
        suggestions: [{ replacement: '', description: 'delete the line', ...deletionOf(doc, line, isInTail), ...(isTeaser ? { safe: false as const } : {}) }],
        category: entry.category,
        ...(entry.severity ? { severity: entry.severity } : {}),
        ...(entry.note ? { note: entry.note } : {}),
      });
    }
  },
});

/**
 * In plain text, the line with one adjacent run of line breaks (the one before it in the page's
 * tail, so that deleting a run of residue lines needs no second pass). In other formats the breaks
 * around a block are markup's (“<p>”, “## ”), which a text span cannot cover whole, so only the
 * words are deleted: an empty element is harmless, a half-deleted one is not.
 */
function deletionOf(doc: Document, line: Span, isInTail: boolean): Span {
  return doc.format === 'plain' ? lineDeletionSpan(doc.text, line.start, line.end, isInTail) : line;
}
