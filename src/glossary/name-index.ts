import { foldWord, wordsOf } from '../text/words.js';
import { DeletionNeighbourhoods } from './deletion-neighbourhoods.js';
import type { GlossaryEntry } from './raw.js';

/** A word of a glossary name ("Gallant" of "Yoav Gallant") and the entries it belongs to. */
export interface NamePart {
  word: string;
  entries: GlossaryEntry[];
}

/**
 * A part shared by more entries than this (a common given name or word: "Jacob", "Iron", "Sect")
 * is no evidence of which entry a mention means; its entries are reached through their other
 * parts, or when the article names them. Without the bound, a large glossary's thousand Jacobs
 * would all be aligned with every Jacob of an article.
 */
export const MAX_SHARED_PART = 32;

/** For a part shared by more than MAX_SHARED_PART entries, the entries of it an article names. */
export type NamedSharers = (part: NamePart) => readonly GlossaryEntry[];

/**
 * Finds glossary name parts spelled like a given word, for near-miss names ("Galant", "Yove"):
 * blocking by deletion neighbourhoods, so lookups cost O(word length) whatever the size of the
 * glossary; they are remembered per word.
 */
export class NamePartIndex {
  private readonly parts = new Map<string, NamePart>();
  /** The folded parts by their deletion keys. */
  private readonly neighbourhoods = new DeletionNeighbourhoods();
  /** The parts spelt like a word (itself first, then the similar ones), by word as written. */
  private readonly likeCache = new Map<string, NamePart[]>();
  /** For a part shared by more than MAX_SHARED_PART entries: each entry's place in its list. */
  private readonly sharedPlaces = new Map<NamePart, Map<GlossaryEntry, number>>();

  add(entry: GlossaryEntry): void {
    for (const word of partWordsOf(entry.term)) {
      const folded = foldWord(word);
      const part = this.parts.get(folded);
      if (part) {
        // Entries are added one at a time, so the entry is already listed only if it was just added.
        if (part.entries[part.entries.length - 1] !== entry) part.entries.push(entry);
        continue;
      }
      this.parts.set(folded, { word, entries: [entry] });
      this.neighbourhoods.add(folded);
    }
  }

  /**
   * Entries with a part spelt like `word` (the same, then the similar parts in order), each part's
   * in glossary order. Of a part shared by more than MAX_SHARED_PART entries, only those the
   * article names (`named`, from `namedSharers`): the work per word is bounded whatever the
   * glossary's size.
   */
  entriesLike(word: string, named: NamedSharers): GlossaryEntry[] {
    return this.partsLike(word).flatMap((part) => (part.entries.length <= MAX_SHARED_PART ? part.entries : named(part)));
  }

  /**
   * The entries of `named` under a widely shared part, in the part's order, worked out for a part
   * when a mention first reaches it: an article names hundreds of entries of a large glossary but
   * reaches few shared parts.
   */
  namedSharers(named: ReadonlySet<GlossaryEntry>): NamedSharers {
    const byPart = new Map<NamePart, GlossaryEntry[]>();
    return (part) => {
      let list = byPart.get(part);
      if (!list) {
        list = this.namedUnder(part, named);
        byPart.set(part, list);
      }
      return list;
    };
  }

  /** The entries of `named` listed under `part`, in its order, by a walk of the smaller of the two. */
  private namedUnder(part: NamePart, named: ReadonlySet<GlossaryEntry>): GlossaryEntry[] {
    if (part.entries.length <= named.size) return part.entries.filter((entry) => named.has(entry));
    const places = this.placesIn(part);
    const under: GlossaryEntry[] = [];
    for (const entry of named) if (places.has(entry)) under.push(entry);
    return under.sort((a, b) => places.get(a)! - places.get(b)!);
  }

  /** The parts spelt like `word`: itself first, then the similar ones. */
  private partsLike(word: string): NamePart[] {
    let parts = this.likeCache.get(word);
    if (!parts) {
      const exact = this.parts.get(foldWord(word));
      parts = exact ? [exact, ...this.similar(word)] : this.similar(word);
      this.likeCache.set(word, parts);
    }
    return parts;
  }

  /** Parts within the blocking neighbourhood of `word`, excluding the word itself. */
  private similar(word: string): NamePart[] {
    const folded = foldWord(word);
    const found = this.neighbourhoods.neighboursOf(folded).filter((part) => part !== folded);
    return found.sort().map((p) => this.parts.get(p)!);
  }

  /** Each entry's place in a widely shared part's list, built on first use. */
  private placesIn(part: NamePart): Map<GlossaryEntry, number> {
    let places = this.sharedPlaces.get(part);
    if (!places) {
      places = new Map(part.entries.map((entry, i) => [entry, i]));
      this.sharedPlaces.set(part, places);
    }
    return places;
  }
}

/** The words of a term that are name parts: capitalised, three letters or more. A list, not a generator: it runs for each entry of a large glossary. */
function partWordsOf(term: string): string[] {
  const parts: string[] = [];
  for (const word of wordsOf(term)) if (hasThreeCodePoints(word) && startsUppercase(word)) parts.push(word);
  return parts;
}

/** An uppercase letter (Lu) first; ASCII without the regex. */
function startsUppercase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Counted without spreading the word into an array: six UTF-16 units hold at least three code points. */
function hasThreeCodePoints(word: string): boolean {
  if (word.length >= 6) return true;
  let count = 0;
  for (let i = 0; i < word.length; i++) if (!isLowSurrogate(word.charCodeAt(i))) count++;
  return count >= 3;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
