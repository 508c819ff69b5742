import type { Document } from '../../input/document.js';
import type { NamePart } from '../../glossary/name-index.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import type { Lexicon } from '../../text/lexicon.js';
import { foldName, nameCloseness, type NameCloseness } from '../../text/name-similarity.js';
import { wordsOf } from '../../text/words.js';
import type { RuleContext } from '../rule.js';
import { glossaryMatches } from './glossary-matches.js';
import { nameMentions, type NameMention } from './name-mentions.js';
import { translatedSurnameOf } from './translated-surname.js';

/** A glossary name written wrong: a near-miss of one of its words, or a given name whose surname was translated. */
export interface NameVariant {
  start: number;
  end: number;
  replacement: string;
  entry: GlossaryEntry;
  /** `part`: one word misspelled; `translated`: "Yove chivalry" for "Yoav Gallant". */
  kind: 'part' | 'translated';
}

/** Endings that make another word from a name ("Gazans", "Israeli"), not a misspelling of it. */
const DERIVING_ENDINGS = /^(s|es|n|an|ans|ian|ians|i|is|ese|ish|ite|ites)$/;

interface Candidate {
  part: NamePart;
  entry: GlossaryEntry;
  closeness: NameCloseness;
  /** Does another word of the mention belong to the same entry ("Yoav Galant")? */
  inContext: boolean;
}

/**
 * What `names/variant` reports, computed once and shared so that `names/inconsistent` can leave
 * those spans alone. Candidates come from the glossary's name-part index (deletion
 * neighbourhoods), so the cost grows with the article, not with the glossary.
 */
export function glossaryNameVariants(doc: Document, ctx: RuleContext): NameVariant[] {
  return ctx.shared('glossary-name-variants', () => {
    if (ctx.glossary.nameParts.size === 0) return [];
    const covered = glossaryMatches(doc, ctx);
    const isCovered = (start: number, end: number): boolean => covered.some((m) => m.start < end && start < m.end);
    const lexicon = ctx.lexicon();
    return nameMentions(doc, ctx).flatMap((mention): NameVariant[] => {
      const translated = translatedVariant(doc, ctx, mention, lexicon);
      if (translated) return [translated];
      return mention.words.flatMap((word, k): NameVariant[] => {
        if (isCovered(word.start, word.end)) return [];
        const best = bestCandidate(ctx, mention, k, lexicon);
        return best ? [{ start: word.start, end: word.end, replacement: best.part.word.normalize('NFC'), entry: best.entry, kind: 'part' }] : [];
      });
    });
  });
}

/** The entry a word most likely misspells, when the evidence is enough and points one way. */
function bestCandidate(ctx: RuleContext, mention: NameMention, k: number, lexicon: Lexicon): Candidate | undefined {
  const word = mention.words[k]!.text;
  const isWeak = lexicon.isKnown(word);
  const candidates = ctx.glossary.nameParts
    .similar(word)
    .filter((part) => !isDerivedFrom(word, part.word))
    .flatMap((part) => part.entries.map((entry) => ({ part, entry, closeness: nameCloseness(word, part.word), inContext: hasEntryContext(mention, k, entry) })))
    .filter((c) => (c.inContext ? c.closeness === 'near' || c.closeness === 'loose' : c.closeness === 'near' && !isWeak && mention.words.length === 1));
  const inContext = candidates.filter((c) => c.inContext);
  const pool = inContext.length > 0 ? inContext : candidates;
  const spellings = new Set(pool.map((c) => c.part.word));
  return spellings.size === 1 ? pool[0] : undefined;
}

/** "Gazans" from "Gaza", "Israeli" from "Israel", "Ukrainian" from "Ukraine" (a final vowel dropped). */
function isDerivedFrom(word: string, part: string): boolean {
  const [w, p] = [foldName(word), foldName(part)];
  const stem = /[aeiouy]$/.test(p) ? p.slice(0, -1) : p;
  return w.startsWith(stem) && w.length > p.length && DERIVING_ENDINGS.test(w.slice(stem.length));
}

/** Is every other word of the mention a word of the entry, spelled the same or nearly? */
function hasEntryContext(mention: NameMention, k: number, entry: GlossaryEntry): boolean {
  const others = mention.words.filter((_, i) => i !== k);
  const entryWords = wordsOf(entry.term);
  return others.length > 0 && others.every((o) => entryWords.some((e) => ['same', 'near'].includes(nameCloseness(o.text, e))));
}

/** "Defense Minister Yove chivalry": a given name of exactly one glossary person, its surname a common word. */
function translatedVariant(doc: Document, ctx: RuleContext, mention: NameMention, lexicon: Lexicon): NameVariant | undefined {
  const surname = translatedSurnameOf(doc, mention, lexicon);
  if (!surname) return undefined;
  const given = mention.words[0]!.text;
  const parts = [ctx.glossary.nameParts.exact(given), ...ctx.glossary.nameParts.similar(given)].filter((p) => p !== undefined);
  const people = parts.flatMap((part) =>
    part.entries.filter((e) => e.type === 'person' && isGivenNameOf(part.word, e) && nameCloseness(given, part.word) !== 'far'),
  );
  const entries = [...new Set(people)];
  if (entries.length !== 1) return undefined;
  return { start: mention.start, end: surname.end, replacement: entries[0]!.term.normalize('NFC'), entry: entries[0]!, kind: 'translated' };
}

function isGivenNameOf(word: string, entry: GlossaryEntry): boolean {
  const words = wordsOf(entry.term);
  return words.length > 1 && words[0] === word;
}
