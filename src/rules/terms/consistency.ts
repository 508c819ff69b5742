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
  const sentences = doc.sentences.map((s) => wordSpans(doc, s));
  // Words only ("3-0" is a score), and not "re-" ("re-sign" is not "resign").
  const compounds = sentences.flat().filter((w) => w.text.includes('-') && /^\p{L}{2,}-\p{L}{2,}$/u.test(w.text) && !/^re-/i.test(w.text));
  const hyphenated = new Map(compounds.map((w) => [closed(w.text), w.text.toLowerCase()]));
  const spellingOfWord = (text: string): { key: string; style: string; other: string } | undefined => {
    if (text.includes('-')) return hyphenated.has(closed(text)) ? { key: closed(text), style: 'hyphenated', other: closed(text) } : undefined;
    // Most articles hyphenate nothing: then no word needs lower-casing here.
    const folded = hyphenated.size > 0 ? text.toLowerCase() : '';
    return hyphenated.has(folded) ? { key: folded, style: 'closed', other: hyphenated.get(folded)! } : spellingOfWritten(text);
  };
  return sentences.flatMap((words) =>
    words.flatMap((w, k): Occurrence[] => {
      const spelling = spellingOfWord(w.text);
      const match = spelling && coveringMatch(w.start, w.end);
      if (!spelling || match?.role === 'forbidden') return [];
      // Capitalised after a sentence's first word, or before another capital: part of a name ("Defence Ministry").
      const next = words[k + 1]?.text ?? '';
      const isNamePart = isCapitalized(w.text) && (k > 0 || isCapitalized(next));
      const key = isNamePart ? `${spelling.key} ${next.toLowerCase()}` : spelling.key;
      return [{ start: w.start, end: w.end, text: w.text, key, style: spelling.style, other: spelling.other, accepted: match !== undefined }];
    }),
  );
}

const closed = (hyphenated: string): string => hyphenated.toLowerCase().replace(/-/g, '');

/** A sentence's words, hyphenated compounds whole. */
function wordSpans(doc: Document, sentence: Sentence): Array<{ start: number; end: number; text: string }> {
  const { tokens } = doc;
  const words: Array<{ start: number; end: number; text: string }> = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const first = tokens[i]!;
    while (i + 2 < sentence.endToken && tokens[i + 1]!.text === '-' && tokens[i + 2]!.kind === 'word' && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]!.start === tokens[i + 1]!.end) i += 2;
    const end = tokens[i]!.end;
    // Most words are one token: its text, not a copy.
    words.push({ start: first.start, end, text: end === first.end ? first.text : doc.text.slice(first.start, end) });
  }
  return words;
}
