import type { Document } from '../../input/document.js';
import type { Lexicon } from '../../text/lexicon.js';
import { settledForm } from '../../text/majority.js';
import { bareLetters, foldName, nameCloseness, CloseNameIndex } from '../../text/name-similarity.js';
import { firstIndex } from '../../text/binary-search.js';
import { groupBy } from '../../text/group-by.js';
import { isTitleWord } from '../../text/titles.js';
import { isCapitalized } from '../../text/words.js';
import type { RuleContext } from '../rule.js';
import { isNameParticle, nameMentions, type NameMention, type NameWord } from './name-mentions.js';

/** A name word written otherwise than the article's usual spelling of it. */
export interface LonelySpelling extends NameWord {
  house: string;
}

interface Occurrence {
  word: NameWord;
  mention: NameMention;
}

/**
 * Names the lexicon does not know, spelt two near ways in one article ("Pozzuoli"/"Pozzuolli",
 * "Hoshino"/"Hosino", "Yekaterinburg"/"Ekaterinburg"): places, companies and single names that
 * no person's full name ties together. Both spellings must be rare words (the lexicon's
 * "Stafford" beside "Stamford" is two names), never side by side in a sentence, and not the
 * surnames of two people with different given names ("Ralph Houk", "Don Hoak"), and written in
 * the same role (a given name before a surname, or not).
 */
export function lonelySpellingIssues(doc: Document, ctx: RuleContext): LonelySpelling[] {
  const lexicon = ctx.lexicon();
  const occurrences = nameMentions(doc, ctx).flatMap((mention) => mention.words.map((word) => ({ word, mention }))).filter((o) => isRareName(o.word.text, lexicon));
  const bySpelling = groupBy(occurrences, (o) => foldName(o.word.text));
  const spellings = [...bySpelling.keys()];
  const near = new CloseNameIndex(spellings);
  return spellings.flatMap((spelling) => {
    const candidates = near.candidates(spelling);
    const isSame = (other: string): boolean => other !== spelling && candidates.has(other) && isSameName(doc, lexicon, bySpelling.get(spelling)!, bySpelling.get(other)!);
    // Order does not matter: the group's occurrences are sorted by place below.
    const group = [spelling, ...[...candidates].filter(isSame)];
    if (group.length < 2) return [];
    const all = group.flatMap((s) => bySpelling.get(s)!).sort((a, b) => a.word.start - b.word.start);
    const house = settledForm(all, (o) => o.word.text);
    if (foldName(house) === spelling || !isOutnumbered(spelling, foldName(house), bySpelling)) return [];
    return bySpelling.get(spelling)!.map((o) => ({ ...o.word, house }));
  });
}

function isRareName(word: string, lexicon: Lexicon): boolean {
  return !isNameParticle(word) && bareLetters(word).length >= 4 && !lexicon.isKnown(word);
}

/**
 * Where nothing else ties two rare names, numbers or an introduction must: the house spelling
 * twice or more and the other less often, or the house spelling in a full name ("Lucia Ferrante")
 * before a long surname alone spelt otherwise ("Ferranti"). Accents and hyphens need neither.
 */
function isOutnumbered(spelling: string, house: string, bySpelling: Map<string, Occurrence[]>): boolean {
  if (bareLetters(spelling) === bareLetters(house)) return true;
  const [variants, houses] = [bySpelling.get(spelling)!, bySpelling.get(house)!];
  if (houses.length >= 2 && variants.length < houses.length) return true;
  const firstVariant = Math.min(...variants.map((o) => o.word.start));
  const introduced = houses.some((o) => o.mention.words.length > 1 && o.word.start < firstVariant);
  return introduced && variants.length <= houses.length && Math.min(spelling.length, house.length) >= 6;
}

function isSameName(doc: Document, lexicon: Lexicon, a: Occurrence[], b: Occurrence[]): boolean {
  const [x, y] = [foldName(a[0]!.word.text), foldName(b[0]!.word.text)];
  if (nameCloseness(x, y) !== 'near') return false;
  const sentences = new Set(a.map((o) => o.mention.sentence));
  if (b.some((o) => sentences.has(o.mention.sentence))) return false;
  // A given name is not a single name: "Rodrigo Riquelme" is not the "Rodrygo" of the next line
  // (but "Hoshino Electric" is the company "Hosino" shortens).
  const isGivenName = (o: Occurrence): boolean => {
    const { words } = o.mention;
    const last = words[words.length - 1]!.text;
    return words.length > 1 && words[0] === o.word && (!lexicon.isKnown(last) || lexicon.isMostlyCapitalized(last));
  };
  const roles = new Set(a.map(isGivenName));
  return b.some((o) => roles.has(isGivenName(o))) && !haveDifferentPartners(doc, a, b);
}

/** Do both spellings stand in full names whose other words differ ("Ralph Houk", "Don Hoak")? */
function haveDifferentPartners(doc: Document, a: Occurrence[], b: Occurrence[]): boolean {
  const partners = (os: Occurrence[]): string[] => os.flatMap((o) => [...o.mention.words.filter((w) => w !== o.word).map((w) => w.text), ...capitalBefore(doc, o.mention)]);
  // Distinct partners: a name met a thousand times in a long file has few.
  const [pa, pb] = [[...new Set(partners(a))], [...new Set(partners(b))]];
  if (pa.length === 0 || pb.length === 0) return false;
  return !pa.some((x) => pb.some((y) => ['same', 'near'].includes(nameCloseness(x, y))));
}

/** A capitalised word right before a name, which the lexicon took for a common word ("Don" of "Don Hoak"). */
function capitalBefore(doc: Document, mention: NameMention): string[] {
  const { firstToken } = doc.sentences[mention.sentence]!;
  const index = firstIndex(doc.tokens.length, (i) => doc.tokens[i]!.start >= mention.start);
  const before = index > firstToken ? doc.tokens[index - 1]! : undefined;
  return before && before.kind === 'word' && isCapitalized(before.text) && doc.text.slice(before.end, mention.start) === ' ' && !isTitleWord(before.text) ? [before.text] : [];
}
