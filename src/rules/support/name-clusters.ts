import type { Document } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { settledForm } from '../../text/majority.js';
import { CloseNameIndex, foldName, nameCloseness } from '../../text/name-similarity.js';
import type { FormMatch } from '../../glossary/compile.js';
import type { RuleContext } from '../rule.js';
import { glossaryMatches } from './glossary-matches.js';
import { firstCovering } from './span-cover.js';
import { nameMentions, type NameMention, type NameWord } from './name-mentions.js';
import { groupBy } from '../../text/group-by.js';

/** One person as the article names them: full mentions ("Yoav Gallant") and, when unambiguous, surname-only ones. */
export interface PersonCluster {
  /** Mentions of two words or more: given name first, surname last. */
  full: NameMention[];
  /** One-word mentions of the surname; empty when two people in the article share it. */
  surnameOnly: NameMention[];
  /** The spellings the article settles on: the glossary's, else the most frequent, ties to the first. */
  given: string;
  surname: string;
  /** The whole name as the article settles on it ("Pham Minh Chinh", middle names kept). */
  fullName: string;
}

/**
 * Groups the article's name mentions into people. Surnames spelled near alike join (unless both
 * are names the lexicon knows: "Hanson"/"Hansen" are two families); within a surname, given
 * names spelled alike are one person and different given names are different people ("Hillary
 * Clinton", "Bill Clinton"), whose bare surname is then nobody's.
 */
export function personClusters(doc: Document, ctx: RuleContext): PersonCluster[] {
  return ctx.shared('person-clusters', () => {
    const acceptedAround = firstCovering(acceptedNameSpans(doc, ctx));
    const isHouseSpelling = (w: NameWord): boolean => acceptedAround(w.start, w.end) !== undefined;
    return clusterPeople(nameMentions(doc, ctx), ctx.lexicon(), isHouseSpelling);
  });
}

/** Where the glossary's accepted forms of names stand in the text. */
function acceptedNameSpans(doc: Document, ctx: RuleContext): FormMatch[] {
  return glossaryMatches(doc, ctx).filter((m) => m.role !== 'forbidden' && m.entry.category === 'name');
}

function clusterPeople(mentions: NameMention[], lexicon: Lexicon, isHouseSpelling: (word: NameWord) => boolean): PersonCluster[] {
  const isSameName = (a: string, b: string, allowLoose: boolean): boolean => {
    const closeness = nameCloseness(a, b);
    if (closeness === 'same') return true;
    if (closeness === 'far') return false;
    // Two words the lexicon knows two letters apart are two words ("Dean"/"Demon"), not one name.
    if (closeness === 'loose') return allowLoose && !lexicon.isKnown(a) && !lexicon.isKnown(b);
    return !(lexicon.isMostlyCapitalized(a) && lexicon.isMostlyCapitalized(b));
  };
  // One surname extending another is a plural or a nickname ("the Krogers", "Spahnie"), not a slip.
  const isSameSurname = (a: string, b: string): boolean => !a.startsWith(b) && !b.startsWith(a) && isSameName(a, b, false);
  const full = mentions.filter((m) => m.words.length > 1);
  const people = clusterBy(full, (m) => lastWord(m).text, 'near', isSameSurname)
    .filter((group) => !hasTwoSpellingsInOneSentence(group, lastWord))
    .flatMap((group) => clusterBy(group, (m) => m.words[0]!.text, 'loose', (a, b) => isSameName(a, b, true)))
    .filter((person) => !hasTwoSpellingsInOneSentence(person, (m) => m.words[0]!));
  const surnameOnly = surnameOnlyMentions(people, mentions.filter((m) => m.words.length === 1));
  return people.map((person, i) => {
    const given = settledForm(person.map((m) => m.words[0]!), (w) => w.text, isHouseSpelling);
    const surname = settledForm(inTextOrder([...person, ...surnameOnly[i]!].map(lastWord)), (w) => w.text, isHouseSpelling);
    const wellSpelled = person.filter((m) => m.words[0]!.text === given && lastWord(m).text === surname);
    const fullName = wellSpelled.length > 0 ? settledForm(wellSpelled, (m) => m.words.map((w) => w.text).join(' ')) : `${given} ${surname}`;
    return { full: person, surnameOnly: surnameOnly[i]!, given, surname, fullName };
  });
}

/**
 * A surname alone belongs to the one person whose full name the article writes with exactly that
 * surname. Near spellings do not join: in edited text "Houk" next to "Don Hoak" is another man.
 */
function surnameOnlyMentions(people: NameMention[][], singles: NameMention[]): NameMention[][] {
  const surnames = people.flatMap((person, i) => [...new Set(person.map((m) => foldName(lastWord(m).text)))].map((spelling) => ({ spelling, i })));
  const owners = new Map([...groupBy(surnames, (s) => s.spelling)].map(([spelling, owned]) => [spelling, owned.map((s) => s.i)]));
  const attached = people.map((): NameMention[] => []);
  for (const single of singles) {
    const owner = owners.get(foldName(single.words[0]!.text));
    if (owner?.length === 1) attached[owner[0]!]!.push(single);
  }
  return attached;
}

/** "Lars Moen met Lars Mohn": two spellings side by side are two people, not a slip. */
function hasTwoSpellingsInOneSentence(mentions: NameMention[], wordOf: (m: NameMention) => NameWord): boolean {
  const spellingBySentence = new Map<number, string>();
  for (const m of mentions) {
    const spelling = foldName(wordOf(m).text);
    if ((spellingBySentence.get(m.sentence) ?? spelling) !== spelling) return true;
    spellingBySentence.set(m.sentence, spelling);
  }
  return false;
}

export const lastWord = (m: NameMention): NameWord => m.words[m.words.length - 1]!;

const inTextOrder = (words: NameWord[]): NameWord[] => [...words].sort((a, b) => a.start - b.start);

/**
 * Single-link groups of items whose keys `isSame` relates, in order of first appearance. A key is
 * compared only with the keys a CloseNameIndex offers as within `reach` of it, once per pair: a
 * long file has thousands of distinct names.
 */
function clusterBy<T>(items: T[], keyOf: (item: T) => string, reach: 'near' | 'loose', isSame: (a: string, b: string) => boolean): T[][] {
  const keys = [...new Set(items.map((i) => foldName(keyOf(i))))];
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const close = new CloseNameIndex(keys, reach);
  const root = keys.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  keys.forEach((key, i) => {
    for (const other of close.candidates(key)) {
      const j = indexOf.get(other)!;
      if (j > i && isSame(key, other)) root[find(j)] = find(i);
    }
  });
  return [...groupBy(items, (item) => find(indexOf.get(foldName(keyOf(item)))!)).values()];
}
