import type { Document, Sentence, Token } from '../../input/document.js';
import { lowercaseFirst } from '../../text/case-shape.js';
import { brokenStartOf, type BrokenStart } from '../../text/sentence-start.js';
import { defineRule, type RuleContext } from '../rule.js';
import { articleNames } from '../support/article-names.js';
import { isCapitalExpected, proseSentences } from '../support/capital-context.js';
import { isSecondSubjectAt } from '../support/clause-breaks.js';
import { CAMEL_JOIN } from '../support/word-splits.js';

const QUOTES = /["“”«»]/u;

export default defineRule({
  meta: {
    id: 'fragment/sentence-fragment',
    category: 'fragment',
    severity: 'warning',
    summary: 'A sentence broken in two: a verbless piece, a relative clause cut off, or a second subject with no verb.',
    rationale:
      'Machine translation splits long source sentences at the wrong place and drops verbs: the pieces read as ' +
      'telegraphese (“…the political rift. Efforts to achieve a ceasefire.”) and sometimes change the meaning.',
    fix: 'suggestion',
    examples: {
      valid: [
        'The talks ended late on Friday. Negotiators said they would meet again next week.',
        'Where the river floods each spring, farmers have built levees. The work took years.',
        'Prime Minister Mark Rutte arrived in Kyiv. The visit had not been announced.',
        'Oil prices rose on Monday. Not by much, though, traders said.',
        'Brent crude (AP)',
        'The vote was close. In the end, however, the bill passed with two votes to spare.',
        'The minister resigned. According to the ministry, her deputy will take over on Monday.',
        'The bank raised rates again. Polls of public opinion show strong support for the plan.',
        'Exports fell in March. Corn and wheat supply most of the starch in the region.',
        'The results came out on Monday. Several analysts of the retail sector at McDonald’s said the figures were strong.',
        'Prices rose again in March. The popular videos of the cooking channel on YouTube drew millions of new viewers.',
      ],
      invalid: [
        { text: 'The ministers argued over the disputed [[border. Plans]] for a second crossing.' },
        {
          text: 'The army says it must enter [[Jenin. Where]] it believes the commanders are hiding.',
          suggestions: ['Jenin, where'],
        },
        {
          text: 'Talks stalled in [[Doha. Which]] prompted the mediators to leave on Sunday.',
          suggestions: ['Doha, which'],
        },
        { text: 'On Friday, the Italian premier Giorgia [[Meloni A]] brief trip to Tunis was postponed by a day.' },
        {
          text: 'The chain will open 40 stores in the south next [[year. Especially]] in Seville and Malaga.',
          suggestions: ['year, especially'],
        },
        {
          text: 'The probe landed in the desert on [[Sunday. Marking]] the first time that rocks have come back from there.',
          suggestions: ['Sunday, marking'],
        },
        { text: 'The money went to shell [[companies. After]] which it vanished abroad.', suggestions: ['companies, after'] },
        { text: 'Benfica finished the season in third [[place. Two]] points ahead of Braga.', suggestions: ['place, two'] },
      ],
    },
  },
  check(doc, ctx) {
    const sentences = proseSentences(doc, ctx);
    sentences.forEach((sentence, k) => {
      const previous = sentences[k - 1];
      if (previous && previous.block === sentence.block && endsWithStop(doc, previous)) reportBrokenStart(doc, ctx, previous, sentence);
      reportSecondSubjects(doc, ctx, sentence);
    });
  },
});

/** Does the sentence end with a full stop after a word, not after an abbreviation or an initial ("U.S.", "p.m.", "Pfc.")? */
function endsWithStop(doc: Document, sentence: Sentence): boolean {
  const last = doc.tokens[sentence.endToken - 2];
  if (doc.text.charAt(sentence.end - 1) !== '.' || last?.kind !== 'word' || doc.text.charAt(last.start - 1) === '.') return false;
  // "on November 27.": a date, not a list number ("Nov. 2.") or an initial.
  if (/^\d{2,}$/u.test(last.text)) return true;
  return /^\p{L}{3,}$/u.test(last.text) && (last.text.length > 3 || last.text === last.text.toLowerCase());
}

/** A sentence that cannot stand alone after the one before it: a relative clause, or a verbless phrase. */
function reportBrokenStart(doc: Document, ctx: RuleContext, previous: Sentence, sentence: Sentence): void {
  const tokens = tokensUpToRunTogether(doc, sentence);
  const text = doc.text.slice(sentence.start, sentence.end);
  const first = tokens[0];
  if (first?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(first.text) || !endsWithStop(doc, sentence)) return;
  const words = tokens.filter((t) => t.kind === 'word' || t.text === ',').map((t) => t.text);
  const kind = /[:;]/u.test(text) || QUOTES.test(text) ? undefined : brokenStartOf(words);
  if (!kind) return;
  const lastWord = doc.tokens[previous.endToken - 2]!;
  const joined = `${lastWord.text}, ${lowercaseFirst(first.text)}`;
  const suggestions = kind === 'verbless' ? [] : [{ replacement: joined, description: 'join the sentences' }];
  ctx.report({ start: lastWord.start, end: first.end, message: MESSAGES[kind](text, joined), suggestions });
}

const MESSAGES: Record<BrokenStart, (sentence: string, joined: string) => string> = {
  relative: (sentence, joined) => `“${sentence}” is a relative clause cut off from the sentence before it: write “${joined}”`,
  continuation: (sentence, joined) => `“${sentence}” has no verb and carries on the sentence before it: write “${joined}”`,
  verbless: (sentence) => `“${sentence}” has no verb: it reads as a piece of the sentence before it; join the two or give it a verb`,
};

function tokensUpToRunTogether(doc: Document, sentence: Sentence): Token[] {
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  // Two sentences run together ("hostagesThere is"), as join/run-together reads them: the first ends
  // there. A name with a capital inside ("McFeeley", "YouTube") is no such join.
  const joined = tokens.findIndex((t) => CAMEL_JOIN.test(t.text));
  return joined < 0 ? tokens : tokens.slice(0, joined + 1);
}

/** "Benjamin Netanyahu A high-level visit … was canceled": a name, then a new subject, with no verb between. */
function reportSecondSubjects(doc: Document, ctx: RuleContext, sentence: Sentence): void {
  const lexicon = ctx.lexicon();
  const names = articleNames(doc, ctx);
  for (let i = sentence.firstToken + 1; i < sentence.endToken; i++) {
    if (isCapitalExpected(doc, sentence, i) || !isSecondSubjectAt(doc, i, lexicon, names)) continue;
    const name = doc.tokens[i - 1]!;
    const determiner = doc.tokens[i]!;
    ctx.report({
      start: name.start,
      end: determiner.end,
      message: `“${name.text} ${determiner.text} …” starts a second subject with no verb between: a verb or a full stop was lost in translation`,
    });
  }
}
