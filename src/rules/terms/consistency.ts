import type { Document, Sentence } from '../../input/document.js';
import { matchCaseShape } from '../../text/case-shape.js';
import { groupBy } from '../../text/group-by.js';
import { settledForm } from '../../text/majority.js';
import { spellingOfWritten } from '../../text/spelling-variants.js';
import { isCapitalized } from '../../text/words.js';
import { defineRule, type RuleContext } from '../rule.js';
import { glossaryMatches } from '../support/glossary-matches.js';
import { firstCovering } from '../support/span-cover.js';

/** One word as written, with the word it spells and how. */
interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** The word it spells; a capitalised one mid-sentence is part of a name, keyed with the word after it. */
  key: string;
  style: string;
  /** The same word spelt the other way, this occurrence's ending kept. */
  other: string;
  /** Is it a form the glossary accepts? Then its spelling is the house one. */
  accepted: boolean;
}

export default defineRule({
  meta: {
    id: 'terms/consistency',
    category: 'term',
    severity: 'warning',
    summary: 'One word spelt two ways in one article: American and British, or hyphenated and closed.',
    rationale:
      'Translations assembled from several sources, or post-edited by several people, mix defense and defence, ' +
      'cease-fire and ceasefire; a newsroom spells a word one way. The article’s own majority (or the glossary) decides.',
    fix: 'suggestion',
    examples: {
      valid: [
        'The organization said its organizers had analyzed the program.',
        'The organisation said its organisers had analysed the programme.',
        'She will practise daily, and the practice will pay off.',
        'They re-signed the striker before the coach could resign.',
      ],
      invalid: [
        { text: 'The defense ministry rejected the plan; [[defence]] officials later agreed. The defense budget rose.', suggestions: ['defense'] },
        { text: 'The ceasefire held until dawn, when the [[cease-fire]] collapsed. A new ceasefire was proposed.', suggestions: ['ceasefire'] },
        { text: 'Donors organized the appeal, and local groups [[organised]] a convoy; a third was organized by the church.', suggestions: ['organized'] },
        {
          text: 'The [[center]] reopened on Monday, and the centre’s café followed.',
          glossary: [{ term: 'centre' }],
          suggestions: ['centre'],
        },
        { text: 'Defense Minister Ana Costa met the Defense Minister of Chile; [[Defence]] Minister Costa spoke first.', suggestions: ['Defense'] },
      ],
    },
  },
  // The glossary's part: a spelling it accepts (as the term or a variant of any entry) is the house
  // one, and two entries accepting both spellings leave it to the article's majority. Synonyms the
  // glossary files under different entries ("ceasefire", "truce") are not mixed spellings: writers
  // vary words on purpose, and an entry's variants are accepted forms by definition.
  check(doc, ctx) {
    for (const group of groupBy(occurrences(doc, ctx), (o) => o.key).values()) {
      if (new Set(group.map((o) => o.style)).size < 2) continue;
      const style = settledForm(group, (o) => o.style, (o) => o.accepted);
      const example = group.find((o) => o.style === style)!.text;
      const why = group.some((o) => o.accepted && o.style === style) ? 'the glossary’s spelling' : 'the article’s usual spelling';
      for (const o of group.filter((x) => x.style !== style)) {
        const replacement = matchCaseShape(o.text, o.other);
        ctx.report({
          start: o.start,
          end: o.end,
          message: `“${o.text}” and “${example}” both appear in this article: write “${replacement}”, ${why}`,
          suggestions: [{ replacement, description: why }],
        });
      }
    }
  },
});

/** The article's words with two spellings, hyphenated compounds taken whole. */
function occurrences(doc: Document, ctx: RuleContext): Occurrence[] {
  const coveringMatch = firstCovering(glossaryMatches(doc, ctx));
  const hyphenated = hyphenatedCompounds(doc);
  // Most words are no compound's closed form, told by their length before any lower-cased copy is made
  // (lower-casing changes a length only through "İ", which becomes "i" and a combining dot).
  const closedLengths = new Set([...hyphenated.keys()].map((closedForm) => closedForm.length));
  const mayBeClosedForm = (text: string): boolean => closedLengths.has(text.length) || text.includes('\u0130');
  const spellingOfWord = (text: string): { key: string; style: string; other: string } | undefined => {
    if (text.includes('-')) return hyphenated.has(closed(text)) ? { key: closed(text), style: 'hyphenated', other: closed(text) } : undefined;
    const folded = mayBeClosedForm(text) ? text.toLowerCase() : '';
    return hyphenated.has(folded) ? { key: folded, style: 'closed', other: hyphenated.get(folded)! } : spellingOfWritten(text);
  };
  const found: Occurrence[] = [];
  for (const sentence of doc.sentences) {
    const words = new SentenceWords(doc, sentence);
    for (let k = 0; words.next(); k++) {
      const text = words.text();
      const spelling = spellingOfWord(text);
      const match = spelling && coveringMatch(words.start(), words.end());
      if (!spelling || match?.role === 'forbidden') continue;
      // Capitalised after a sentence's first word, or before another capital: part of a name ("Defence Ministry").
      const next = words.nextText();
      const isNamePart = isCapitalized(text) && (k > 0 || isCapitalized(next));
      const key = isNamePart ? `${spelling.key} ${next.toLowerCase()}` : spelling.key;
      found.push({ start: words.start(), end: words.end(), text, key, style: spelling.style, other: spelling.other, accepted: match !== undefined });
    }
  }
  return found;
}

/** The article's hyphenated compounds of words ("cease-fire"), lower-cased, by their closed form ("ceasefire"). */
function hyphenatedCompounds(doc: Document): Map<string, string> {
  const compounds = new Map<string, string>();
  for (const sentence of doc.sentences) {
    for (const words = new SentenceWords(doc, sentence); words.next(); ) {
      const text = words.text();
      // Words only ("3-0" is a score), and not "re-" ("re-sign" is not "resign").
      if (text.includes('-') && /^\p{L}{2,}-\p{L}{2,}$/u.test(text) && !/^re-/i.test(text)) compounds.set(closed(text), text.toLowerCase());
    }
  }
  return compounds;
}

const closed = (hyphenated: string): string => hyphenated.toLowerCase().replace(/-/g, '');

/**
 * A sentence's words in order, hyphenated compounds whole, walked by a cursor: no object per
 * word, since this runs over every word of an article and few have two spellings.
 */
class SentenceWords {
  private readonly endToken: number;
  /** The first and last token of the current word, and the first of the word after it. */
  private first = -1;
  private last = -1;
  private after: number;

  constructor(private readonly doc: Document, sentence: Sentence) {
    this.endToken = sentence.endToken;
    this.after = this.wordFrom(sentence.firstToken);
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    if (this.after >= this.endToken) return false;
    this.first = this.after;
    this.last = this.lastTokenOf(this.first);
    this.after = this.wordFrom(this.last + 1);
    return true;
  }

  start(): number {
    return this.doc.tokens[this.first]!.start;
  }

  end(): number {
    return this.doc.tokens[this.last]!.end;
  }

  text(): string {
    return this.textOf(this.first, this.last);
  }

  /** The text of the word after the current one, '' at the sentence's end. */
  nextText(): string {
    return this.after < this.endToken ? this.textOf(this.after, this.lastTokenOf(this.after)) : '';
  }

  private wordFrom(i: number): number {
    let at = i;
    while (at < this.endToken && this.doc.tokens[at]!.kind !== 'word') at++;
    return at;
  }

  /** The last token of the word at token `i`: a hyphen and a word right after it, with no space, go on the word. */
  private lastTokenOf(i: number): number {
    const { tokens } = this.doc;
    let last = i;
    while (last + 2 < this.endToken && tokens[last + 1]!.text === '-' && tokens[last + 2]!.kind === 'word' && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 2]!.start === tokens[last + 1]!.end) last += 2;
    return last;
  }

  /** Most words are one token: its text, not a copy. */
  private textOf(first: number, last: number): string {
    return first === last ? this.doc.tokens[first]!.text : this.doc.text.slice(this.doc.tokens[first]!.start, this.doc.tokens[last]!.end);
  }
}
