import { foldWord, wordsOf } from '../text/words.js';
import type { GlossaryEntry } from './raw.js';

/** A word of a glossary name ("Gallant" of "Yoav Gallant") and the entries it belongs to. */
export interface NamePart {
  word: string;
  entries: GlossaryEntry[];
}

/**
 * Finds glossary name parts spelled like a given word, for near-miss names ("Galant", "Yove").
 * Blocking by deletion neighbourhoods (SymSpell): every part is filed under itself and each
 * string one deletion away; a word looks up the same keys of its own. Two spellings meet when
 * they are one edit apart, or two substitutions apart at neighbouring letters. Lookups cost
 * O(word length), whatever the size of the glossary.
 */
export class NamePartIndex {
  private readonly parts = new Map<string, NamePart>();
  /** Deletion key to the folded parts filed under it: one part (most keys) or several. */
  private readonly keys = new Map<string, string | string[]>();

  add(entry: GlossaryEntry): void {
    for (const word of wordsOf(entry.term)) {
      if ([...word].length < 3 || !/^\p{Lu}/u.test(word)) continue;
      const folded = foldWord(word);
      const part = this.parts.get(folded);
      if (part) {
        // Entries are added one at a time, so the entry is already listed only if it was just added.
        if (part.entries[part.entries.length - 1] !== entry) part.entries.push(entry);
        continue;
      }
      this.parts.set(folded, { word, entries: [entry] });
      for (const key of deletionKeys(folded)) {
        const filed = this.keys.get(key);
        if (filed === undefined) this.keys.set(key, folded);
        else if (typeof filed === 'string') this.keys.set(key, [filed, folded]);
        else filed.push(folded);
      }
    }
  }

  get size(): number {
    return this.parts.size;
  }

  /** The part spelled exactly so (case-insensitive), if any. */
  exact(word: string): NamePart | undefined {
    return this.parts.get(foldWord(word));
  }

  /** Parts within the blocking neighbourhood of `word`, excluding the word itself. */
  similar(word: string): NamePart[] {
    const folded = foldWord(word);
    const found = new Set<string>();
    for (const key of deletionKeys(folded)) {
      const filed = this.keys.get(key) ?? [];
      for (const part of typeof filed === 'string' ? [filed] : filed) if (part !== folded) found.add(part);
    }
    return [...found].sort().map((p) => this.parts.get(p)!);
  }
}

function deletionKeys(word: string): string[] {
  const keys = [word];
  if (!/[\ud800-\udfff]/.test(word)) {
    // One UTF-16 unit per character: delete by index without splitting the word into an array.
    for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
    return keys;
  }
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) keys.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return keys;
}
