import type { Lexicon } from '../../text/lexicon.js';
import { bareLetters, foldName, nameCloseness } from '../../text/name-similarity.js';
import { isTitleWord } from '../../text/titles.js';
import { isNameParticle, type NameWord } from './name-mentions.js';

/** How a written word stands to the word of a name it is compared with. */
type PairKind = 'exact' | 'letters' | 'particle' | 'near' | 'loose' | 'mismatch';

/** Where a written name differs from a house form, and what to write there. */
export interface Alignment {
  start: number;
  end: number;
  replacement: string;
}

/** What else the article says about the name a form belongs to. */
export interface AlignmentContext {
  /** Does the article also write the name in a form the glossary accepts? */
  isNamedElsewhere: boolean;
  /** For a form compared the other way round ("Tanaka Hiroshi"): the form as it is written. */
  writeAs?: readonly string[];
}

/**
 * Compares written words with the words of a house form, one to one ("Jassim Al-Budaiwi" with
 * "Jasem Albudaiwi"), and says where they differ and what to write. The evidence must add up:
 * - one word alone must be one the lexicon does not know ("Austen" is a name of its own), with the
 *   house form's very letters ("Benitez"), or spelt near them where the article also names the
 *   house form ("Galant" beside "Gallant");
 * - in a longer name, a word spelt loosely ("Yove") or one the lexicon knows needs another word
 *   written as in the house form, or else every word is a near spelling ("Martin Ledezma" for
 *   "Martín Ledesma") or a particle ("ben" for "bin");
 * - a name the article does not otherwise write must share one word's very letters with the house
 *   form ("Al-Budaiwi"), or a word the lexicon does not know ("Yair Lapidd"), or be three words
 *   or more, none loose ("Mohammed ben Salmane"): two common names alike by chance are common
 *   ("Mike Johnston" is not "Mike Johnson"), rare or long ones are not.
 * The span covers the differing words only.
 */
export function alignToForm(words: readonly NameWord[], form: readonly string[], lexicon: Lexicon, context: AlignmentContext): Alignment | undefined {
  const { isNamedElsewhere, writeAs } = context;
  if (words.length !== form.length || (writeAs && !isNamedElsewhere)) return undefined;
  const kinds = pairKinds(words, form);
  if (!kinds) return undefined;
  const differs = kinds.map((kind) => writeAs !== undefined || kind !== 'exact');
  if (!differs.includes(true) || !isEnough(words, form, kinds, lexicon, context)) return undefined;
  const first = differs.indexOf(true);
  const last = differs.lastIndexOf(true);
  return { start: words[first]!.start, end: words[last]!.end, replacement: (writeAs ?? form).slice(first, last + 1).join(' ').normalize('NFC') };
}

function isEnough(words: readonly NameWord[], form: readonly string[], kinds: PairKind[], lexicon: Lexicon, context: AlignmentContext): boolean {
  if (context.writeAs) return true;
  const isStrong = (k: number): boolean => !lexicon.isKnown(words[k]!.text);
  if (words.length === 1) return isStrong(0) && (kinds[0] === 'letters' || (kinds[0] === 'near' && context.isNamedElsewhere));
  // Particles and titles ("bin", "Sheikh") prove nothing: many names have them.
  const isWord = (k: number): boolean => !isNameParticle(form[k]!) && !isTitleWord(form[k]!);
  // Same letters (only case, accents or hyphens differ) is as good an anchor as the same spelling.
  const isAnchor = (kind: PairKind, k: number): boolean => (kind === 'exact' || kind === 'letters') && isWord(k);
  const anchored = kinds.some(isAnchor);
  const sameLetters = kinds.some((kind, k) => kind === 'letters' && isWord(k));
  const rareAnchor = kinds.some((kind, k) => isAnchor(kind, k) && isStrong(k));
  const noLoose = !kinds.includes('loose');
  // A loose spelling needs an anchor that is no common name: "Lee Jae-yong" is not "Lee Jae-myung".
  if (!noLoose && !kinds.some((kind, k) => isAnchor(kind, k) && !lexicon.isMostlyCapitalized(words[k]!.text))) return false;
  if (!context.isNamedElsewhere) return anchored && (sameLetters || rareAnchor || (words.length >= 3 && noLoose));
  const allNear = kinds.every((kind, k) => (kind === 'near' && isStrong(k)) || kind === 'particle' || (kind === 'exact' && !isWord(k))) && kinds.includes('near');
  return anchored || allNear;
}

/** How each written word stands to the form's word in its place; undefined at the first mismatch. */
function pairKinds(words: readonly NameWord[], form: readonly string[]): PairKind[] | undefined {
  const kinds: PairKind[] = [];
  for (let k = 0; k < words.length; k++) {
    const kind = pairKind(words[k]!.text, form[k]!);
    if (kind === 'mismatch') return undefined;
    kinds.push(kind);
  }
  return kinds;
}

/**
 * Pairs judged so far, by written word, then house word: a name and the forms it is compared with
 * recur through an article and a run. Two Maps, not one keyed by the two words joined: a joined
 * key is a new string to make and hash at every comparison.
 */
const judged = new Map<string, Map<string, PairKind>>();
let judgedCount = 0;
/** Bounds the memory of a long run; a clear now and then costs little. */
const JUDGED_LIMIT = 200_000;

function pairKind(written: string, house: string): PairKind {
  if (judgedCount >= JUDGED_LIMIT) {
    judged.clear();
    judgedCount = 0;
  }
  let byHouse = judged.get(written);
  if (!byHouse) judged.set(written, (byHouse = new Map()));
  let kind = byHouse.get(house);
  if (kind === undefined) {
    kind = judgePair(written, house);
    byHouse.set(house, kind);
    judgedCount++;
  }
  return kind;
}

function judgePair(written: string, house: string): PairKind {
  if (written.normalize('NFC') === house.normalize('NFC')) return 'exact';
  if (bareLetters(written) === bareLetters(house)) return 'letters';
  if (isNameParticle(written) && isNameParticle(house)) return 'particle';
  const closeness = nameCloseness(written, house);
  return closeness === 'near' || closeness === 'loose' ? closeness : 'mismatch';
}
