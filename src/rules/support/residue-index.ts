import type { CompiledGlossary } from '../../glossary/compile.js';
import type { GlossaryEntry } from '../../glossary/raw.js';
import { lineStarts, mayStartAnywhere, type LineStarts } from './line-prefixes.js';

/**
 * The glossary's page-residue entries (files with `category: boilerplate`), indexed for whole
 * lines: every literal form by its residue key, and every pattern anchored to the whole line.
 */
export interface ResidueIndex {
  readonly isEmpty: boolean;
  /** The entry a whole line of text is residue of, if any. */
  entryFor(line: string): GlossaryEntry | undefined;
}

/** Decoration a scraped line may carry around the words themselves: "Read more »", "Share post:". */
const LEADING = /[\s«‹»›•·*>→↑-]/u;
const TRAILING = /[\s.!?:;,*»›…|→-]/u;

/**
 * The text without the decoration at its ends. Trimmed a character at a time: a regex anchored at
 * the end ($) would be tried from every space of a long paragraph.
 */
function withoutDecoration(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING.test(text.charAt(start))) start++;
  while (end > start && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

function withoutTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** How a line and a form are compared: case, spacing and decoration around them ignored. */
export function residueKey(text: string): string {
  return withoutDecoration(text.normalize('NFC')).replace(/\s+/gu, ' ').toLowerCase();
}

const indexes = new WeakMap<CompiledGlossary, ResidueIndex>();

/** Built once per compiled glossary, so a run over many articles indexes the packs once. */
export function residueIndexOf(glossary: CompiledGlossary): ResidueIndex {
  let index = indexes.get(glossary);
  if (!index) {
    index = buildIndex(glossary.entries.filter((e) => e.category === 'boilerplate'));
    indexes.set(glossary, index);
  }
  return index;
}

function buildIndex(entries: readonly GlossaryEntry[]): ResidueIndex {
  const literal = new Map<string, GlossaryEntry>();
  const patterns: ResiduePattern[] = [];
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.variants]) addLiteral(literal, form, entry);
    for (const form of entry.forbidden) {
      if (form.kind === 'literal') addLiteral(literal, form.text, entry);
      else patterns.push(residuePattern(entry, form.regex));
    }
  }
  const candidatesFor = patternsByStart(patterns);
  // Not Math.max(...keys): a site's own list may hold more keys than a call takes arguments.
  let mostWords = 0;
  for (const key of literal.keys()) mostWords = Math.max(mostWords, key.split(' ').length);
  return {
    isEmpty: literal.size === 0 && patterns.length === 0,
    entryFor(line) {
      // A paragraph of prose has more words than any listed line: its key, copies of the whole
      // paragraph, need not be made.
      const key = hasWordsBeyond(line, mostWords) ? undefined : residueKey(line);
      if (key === '') return undefined;
      const trimmed = line.trim();
      const undecorated = withoutTrailingDecoration(trimmed);
      return (key === undefined ? undefined : literal.get(key)) ?? candidatesFor(trimmed).find((p) => p.regex.test(trimmed) || p.regex.test(undecorated))?.entry;
    },
  };
}

/** Words as a key keeps them apart: runs of non-space with a letter or digit, which decoration never is. */
const KEPT_WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Has `line` more than `count` such words? Counted up to one more, however long the line. */
function hasWordsBeyond(line: string, count: number): boolean {
  KEPT_WORD.lastIndex = 0;
  let words = 0;
  while (KEPT_WORD.exec(line) !== null) if (++words > count) return true;
  return false;
}

interface ResiduePattern {
  entry: GlossaryEntry;
  regex: RegExp;
  /** How its matches start; undefined when the source does not say. */
  starts: LineStarts | undefined;
}

/**
 * The patterns a line can match, in glossary order: those whose start fits the line, and those
 * whose start is unknown. The patterns a first character allows are found once per character.
 */
function patternsByStart(patterns: readonly ResiduePattern[]): (line: string) => readonly ResiduePattern[] {
  const byFirstCode = new Map<number, ResiduePattern[]>();
  const startingWith = (code: number): ResiduePattern[] => {
    let found = byFirstCode.get(code);
    if (!found) byFirstCode.set(code, (found = patterns.filter((p) => !p.starts || p.starts.firstCodes.includes(code))));
    return found;
  };
  return (line) => (mayStartAnywhere(line) ? patterns : startingWith(line.charCodeAt(0)).filter((p) => !p.starts || p.starts.fits(line)));
}

/**
 * Anchored: a pattern must match the whole line, never a piece of a sentence. Without the m flag,
 * so ^ is tried at the line's start only, not after every line break it cannot hold.
 */
function residuePattern(entry: GlossaryEntry, { source, flags }: RegExp): ResiduePattern {
  return { entry, regex: new RegExp(`^(?:${source})$`, flags.replace(/[gm]/g, '')), starts: lineStarts(source, flags) };
}

/** The first entry listing a form wins, as glossaries are compiled in the order given. */
function addLiteral(literal: Map<string, GlossaryEntry>, form: string, entry: GlossaryEntry): void {
  const key = residueKey(form);
  if (key !== '' && !literal.has(key)) literal.set(key, entry);
}
