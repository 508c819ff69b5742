import { createRequire } from 'node:module';

type TagTable = Record<string, string[]>;

let table: TagTable | undefined;

/**
 * The Penn Treebank tags a word can take, most frequent first ("rising": VBG, NN, JJ); empty for a
 * word the table does not list. The table is wink-lexicon's (about 13,000 common English words with
 * fnTBL's tag counts): small, loaded on first use, and enough to tell a verb or a function word
 * from a noun, which word frequencies alone cannot.
 */
export function tagsOf(word: string): readonly string[] {
  table ??= createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as TagTable;
  const key = word.toLowerCase();
  return Object.hasOwn(table, key) ? table[key]! : [];
}

/** Determiners, pronouns, prepositions, conjunctions, modals, wh-words: the closed classes. */
const FUNCTION_TAGS = new Set(['DT', 'PDT', 'IN', 'CC', 'TO', 'MD', 'EX', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB']);
const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

const firstTag = (word: string): string => tagsOf(word)[0] ?? '';

/** Is the word mostly a function word ("when", "that", "the", "against")? */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_TAGS.has(firstTag(word));
}

/** The verb tag of a word that is mostly a verb ("warns": VBZ, "destroy": VB), else undefined. */
export function mainVerbTag(word: string): string | undefined {
  const tag = firstTag(word);
  return tag.startsWith('VB') ? tag : undefined;
}

/** Is the word mostly an adverb ("however", "abruptly")? */
export function isMostlyAdverb(word: string): boolean {
  return firstTag(word).startsWith('RB');
}

/** Is the word mostly a noun ("tension", "chivalry")? */
export function isMostlyNoun(word: string): boolean {
  return firstTag(word).startsWith('NN');
}

/** Can the word be a finite verb in some use ("talks", "met", "will")? */
export function canBeFiniteVerb(word: string): boolean {
  return tagsOf(word).some((tag) => FINITE_VERB_TAGS.has(tag));
}

/** Can the word be any verb form, including participles and infinitives? */
export function canBeVerb(word: string): boolean {
  return tagsOf(word).some((tag) => tag.startsWith('VB') || tag === 'MD');
}
