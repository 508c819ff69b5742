import { defineRule } from '../rule.js';
import { reportForbiddenForms } from '../support/glossary-matches.js';

const GALLANT = [{ term: 'Yoav Gallant', type: 'person' as const, variants: ['Gallant'], forbidden: ['Galant', 'Yove Gallant'] }];
const KYIV = [{ term: 'Kyiv', type: 'place' as const, forbidden: ['Kiev'] }];
const CEASEFIRE = [{ term: 'ceasefire', forbidden: ['cease-fire'] }];

export default defineRule({
  meta: {
    id: 'terms/forbidden',
    category: 'term',
    severity: 'error',
    summary: 'A name or term written in a form the glossary lists as wrong.',
    rationale:
      'The glossary records the wrong forms editors have already caught (old transliterations, misspellings, ' +
      'retired names); each one in print is a correction waiting to happen.',
    fix: 'safe',
    examples: {
      valid: [
        { text: 'Defense Minister Yoav Gallant met Lloyd Austin. Gallant said little.', glossary: GALLANT },
        { text: 'The gallantry of the crew was praised.', glossary: GALLANT },
        { text: 'Officials in Kyiv said the talks would resume.', glossary: KYIV },
      ],
      invalid: [
        {
          text: 'Defense Minister [[Galant]] arrived in Washington.',
          glossary: GALLANT,
          suggestions: ['Yoav Gallant'],
          output: 'Defense Minister Yoav Gallant arrived in Washington.',
        },
        {
          text: '[[Yove Gallant]] spoke first, then [[Galant]]’s aide.',
          glossary: GALLANT,
          suggestions: ['Yoav Gallant', 'Yoav Gallant'],
          output: 'Yoav Gallant spoke first, then Yoav Gallant’s aide.',
        },
        {
          text: 'Yoav [[Galant]] spoke while aides to [[Yove Gallant]] listened.',
          glossary: GALLANT,
          suggestions: ['Gallant', 'Yoav Gallant'],
          output: 'Yoav Gallant spoke while aides to Yoav Gallant listened.',
        },
        {
          text: 'President Tayyip [[Erdogan]] replied.',
          glossary: [{ term: 'Recep Tayyip Erdoğan', type: 'person', forbidden: ['Erdogan'] }],
          suggestions: ['Erdoğan'],
          output: 'President Tayyip Erdoğan replied.',
        },
        { text: 'Shelling hit [[Kiev]] overnight.', glossary: KYIV, suggestions: ['Kyiv'], output: 'Shelling hit Kyiv overnight.' },
        {
          text: '[[Cease-fire]] talks stalled; two [[cease-fire]]s had failed.',
          glossary: CEASEFIRE,
          suggestions: ['Ceasefire', 'ceasefire'],
          output: 'Ceasefire talks stalled; two ceasefires had failed.',
        },
      ],
    },
  },
  check(doc, ctx) {
    reportForbiddenForms(doc, ctx, (entry) => entry.category === 'name' || entry.category === 'term', 'house form');
  },
});
