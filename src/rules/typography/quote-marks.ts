import { defineRule, type RuleReport } from '../rule.js';
import { matchesInBlocks } from '../support/block-matches.js';

/**
 * A quotation in another language's marks: « … » (French, Spanish, Italian, Russian), „ … “ or
 * „ … ” (German, Polish, Czech), ‹ … › and ‚ … ‘; the inside may be padded with (no-break) spaces,
 * French style. The pair is matched within one line, at most 300 characters apart.
 */
const FOREIGN_PAIR = /([«„‹‚])[ \u00A0\u202F]*([^«»„“”‹›‚\n]{1,300}?)[ \u00A0\u202F]*([»“”›‘])/gu;
const CLOSER_OF: Readonly<Record<string, string>> = { '«': '»', '„': '“”', '‹': '›', '‚': '‘' };
/** A name on its own: English does not quote company, party or ship names (Russian «Gazprom»). */
const LONE_NAME = /^\p{Lu}[\p{L}\p{N}-]*$/u;

export default defineRule({
  meta: {
    id: 'typography/quote-marks',
    category: 'typography',
    severity: 'warning',
    summary: 'Quotation marks of another language: « … », „ … “ for “ … ”.',
    rationale:
      'Machine translation keeps the source’s quotation marks. English uses “ ” (and ‘ ’ inside them), with no ' +
      'space inside; a company or party name that Russian or Ukrainian puts in quotation marks («Gazprom») stands ' +
      'bare in English, which is suggested and left to an editor.',
    fix: 'safe',
    examples: {
      valid: ['She called it “a reliable partnership” in Paris.', 'The «» keys on a French keyboard are next to each other.'],
      invalid: [
        { text: 'He called Paris [[« a reliable partner »]] for the region.', suggestions: ['“a reliable partner”'], output: 'He called Paris “a reliable partner” for the region.' },
        { text: 'Workers called it a [[„black day“]] for the town.', suggestions: ['“black day”'], output: 'Workers called it a “black day” for the town.' },
        { text: 'The firm [[«Uralneftegaz»]] won the tender.', suggestions: ['Uralneftegaz'], output: 'The firm Uralneftegaz won the tender.' },
      ],
    },
  },
  check(doc, ctx) {
    for (const { match, start } of matchesInBlocks(doc, FOREIGN_PAIR)) {
      const [whole, opener, inside, closer] = match as unknown as [string, string, string, string];
      if (!CLOSER_OF[opener]!.includes(closer)) continue;
      ctx.report(reportFor(start, whole, opener, inside.trimEnd()));
    }
  },
});

function reportFor(start: number, whole: string, opener: string, inside: string): RuleReport {
  const [open, close] = opener === '‹' || opener === '‚' ? ['‘', '’'] : ['“', '”'];
  const quoted = `${open}${inside}${close}`;
  const isName = open === '“' && LONE_NAME.test(inside);
  return {
    start,
    end: start + whole.length,
    message: isName
      ? `“${whole}”: English does not quote a name in « »; write “${inside}” (or “${quoted}” if it is a quotation)`
      : `“${whole}” uses another language’s quotation marks: write “${quoted}”`,
    suggestions: isName
      ? [{ replacement: inside, description: 'the name alone', safe: false }, { replacement: quoted, description: 'English quotation marks' }]
      : [{ replacement: quoted, description: 'English quotation marks' }],
  };
}
