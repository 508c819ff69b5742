import { defineRule } from '../rule.js';
import { entrySource } from '../support/glossary-matches.js';
import { glossaryNameVariants } from '../support/glossary-name-variants.js';

const LAPID = [{ term: 'Yair Lapid', type: 'person' as const, variants: ['Lapid'] }];
const SHEINBAUM = [{ term: 'Claudia Sheinbaum', type: 'person' as const }];
const AUSTIN = [{ term: 'Lloyd Austin', type: 'person' as const, variants: ['Austin'] }];
const GOMEZ = [{ term: 'Selena Gómez', type: 'person' as const }];
const HEZBOLLAH = [{ term: 'Hezbollah', type: 'organization' as const }];
const GAZA = [{ term: 'Gaza', type: 'place' as const }];
const SAFADI = [{ term: 'Ayman Safadi', type: 'person' as const }];

export default defineRule({
  meta: {
    id: 'names/variant',
    category: 'name',
    severity: 'error',
    summary: 'A glossary name spelled nearly right, or with its surname translated into a common word.',
    rationale:
      'Machine translation and transliteration garble names a letter at a time ("Galant" for "Gallant") or translate ' +
      'a surname that is also a word; a reader cannot tell, and a misspelt name is the correction a newsroom least wants to print.',
    fix: 'safe',
    examples: {
      valid: [
        { text: 'Opposition leader Yair Lapid spoke in the Knesset. Lapid warned of early elections.', glossary: LAPID },
        { text: 'Justin Trudeau met Lloyd Austin in Ottawa on Friday.', glossary: AUSTIN },
        { text: 'The report was rapid and thorough, said Austin.', glossary: AUSTIN },
        { text: 'Thousands of Gazans sheltered in schools in northern Gaza.', glossary: GAZA },
        { text: 'Foreign Minister Ayman Safadi met tour operators as Safari bookings fell.', glossary: SAFADI },
        { text: 'Mexico’s President Claudia Sheinbaum met Claudia Ruiz, a local mayor, in the capital.', glossary: SHEINBAUM },
      ],
      invalid: [
        {
          text: 'Former prime minister Yair [[Lapidd]] criticised the budget.',
          glossary: LAPID,
          suggestions: ['Lapid'],
          output: 'Former prime minister Yair Lapid criticised the budget.',
        },
        {
          text: 'Mexico’s President [[Claudio]] Sheinbaum and [[Sheinbaun]]’s cabinet arrived.',
          glossary: SHEINBAUM,
          suggestions: ['Claudia', 'Sheinbaum'],
          output: 'Mexico’s President Claudia Sheinbaum and Sheinbaum’s cabinet arrived.',
        },
        {
          text: 'Rockets fired by [[Hezbolah]] hit the town, and Hezbollah later claimed the attack.',
          glossary: HEZBOLLAH,
          suggestions: ['Hezbollah'],
          output: 'Rockets fired by Hezbollah hit the town, and Hezbollah later claimed the attack.',
        },
        {
          text: 'The singer Selena [[Gomez]] performed.',
          glossary: GOMEZ,
          suggestions: ['Gómez'],
          output: 'The singer Selena Gómez performed.',
        },
        {
          text: 'Mexico’s President [[Claudia sheepskin]] toured the border.',
          glossary: SHEINBAUM,
          suggestions: ['Claudia Sheinbaum'],
          output: 'Mexico’s President Claudia Sheinbaum toured the border.',
        },
      ],
    },
  },
  check(doc, ctx) {
    for (const variant of glossaryNameVariants(doc, ctx)) {
      const found = doc.text.slice(variant.start, variant.end);
      const what = variant.kind === 'translated' ? 'has its surname translated' : 'looks like a misspelling';
      ctx.report({
        start: variant.start,
        end: variant.end,
        message: `“${found}” ${what}: write “${variant.replacement}” (“${variant.entry.term}”, glossary: ${entrySource(variant.entry)})`,
        suggestions: [{ replacement: variant.replacement, description: 'house spelling' }],
        category: variant.entry.category,
        ...(variant.entry.severity ? { severity: variant.entry.severity } : {}),
        ...(variant.entry.note ? { note: variant.entry.note } : {}),
      });
    }
  },
});
