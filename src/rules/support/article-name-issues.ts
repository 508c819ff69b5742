import type { Document, Token } from '../../input/document.js';
import { settledForm } from '../../text/majority.js';
import { bareLetters, foldName, nameCloseness } from '../../text/name-similarity.js';
import { groupBy } from '../../text/group-by.js';
import { isGivenNameTitle } from '../../text/titles.js';
import { isCapitalized } from '../../text/words.js';
import { letterRunsFrom } from './letter-runs.js';
import type { RuleContext } from '../rule.js';
import { lastWord, personClusters, type PersonCluster } from './name-clusters.js';
import { nameMentions, type NameMention } from './name-mentions.js';
import { lonelySpellingIssues } from './lonely-spellings.js';
import { titleConflicts } from './title-conflicts.js';
import { titleHead, translatedSurnameOf } from './translated-surname.js';

/** A span written one way where the article writes the same name another way. */
export interface NameIssue {
  start: number;
  end: number;
  replacement: string;
  message: string;
  /** A single word ("Galant"): two next to each other in one name are one fix ("Martin Ledezma"). */
  isWord: boolean;
}

/**
 * The article's own name inconsistencies, most certain kinds first: the same letters written
 * otherwise, a person's given name or surname spelt otherwise, a surname translated, a given
 * name after a royal title spelt otherwise, a rare name spelt two ways, another name in a title's place.
 */
export function articleNameIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  return [
    ...formIssues(doc, ctx),
    ...spacingIssues(doc, ctx),
    ...spellingIssues(doc, ctx),
    ...translatedIssues(doc, ctx),
    ...titledGivenNameIssues(doc, ctx),
    ...lonelySpellingIssues(doc, ctx).map((w) => spelledElsewhere(doc, w, w.house, w.house)),
    ...titleIssues(doc, ctx),
  ];
}

/** Longer runs of letters are sentences, not names. */
const MAX_NAME_LETTERS = 40;
/** Above this, a word is a function word or nearly ("the", "they"). */
const FUNCTION_WORD_COUNT = 20000;

const surfaceOf = (doc: Document, m: NameMention): string => doc.text.slice(m.start, m.end).replace(/\s+/gu, ' ');

/**
 * "Kim Jong Un" where the article mostly writes "Kim Jong-un", "Tanaka Hiroshi" where it writes
 * "Hiroshi Tanaka": the same letters, spaced, hyphenated or ordered otherwise.
 */
function formIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  const mentions = nameMentions(doc, ctx);
  const sameLetters = groupMentions(mentions, (m) => bareLetters(surfaceOf(doc, m)));
  const twoWordsEitherWay = groupMentions(mentions.filter((m) => m.words.length === 2), (m) => m.words.map((w) => bareLetters(w.text)).sort().join(' '));
  return [...sameLetters, ...twoWordsEitherWay].flatMap((group) => {
    const house = settledForm(group, (m) => surfaceOf(doc, m));
    return group.filter((m) => surfaceOf(doc, m) !== house).map((m) => ({ ...spelledElsewhere(doc, m, house, house), isWord: false }));
  });
}

function groupMentions(mentions: NameMention[], keyOf: (m: NameMention) => string): NameMention[][] {
  return [...groupBy(mentions, keyOf).values()];
}

/**
 * "Change-6" and "Chang'e 6" where the article mostly writes "Chang'e-6": capitalised names with
 * the same letters and other hyphens, apostrophes or spaces, digits included. Longest first.
 */
function spacingIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  const spans: Array<{ letters: string; start: number; end: number; text: string }> = [];
  const isNamePart = (t: Token): boolean => isCapitalized(t.text) || /^\p{N}/u.test(t.text);
  // A name does not start with a function word: "They" is not "The Y".
  const isFunctionWord = (word: string): boolean => ctx.lexicon().count(word) >= FUNCTION_WORD_COUNT;
  doc.tokens.forEach((token, i) => {
    if (token.kind !== 'word' || !isCapitalized(token.text) || isFunctionWord(token.text)) return;
    for (const run of letterRunsFrom(doc, i, { canFollowSpace: isNamePart, isWanted: (letters) => letters.length <= MAX_NAME_LETTERS })) {
      if (!run.endsWord || run.letters.length < 4) continue;
      const end = doc.tokens[run.lastToken]!.end;
      spans.push({ letters: run.letters, start: token.start, end, text: doc.text.slice(token.start, end) });
    }
  });
  const issues = [...groupBy(spans, (s) => s.letters).values()].flatMap((group) => {
    const house = settledForm(group, (s) => s.text);
    const marksOf = (text: string): string => text.replace(/[\p{L}\p{M}\p{N}]/gu, '');
    return group.filter((s) => marksOf(s.text) !== marksOf(house)).map((s) => ({ ...spelledElsewhere(doc, s, house, house), isWord: false }));
  });
  return issues.sort((a, b) => b.end - b.start - (a.end - a.start));
}

/** A given name or surname spelled otherwise than in the rest of the same person's mentions. */
function spellingIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  return personClusters(doc, ctx).flatMap((person) => {
    const house = person.fullName;
    const givenNames = person.full.map((m) => m.words[0]!);
    const surnames = [...person.full, ...person.surnameOnly].map(lastWord);
    return [
      ...givenNames.filter((w) => w.text !== person.given).map((w) => spelledElsewhere(doc, w, person.given, house)),
      ...surnames.filter((w) => w.text !== person.surname).map((w) => spelledElsewhere(doc, w, person.surname, house)),
    ];
  });
}

/**
 * "Senator Irene patience" where the article names Senator Irene Kowalczyk: the surname
 * translated. The same title before the same given name is what says it is the same person.
 */
function translatedIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  const people = personClusters(doc, ctx);
  return nameMentions(doc, ctx).flatMap((mention): NameIssue[] => {
    const surname = translatedSurnameOf(doc, mention, ctx.lexicon());
    if (!surname) return [];
    const given = mention.words[0]!.text;
    const matches = people.filter((p) => hasGivenName(p, given) && p.full.some((m) => titleHead(doc, m) === titleHead(doc, mention)));
    if (matches.length !== 1) return [];
    const house = matches[0]!.fullName;
    const found = doc.text.slice(mention.start, surname.end);
    const message = `“${found}” looks like “${house}” with the surname translated: write “${house}”`;
    return [{ start: mention.start, end: surname.end, replacement: house, message, isWord: false }];
  });
}

/** "Sheikh Mishal" where the article names Sheikh Meshal Al-Sabah: a given name after a royal or religious title. */
function titledGivenNameIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  const people = personClusters(doc, ctx);
  const lexicon = ctx.lexicon();
  return nameMentions(doc, ctx).flatMap((mention): NameIssue[] => {
    const given = mention.words[0]!;
    const title = titleHead(doc, mention);
    if (mention.words.length !== 1 || !isGivenNameTitle(title) || lexicon.isKnown(given.text)) return [];
    const matches = people.filter((p) => p.full.some((m) => titleHead(doc, m) === title) && hasGivenName(p, given.text));
    if (matches.length !== 1 || matches[0]!.given === given.text) return [];
    return [spelledElsewhere(doc, given, matches[0]!.given, matches[0]!.fullName)];
  });
}

/** "Prime Minister Fan Mingzheng" once where the article otherwise has Prime Minister Pham Minh Chinh. */
function titleIssues(doc: Document, ctx: RuleContext): NameIssue[] {
  return titleConflicts(doc, ctx).map(({ mention, holder }) => {
    const house = holder.fullName;
    const found = doc.text.slice(mention.start, mention.end);
    const message = `“${found}” has the title this article otherwise gives “${house}”: if it is the same person, write “${house}”`;
    return { start: mention.start, end: mention.end, replacement: house, message, isWord: false };
  });
}

function spelledElsewhere(doc: Document, span: { start: number; end: number }, replacement: string, house: string): NameIssue {
  const found = doc.text.slice(span.start, span.end);
  const where = house === replacement ? '' : ` (${house})`;
  const message = `“${found}” is written “${replacement}” elsewhere in this article${where}: write “${replacement}”`;
  return { start: span.start, end: span.end, replacement, message, isWord: true };
}

function hasGivenName(person: PersonCluster, given: string): boolean {
  return person.full.some((m) => foldName(m.words[0]!.text) === foldName(given)) || nameCloseness(given, person.given) !== 'far';
}
