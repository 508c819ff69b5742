import type { Document } from '../../input/document.js';
import { matchCaseShape } from '../../text/case-shape.js';
import { settledForm } from '../../text/majority.js';
import { spellingOf } from '../../text/spelling-variants.js';
import { isCapitalized } from '../../text/words.js';
import { defineRule, type RuleContext } from '../rule.js';
import { glossaryMatches } from '../support/glossary-matches.js';

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
    const groups = new Map<string, Occurrence[]>();
    for (const o of occurrences(doc, ctx)) groups.set(o.key, [...(groups.get(o.key) ?? []), o]);
    for (const group of groups.values()) {
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

interface Word {
  start: number;
  end: number;
  text: string;
  /** Capitalised after a sentence's first word, or before another capital: part of a name ("Defence Ministry"). */
  isNamePart: boolean;
  next: string;
}

/** The article's words with two spellings, hyphenated compounds taken whole. */
function occurrences(doc: Document, ctx: RuleContext): Occurrence[] {
  const matches = glossaryMatches(doc, ctx);
  const coveredBy = (w: Word) => matches.find((m) => m.start <= w.start && w.end <= m.end);
  const words = articleWords(doc).filter((w) => coveredBy(w)?.role !== 'forbidden');
  // Words only ("3-0" is a score), and not "re-" ("re-sign" is not "resign").
  const isCompound = (w: Word): boolean => /^\p{L}{2,}-\p{L}{2,}$/u.test(w.text) && !/^re-/i.test(w.text);
  const hyphenated = new Map(words.filter(isCompound).map((w) => [closed(w.text), w.text.toLowerCase()]));
  return words.flatMap((w): Occurrence[] => {
    const folded = w.text.toLowerCase();
    const spelling = w.text.includes('-')
      ? hyphenated.has(closed(w.text)) ? { key: closed(w.text), style: 'hyphenated', other: closed(w.text) } : undefined
      : hyphenated.has(folded) ? { key: folded, style: 'closed', other: hyphenated.get(folded)! } : spellingOf(folded);
    if (!spelling) return [];
    const key = w.isNamePart ? `${spelling.key} ${w.next}` : spelling.key;
    return [{ start: w.start, end: w.end, text: w.text, key, style: spelling.style, other: spelling.other, accepted: coveredBy(w) !== undefined }];
  });
}

const closed = (hyphenated: string): string => hyphenated.toLowerCase().replace(/-/g, '');

function articleWords(doc: Document): Word[] {
  return doc.sentences.flatMap((sentence) => {
    const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const words: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'word') continue;
      const start = tokens[i]!.start;
      while (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'word' && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]!.start === tokens[i + 1]!.end) i += 2;
      words.push({ start, end: tokens[i]!.end });
    }
    return words.map((w, k) => {
      const text = doc.text.slice(w.start, w.end);
      const next = words[k + 1] ? doc.text.slice(words[k + 1]!.start, words[k + 1]!.end) : '';
      return { ...w, text, isNamePart: isCapitalized(text) && (k > 0 || isCapitalized(next)), next: next.toLowerCase() };
    });
  });
}
