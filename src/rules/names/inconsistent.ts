import { defineRule } from '../rule.js';
import { articleNameIssues, type NameIssue } from '../support/article-name-issues.js';
import { glossaryMatches } from '../support/glossary-matches.js';
import { glossaryNameVariants } from '../support/glossary-name-variants.js';

export default defineRule({
  meta: {
    id: 'names/inconsistent',
    category: 'name',
    severity: 'warning',
    summary: 'One name written two ways in one article: spelt, hyphenated or ordered otherwise, or with its surname translated.',
    rationale:
      'Transliteration and machine translation spell a name differently from one paragraph to the next; readers ' +
      'wonder whether two people or places are meant, and an editor has to pick one form. The glossary’s form, or ' +
      'else the article’s own majority, is the best guess.',
    fix: 'suggestion',
    examples: {
      valid: [
        'Hillary Clinton campaigned in Ohio while Bill Clinton stayed in New York. Clinton spoke twice.',
        'Mark Hanson and Erik Hansen, both engineers, signed the letter. Hanson declined to comment.',
        'Finance Minister Lars Moen met Lars Mohn, a union leader. Moen said the talks went well.',
        'Prosecutor Ana Ruiz filed charges. Ruiz said more would follow, and Ruiz thanked the police.',
        'Prime Minister Anna Lindqvist spoke first. Prime Minister Anna Lindqvist then met unions, and Lindqvist left. ' +
          'The former Prime Minister Olof Berggren stayed.',
      ],
      invalid: [
        {
          text: 'Vice Minister Yang Yonggang arrived on Monday and met the governor. Yang [[Yongkang]] left on Tuesday.',
          suggestions: ['Yonggang'],
        },
        {
          text: 'Kim Jong-un watched the launch. Kim Jong-un praised the crew; state media said [[Kim Jong Un]] was pleased.',
          suggestions: ['Kim Jong-un'],
        },
        {
          text: 'Health Minister Dariusz Wozniak opened the clinic. Wozniak said [[Darius]] Wozniak would return in May.',
          suggestions: ['Dariusz'],
        },
        {
          text: 'Ferries to Stornoway were cancelled. Stornoway harbour stayed shut. In [[Stornaway]], shops closed early.',
          suggestions: ['Stornoway'],
        },
        {
          text: 'Senator Irene Kowalczyk voted no. Kowalczyk explained why, and Senator [[Irene patience]] left early.',
          suggestions: ['Irene Kowalczyk'],
        },
        {
          text:
            'Prime Minister Tran Duc Thang opened the summit. Thang said trade would grow. Prime Minister Tran Duc Thang ' +
            'then met investors, and Prime Minister [[Chen Dezhang]] closed the day.',
          suggestions: ['Tran Duc Thang'],
        },
      ],
    },
  },
  check(doc, ctx) {
    // The glossary's names are names/variant's, its wrong forms terms/forbidden's, and a form it
    // accepts is never wrong; the glossary only sets the house spelling here.
    const taken: Array<{ start: number; end: number }> = [...glossaryNameVariants(doc, ctx), ...glossaryMatches(doc, ctx)];
    const issues: NameIssue[] = [];
    for (const issue of articleNameIssues(doc, ctx)) {
      if (taken.some((v) => v.start < issue.end && issue.start < v.end)) continue;
      taken.push(issue);
      issues.push(issue);
    }
    for (const issue of joinNeighbours(doc.text, issues)) {
      ctx.report({
        start: issue.start,
        end: issue.end,
        message: issue.message,
        suggestions: [{ replacement: issue.replacement, description: 'the article’s usual form' }],
      });
    }
  },
});

/** "Martin Ledezma" where the article writes "Martín Ledesma": two misspelt words of one name are one fix. */
function joinNeighbours(text: string, issues: NameIssue[]): NameIssue[] {
  const joined: NameIssue[] = [];
  for (const issue of [...issues].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (!last?.isWord || !issue.isWord || text.slice(last.end, issue.start) !== ' ') {
      joined.push(issue);
      continue;
    }
    const found = text.slice(last.start, issue.end);
    const replacement = `${last.replacement} ${issue.replacement}`;
    const message = `“${found}” is written “${replacement}” elsewhere in this article: write “${replacement}”`;
    joined[joined.length - 1] = { start: last.start, end: issue.end, replacement, message, isWord: true };
  }
  return joined;
}
