import type { Document, Sentence, Token } from '../../input/document.js';
import { lowercaseFirst } from '../../text/case-shape.js';
import { isFunctionWord, mayHaveFiniteVerb, opensNounPhrase } from '../../text/part-of-speech.js';
import { defineRule, type RuleContext } from '../rule.js';
import { articleNames } from '../support/article-names.js';
import { isCapitalExpected, proseSentences } from '../support/capital-context.js';
import { isSecondSubjectAt } from '../support/clause-breaks.js';

/** Openers of a relative clause, which cannot stand alone as a statement: "Rafah. Where he states…". */
const RELATIVE_OPENERS = new Set(['Where', 'Which', 'Whose', 'Whom']);
/** Words that add to a list in the sentence before: "… will open stores in the Northeast. Especially in Recife." */
const INCLUSION_OPENERS = new Set([
  'especially', 'particularly', 'mainly', 'mostly', 'chiefly', 'primarily', 'notably', 'namely', 'specifically',
  'including', 'excluding', 'except', 'such', 'like',
]);
/** "No further firing.", "Not for me.": a negation opens a fragment on purpose. */
const NEGATIONS = new Set(['no', 'not', 'never', 'nothing', 'none']);
/** A verbless "sentence" this short or this long is a label or a list, not a broken-off phrase. */
const FRAGMENT_WORDS = { min: 3, max: 25 };
const QUOTES = /["“”«»]/u;
/** A run of names ("Travelers Indemnity Co. and the Continental Casualty Co.") is a list, not a cut-off phrase. */
const MIN_LOWERCASE_CONTENT = 2;

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
  return /^\p{L}{3,}$/u.test(last.text) && (last.text.length > 3 || last.text === last.text.toLowerCase());
}

/** A sentence that cannot stand alone after the one before it: a relative clause, or a verbless phrase. */
function reportBrokenStart(doc: Document, ctx: RuleContext, previous: Sentence, sentence: Sentence): void {
  const words = doc.tokens.slice(sentence.firstToken, sentence.endToken).filter((t) => t.kind === 'word');
  const text = doc.text.slice(sentence.start, sentence.end);
  const first = words[0];
  if (!first || doc.tokens[sentence.firstToken] !== first || !/^\p{Lu}\p{Ll}/u.test(first.text) || !endsWithStop(doc, sentence)) return;
  if (/[:;\d]/u.test(text) || QUOTES.test(text)) return;
  const lastWord = doc.tokens[previous.endToken - 2]!;
  const span = { start: lastWord.start, end: first.end };
  const joined = `${lastWord.text}, ${lowercaseFirst(first.text)}`;
  const suggestions = [{ replacement: joined, description: 'join the sentences' }];
  if (RELATIVE_OPENERS.has(first.text) && !text.includes(',')) {
    ctx.report({ ...span, message: `“${first.text} …” is a relative clause cut off from the sentence before it: write “${joined}”`, suggestions });
  } else if (INCLUSION_OPENERS.has(first.text.toLowerCase()) && words.length >= FRAGMENT_WORDS.min && !mayHaveFiniteVerb(words.map((w) => w.text))) {
    ctx.report({ ...span, message: `“${text}” has no verb and goes on the sentence before it: write “${joined}”`, suggestions });
  } else if (opensNounPhrase(first.text) && !NEGATIONS.has(first.text.toLowerCase()) && isVerbless(words)) {
    ctx.report({ ...span, message: `“${text}” has no verb: it reads as a piece of the sentence before it; join the two or give it a verb` });
  }
}

/** A verbless noun phrase long enough to be cut off, with lowercase content words (not a list of names). */
function isVerbless(words: Token[]): boolean {
  if (words.length < FRAGMENT_WORDS.min || words.length > FRAGMENT_WORDS.max) return false;
  const lowercaseContent = words.filter((w) => w.text === w.text.toLowerCase() && !isFunctionWord(w.text));
  return lowercaseContent.length >= MIN_LOWERCASE_CONTENT && !mayHaveFiniteVerb(words.map((w) => w.text));
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
