import type { Document } from '../../input/document.js';
import type { FormMatch } from '../../glossary/compile.js';
import { implicitPersonForms } from '../../glossary/forms.js';
import { MAX_SHARED_PART } from '../../glossary/name-index.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import type { Lexicon } from '../../text/lexicon.js';
import { nameCloseness } from '../../text/name-similarity.js';
import { isGivenNameTitle } from '../../text/titles.js';
import type { RuleContext } from '../rule.js';
import { glossaryLetterVariants } from './glossary-letter-forms.js';
import { glossaryMatches } from './glossary-matches.js';
import { alignToForm } from './name-alignment.js';
import { nameMentions, type NameMention } from './name-mentions.js';
import { firstCovering } from './span-cover.js';
import { translatedSurnameOf } from './translated-surname.js';

/** A glossary name or term written wrong, and its house form. */
export interface NameVariant {
  start: number;
  end: number;
  replacement: string;
  entry: GlossaryEntry;
  /** `spelling`: a near miss; `translated`: "Yove chivalry" for "Yoav Gallant"; `letters`: other spacing, hyphens or accents. */
  kind: 'spelling' | 'translated' | 'letters';
}

/**
 * What `names/variant` reports, computed once and shared so that `names/inconsistent` can leave
 * those spans alone. Candidates come from the glossary's name-part index (deletion
 * neighbourhoods), so the cost grows with the article, not with the glossary.
 */
export function glossaryNameVariants(doc: Document, ctx: RuleContext): NameVariant[] {
  return ctx.shared('glossary-name-variants', () => {
    const matches = glossaryMatches(doc, ctx);
    const lexicon = ctx.lexicon();
    const found: NameVariant[] = [];
    // A variant may contain an accepted form ("Al-Riyadh" contains "Riyadh"), but not cut across one,
    // repeat one, or touch a forbidden form (terms/forbidden reports those).
    const isFree = (start: number, end: number): boolean =>
      !found.some((v) => v.start < end && start < v.end) &&
      !matches.some((m) => m.start < end && start < m.end && (m.role === 'forbidden' || m.start < start || m.end > end || (m.start === start && m.end === end)));
    const acceptedAround = firstCovering(matches.filter((m) => m.role !== 'forbidden'));
    const isAccepted = (start: number, end: number): boolean => acceptedAround(start, end) !== undefined;
    const named = new Set(matches.filter(namesItsEntries).flatMap((m) => [m.entry, ...m.others.map((o) => o.entry)]));
    // Twice: a name found misspelt counts as named for the other mentions ("Ben Salmane" after "Mohammed ben Salmane").
    // A second pass with no entry newly named would find only what the first did.
    for (let pass = 0, namedBefore = -1; pass < 2 && named.size !== namedBefore; pass++) {
      namedBefore = named.size;
      const candidates = candidateFinder(ctx, named);
      for (const mention of nameMentions(doc, ctx)) {
        const variant = translatedVariant(doc, mention, candidates, named, lexicon) ?? misspeltVariant(mention, candidates(mention), isAccepted, named, lexicon);
        if (variant && isFree(variant.start, variant.end) && !isBesideHouseForm(doc, mention, variant, matches)) found.push(variant);
      }
      for (const v of found) named.add(v.entry);
    }
    // A name's very letters are enough; a title's or a term's need the house form in the article too
    // (an editor may hyphenate "Vice-President" on purpose, but not "Al-Riyadh").
    const isNameOrNamed = (v: NameVariant): boolean => v.entry.category === 'name' || named.has(v.entry);
    for (const variant of glossaryLetterVariants(doc, ctx)) if (isNameOrNamed(variant) && isFree(variant.start, variant.end)) found.push(variant);
    return found.sort((a, b) => a.start - b.start);
  });
}

/**
 * An accepted form names its entries unless it is shared by more than MAX_SHARED_PART of them: a
 * bare "Smith" is no evidence of which of a large glossary's hundred Smiths an article means, just
 * as a name part shared that widely is none in the name index. Counting them all would make every
 * person of that surname a candidate for every near-miss mention. Matches list no more others
 * than that (FormMatch.others).
 */
const namesItsEntries = (m: FormMatch): boolean => m.role !== 'forbidden' && m.others.length < MAX_SHARED_PART;

/** "Speaker Mike Johnson met Mike Johnsen": a full name spelt near the house form beside it is another person. */
function isBesideHouseForm(doc: Document, mention: NameMention, variant: NameVariant, matches: FormMatch[]): boolean {
  if (variant.entry.type !== 'person' || mention.words.length < 2) return false;
  const sentence = doc.sentences[mention.sentence]!;
  const isBeside = (m: FormMatch): boolean => sentence.start <= m.start && m.end <= sentence.end && (m.end <= mention.start || m.start >= mention.end);
  return variant.kind !== 'letters' && matches.some((m) => m.entry === variant.entry && m.role !== 'forbidden' && isBeside(m));
}

/** The longest part of a mention that misspells one glossary name, when all the evidence points one way. */
function misspeltVariant(mention: NameMention, entries: readonly GlossaryEntry[], isAccepted: (start: number, end: number) => boolean, named: Set<GlossaryEntry>, lexicon: Lexicon): NameVariant | undefined {
  // "Sheikh Mishal": a title that goes with a given name alone is compared too ("Sheikh Meshal").
  const title = mention.titleWords[mention.titleWords.length - 1];
  const all = title && isGivenNameTitle(title.text) ? [title, ...mention.words] : mention.words;
  // One word of a longer name is another person's ("Marvin Hale" is no "Martin"): the longer windows judge it.
  for (let size = all.length; size > (all.length > 1 ? 1 : 0); size--) {
    const found: NameVariant[] = [];
    for (let i = 0; i + size <= all.length; i++) {
      const words = all.slice(i, i + size);
      if (isAccepted(words[0]!.start, words[size - 1]!.end)) continue;
      for (const entry of entries) {
        for (const { compare, writeAs } of comparableForms(entry, size)) {
          const aligned = alignToForm(words, compare, lexicon, { isNamedElsewhere: named.has(entry), ...(writeAs ? { writeAs } : {}) });
          if (aligned) found.push({ ...aligned, entry, kind: 'spelling' });
        }
      }
    }
    if (found.length > 0) return new Set(found.map((v) => `${v.start} ${v.replacement}`)).size === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * The fuzzy entries with a word spelt like one of a mention's: found through the index, never by
 * a scan, and through a part many entries share only when the article names them. Remembered by
 * the mention's words for one pass over the article, in which `named` does not change.
 */
function candidateFinder(ctx: RuleContext, named: ReadonlySet<GlossaryEntry>): (mention: NameMention) => GlossaryEntry[] {
  const { nameParts } = ctx.glossary;
  const sharers = nameParts.namedSharers(named);
  const byWords = new Map<string, GlossaryEntry[]>();
  return (mention) => {
    const key = mention.words.map((w) => w.text).join(' ');
    let entries = byWords.get(key);
    if (!entries) {
      entries = [...new Set(mention.words.flatMap((w) => nameParts.entriesLike(w.text, sharers)))];
      byWords.set(key, entries);
    }
    return entries;
  };
}

interface ComparableForm {
  compare: string[];
  writeAs?: string[];
}

const comparableFormsCache = new WeakMap<GlossaryEntry, Map<number, ComparableForm[]>>();

/**
 * An entry's forms of `size` words, and a person's two-word names the other way round ("Tanaka
 * Hiroshi"). A given name alone is no form: the world is full of Julians. Worked out once per
 * entry: a common name is compared with many mentions.
 */
function comparableForms(entry: GlossaryEntry, size: number): readonly ComparableForm[] {
  let bySize = comparableFormsCache.get(entry);
  if (!bySize) {
    bySize = formsBySize(entry);
    comparableFormsCache.set(entry, bySize);
  }
  return bySize.get(size) ?? [];
}

function formsBySize(entry: GlossaryEntry): Map<number, ComparableForm[]> {
  const implicit = entry.type === 'person' ? implicitPersonForms(entry.term) : [];
  const bySize = new Map<number, ComparableForm[]>();
  for (const words of [...new Set([entry.term, ...entry.variants, ...implicit])].map((f) => f.split(/\s+/u))) {
    const list = bySize.get(words.length);
    if (list) list.push({ compare: words });
    else bySize.set(words.length, [{ compare: words }]);
  }
  const pairs = bySize.get(2);
  if (entry.type === 'person' && pairs) bySize.set(2, [...pairs, ...pairs.map((f) => ({ compare: [f.compare[1]!, f.compare[0]!], writeAs: f.compare }))]);
  return bySize;
}

/**
 * "Defense Minister Yove chivalry": a given name of exactly one glossary person, its surname a
 * common word; of several with that given name, the one the article names elsewhere.
 */
function translatedVariant(
  doc: Document,
  mention: NameMention,
  candidates: (mention: NameMention) => GlossaryEntry[],
  named: Set<GlossaryEntry>,
  lexicon: Lexicon,
): NameVariant | undefined {
  const surname = translatedSurnameOf(doc, mention, lexicon);
  if (!surname) return undefined;
  const given = mention.words[0]!.text;
  const people = candidates(mention).filter((e) => {
    const words = e.term.split(/\s+/u);
    return e.type === 'person' && words.length > 1 && nameCloseness(given, words[0]!) !== 'far';
  });
  const chosen = people.length === 1 ? people : people.filter((e) => named.has(e));
  if (chosen.length !== 1) return undefined;
  return { start: mention.start, end: surname.end, replacement: chosen[0]!.term.normalize('NFC'), entry: chosen[0]!, kind: 'translated' };
}
