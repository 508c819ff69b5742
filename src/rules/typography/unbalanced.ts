import type { Block, Document } from '../../input/document.js';
import { unpairedMarks, type UnpairedMark } from '../../text/paired-marks.js';
import { defineRule } from '../rule.js';

const OPENING_QUOTE_AT_START = /^["“«]/u;

export default defineRule({
  meta: {
    id: 'typography/unbalanced',
    category: 'typography',
    severity: 'warning',
    summary: 'A quotation mark, parenthesis or bracket with no partner in its paragraph.',
    rationale:
      'An unclosed quote leaves the reader unsure where the speaker stops, which in news is a question of ' +
      'attribution. Extraction and machine translation drop the closing mark with the text around it. A quote ' +
      'that runs on into the next paragraph is left open by convention when that paragraph opens with a quote ' +
      'mark, and is not flagged; nor is a quote or aside left open at the end of a paragraph that ends a ' +
      'sentence, whose extent is plain. Apostrophes and single quotes are not checked.',
    fix: 'none',
    examples: {
      valid: [
        'The minister said the plan was “a first step” and would be reviewed (in June).',
        '“We will not leave,” she said. “This is our land.\n\n“Our parents are buried here,” she added.',
        'He said "the talks are over" and left.',
        'Options were: a) delay the vote, b) cancel it.',
        'The 12" pipe burst overnight.',
        'The envoy was blunt. “We are not leaving. Our people need us here.',
        'Police said the suspect (a 34-year-old man from Lille had been released.',
      ],
      invalid: [
        { text: 'The mayor called the plan [[“]]a betrayal[[»]] and left the meeting.' },
        { text: 'Police hold suspect [[(]]34, from Lille' },
        { text: 'Officials said[[”]] the border will stay shut.' },
        { text: 'Protesters chant [["]]free the hostages outside parliament\n\nThe march was peaceful.' },
        { text: 'Prices rose sharply [[)]] in March.\n\nThe bank held rates.' },
      ],
    },
  },
  check(doc, ctx) {
    doc.blocks.forEach((block, index) => {
      const marks = unpairedMarks(doc.text, block.start, block.end);
      for (const mark of marks) {
        const isExcused =
          isOpenToTheEnd(marks, mark) && ((mark.kind === 'quote' && continuesIntoNext(doc, index)) || runsToEnd(doc, block, mark));
        if (!isExcused) ctx.report({ start: mark.offset, end: mark.offset + 1, message: messageFor(mark) });
      }
    });
  },
});

/** The paragraph's last unpaired mark, if it opens: what it opens runs on to the paragraph's end. */
function isOpenToTheEnd(marks: UnpairedMark[], mark: UnpairedMark): boolean {
  return mark === marks.at(-1) && mark.side === 'opening';
}

/** Does the next paragraph open with a quote mark, continuing a quote left open in this one? */
function continuesIntoNext(doc: Document, index: number): boolean {
  const next = doc.blocks[index + 1];
  return next !== undefined && OPENING_QUOTE_AT_START.test(doc.text.slice(next.start, next.start + 1));
}

/**
 * Is a mark left open to the end of a paragraph that ends a sentence plainly meant to run there?
 * Yes when it opens a sentence (or follows “he said,”), or when no sentence starts after it. One
 * opened inside a sentence quotes a phrase (alias “el Turco, 34, …): left open past that sentence,
 * where it ends is anyone's guess.
 */
function runsToEnd(doc: Document, block: Block, mark: UnpairedMark): boolean {
  if (!/[.!?…]["”»)\]]*$/u.test(doc.text.slice(block.start, block.end))) return false;
  const before = doc.text.slice(block.start, mark.offset).trimEnd();
  return before === '' || /[.!?:,;—–-]["”’)\]]*$/u.test(before) || !doc.sentences.some((s) => s.start > mark.offset && s.start < block.end);
}

function messageFor(mark: UnpairedMark): string {
  const what = mark.kind === 'quote' ? 'quotation mark' : mark.char === '(' || mark.char === ')' ? 'parenthesis' : 'bracket';
  return mark.side === 'opening'
    ? `This opening ${what} is not closed in its paragraph: close it where the ${mark.kind === 'quote' ? 'quote' : 'aside'} ends, or remove it`
    : `This closing ${what} has no opening one in its paragraph: add the opening mark where the ${mark.kind === 'quote' ? 'quote' : 'aside'} begins, or remove it`;
}
