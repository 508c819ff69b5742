import type { Document } from '../../input/document.js';
import { settledForm } from '../../text/majority.js';
import { bareLetters, foldName, nameCloseness } from '../../text/name-similarity.js';
import { defineRule, type RuleContext } from '../rule.js';
import { glossaryMatches } from '../support/glossary-matches.js';
import { glossaryNameVariants } from '../support/glossary-name-variants.js';
import { lastWord, personClusters, type PersonCluster } from '../support/name-clusters.js';
import { nameMentions, type NameMention } from '../support/name-mentions.js';
import { titleConflicts } from '../support/title-conflicts.js';
import { translatedSurnameOf } from '../support/translated-surname.js';

/** A span written one way where the article writes the same name another way. */
interface Inconsistency {
  start: number;
  end: number;
  replacement: string;
  message: string;
}

export default defineRule({
  meta: {
    id: 'names/inconsistent',
    category: 'name',
    severity: 'warning',
    summary: 'One person’s name written two ways in one article.',
    rationale:
      'Transliteration and machine translation spell a name differently from one paragraph to the next; readers ' +
      'wonder whether two people are meant, and an editor has to pick one form. The article’s own majority is the best guess.',
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
    // The glossary's names are names/variant's, its wrong forms terms/forbidden's; here they only set the house spelling.
    const forbidden = glossaryMatches(doc, ctx).filter((m) => m.role === 'forbidden');
    const glossaryOwned = [...glossaryNameVariants(doc, ctx), ...forbidden];
    const seen: Inconsistency[] = [];
    const issues = [...formIssues(doc, ctx), ...spellingIssues(doc, ctx), ...translatedIssues(doc, ctx), ...titleIssues(doc, ctx)];
    for (const issue of issues) {
      if ([...glossaryOwned, ...seen].some((v) => v.start < issue.end && issue.start < v.end)) continue;
      seen.push(issue);
      ctx.report({
        start: issue.start,
        end: issue.end,
        message: issue.message,
        suggestions: [{ replacement: issue.replacement, description: 'the article’s usual form' }],
      });
    }
  },
});

const surfaceOf = (doc: Document, m: NameMention): string => doc.text.slice(m.start, m.end).replace(/\s+/gu, ' ');

/** "Kim Jong Un" where the article mostly writes "Kim Jong-un": the same letters, spaced or hyphenated otherwise. */
function formIssues(doc: Document, ctx: RuleContext): Inconsistency[] {
  const byLetters = new Map<string, NameMention[]>();
  for (const m of nameMentions(doc, ctx)) {
    const key = bareLetters(surfaceOf(doc, m));
    byLetters.set(key, [...(byLetters.get(key) ?? []), m]);
  }
  return [...byLetters.values()].flatMap((group) => {
    const house = settledForm(group, (m) => surfaceOf(doc, m));
    return group.filter((m) => surfaceOf(doc, m) !== house).map((m) => spelledElsewhere(doc, m, house, house));
  });
}

/** A given name or surname spelled otherwise than in the rest of the same person's mentions. */
function spellingIssues(doc: Document, ctx: RuleContext): Inconsistency[] {
  return personClusters(doc, ctx).flatMap((person) => {
    const house = person.fullName;
    const givenNames = person.full.map((m) => m.words[0]!);
    const surnames = [...person.full, ...person.surnameOnly].map(lastWord);
    return [
      ...givenNames.filter((w) => w.text !== person.given).map((w) => spelledElsewhere(doc, w, person.given, house)),
      ...surnames.filter((w) => w.text !== person.surname).map((w) => spelledElsewhere(doc, w, person.surname, house)),
    ];
  });
}

/**
 * "Senator Irene patience" where the article names Senator Irene Kowalczyk: the surname
 * translated. The same title before the same given name is what says it is the same person.
 */
function translatedIssues(doc: Document, ctx: RuleContext): Inconsistency[] {
  const people = personClusters(doc, ctx);
  return nameMentions(doc, ctx).flatMap((mention): Inconsistency[] => {
    const surname = translatedSurnameOf(doc, mention, ctx.lexicon());
    if (!surname) return [];
    const given = mention.words[0]!.text;
    const matches = people.filter((p) => hasGivenName(p, given) && p.full.some((m) => titleHead(m) === titleHead(mention)));
    if (matches.length !== 1) return [];
    const house = matches[0]!.fullName;
    const found = doc.text.slice(mention.start, surname.end);
    return [{ start: mention.start, end: surname.end, replacement: house, message: `“${found}” looks like “${house}” with the surname translated: write “${house}”` }];
  });
}

/** "Prime Minister Fan Mingzheng" once where the article otherwise has Prime Minister Pham Minh Chinh. */
function titleIssues(doc: Document, ctx: RuleContext): Inconsistency[] {
  return titleConflicts(doc, ctx).map(({ mention, holder }) => {
    const house = holder.fullName;
    const found = doc.text.slice(mention.start, mention.end);
    const message = `“${found}” has the title this article otherwise gives “${house}”: if it is the same person, write “${house}”`;
    return { start: mention.start, end: mention.end, replacement: house, message };
  });
}

function spelledElsewhere(doc: Document, span: { start: number; end: number }, replacement: string, house: string): Inconsistency {
  const found = doc.text.slice(span.start, span.end);
  const where = house === replacement ? '' : ` (${house})`;
  return { start: span.start, end: span.end, replacement, message: `“${found}” is written “${replacement}” elsewhere in this article${where}: write “${replacement}”` };
}

const titleHead = (m: NameMention): string => m.title.split(' ').pop() ?? '';

function hasGivenName(person: PersonCluster, given: string): boolean {
  return person.full.some((m) => foldName(m.words[0]!.text) === foldName(given)) || nameCloseness(given, person.given) !== 'far';
}
