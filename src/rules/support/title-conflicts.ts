import type { Document } from '../../input/document.js';
import { foldName } from '../../text/name-similarity.js';
import { isCapitalized } from '../../text/words.js';
import type { RuleContext } from '../rule.js';
import { personClusters, type PersonCluster } from './name-clusters.js';
import { nameMentions, type NameMention } from './name-mentions.js';

/** A name that stands once where the article otherwise names another person with the same title. */
export interface TitleConflict {
  mention: NameMention;
  /** The person the title otherwise goes with. */
  holder: PersonCluster;
}

/** Words before a title that make it someone else's ("former Prime Minister", "his predecessor"). */
const OTHER_HOLDER = /^(acting|another|ex|fellow|former|future|her|his|incoming|interim|its|late|new|next|outgoing|previous|then|their)$/i;

/**
 * "Prime Minister Pham Minh Chinh" three times, then "Prime Minister Fan Mingzheng" once: a
 * second transliteration of the same person, which shares no letters with the first. Taken as one
 * only when everything else says so: an office of two words or more held by exactly these two
 * names in the article, the usual holder named at least three times, the other name written once
 * and nowhere else, no "former" or nationality before the title, and no name the lexicon knows.
 */
export function titleConflicts(doc: Document, ctx: RuleContext): TitleConflict[] {
  const lexicon = ctx.lexicon();
  const mentions = nameMentions(doc, ctx);
  const people = personClusters(doc, ctx);
  const titles = new Set(people.flatMap((p) => p.full.map((m) => m.title)).filter((t) => t.includes(' ')));
  return [...titles].flatMap((title): TitleConflict[] => {
    const holders = people.filter((p) => p.full.some((m) => m.title === title));
    if (holders.length !== 2) return [];
    const [usual, odd] = [...holders].sort((a, b) => mentionCount(b) - mentionCount(a));
    const mention = odd!.full[0]!;
    if (mentionCount(usual!) < 3 || mentionCount(odd!) !== 1 || usual!.full.filter((m) => m.title === title).length < 2) return [];
    if (mention.before && (isCapitalized(mention.before.text) || OTHER_HOLDER.test(mention.before.text))) return [];
    if (mention.words.some((w) => lexicon.isMostlyCapitalized(w.text) || isWrittenElsewhere(w.text, mention, mentions))) return [];
    return [{ mention, holder: usual! }];
  });
}

const mentionCount = (p: PersonCluster): number => p.full.length + p.surnameOnly.length;

function isWrittenElsewhere(word: string, mention: NameMention, mentions: NameMention[]): boolean {
  const folded = foldName(word);
  return mentions.some((m) => m !== mention && m.words.some((w) => foldName(w.text) === folded));
}
