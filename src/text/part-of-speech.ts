import { englishWord, wordsByFirstTag } from './english-words.js';

/**
 * The Penn Treebank tags a word can take, most frequent first ("rising": VBG, NN, JJ); empty for a
 * word the table does not list. The table is wink-lexicon's (about 13,000 common English words with
 * fnTBL's tag counts), in the English word table (english-words.ts): enough to tell a verb or a
 * function word from a noun, which word frequencies alone cannot.
 */
export function tagsOf(word: string): readonly string[] {
  return englishWord(word)?.tags ?? [];
}

/** Past forms the tag table lacks ("flew", "forbade"), from wink-lexicon's table of irregular verbs. */
function isIrregularVerbForm(word: string): boolean {
  return englishWord(word)?.irregularVerb ?? false;
}

/**
 * WordNet's lexicographer files that hold things a name can stand for: adj.pertainym (1: "Federal"),
 * noun.artifact (6), communication (10: "the Charter"), event (11), group (14: "the Council"),
 * location (15) and person (18: "the President").
 */
const NAMEABLE_SENSES = new Set([1, 6, 10, 11, 14, 15, 18]);

/**
 * Can the word, capitalised, be the name of something: an institution, a person's title, a place,
 * a building, a document, an event? "Attitude" and "Turnover" cannot. True for words WordNet lacks.
 * WordNet's senses come with wink-lexicon, in the English word table.
 */
export function canNameSomething(word: string): boolean {
  const lower = word.toLowerCase();
  for (const lemma of [lower, lower.replace(/ies$/u, 'y'), lower.replace(/e?s$/u, '')]) {
    const senses = englishWord(lemma)?.senses;
    if (senses) return senses.some((sense) => NAMEABLE_SENSES.has(sense));
  }
  return true;
}

/** Determiners, pronouns, prepositions, conjunctions, modals, wh-words: the closed classes. */
const FUNCTION_TAGS = new Set(['DT', 'PDT', 'IN', 'CC', 'TO', 'MD', 'EX', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB']);
const DETERMINER_TAGS = new Set(['DT', 'PDT', 'PRP$', 'WP$']);
const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

const firstTag = (word: string): string => tagsOf(word)[0] ?? '';

let functionWords: Set<string> | undefined;

/**
 * Is the word mostly a function word ("when", "that", "the", "against")? Asked of nearly every
 * word of an article by several rules, so answered from a small set of the function words in the
 * three case shapes an ASCII word mostly has ("the", "The", "THE"): only a word of another shape
 * ("tHe", "McDonald") or not ASCII is lower-cased to be asked.
 */
export function isFunctionWord(word: string): boolean {
  functionWords ??= new Set(wordsByFirstTag(FUNCTION_TAGS).flatMap(asciiCaseShapes));
  return functionWords.has(word) || (!hasAsciiCaseShape(word) && FUNCTION_TAGS.has(firstTag(word)));
}

const asciiCaseShapes = (word: string): string[] => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];

/** Is the word ASCII and all lower case, capitalised, or all capitals? */
function hasAsciiCaseShape(word: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return false;
    if (code >= 65 && code <= 90) upper++;
    else if (code < 97 || code > 122) continue;
    letters++;
  }
  const code = word.charCodeAt(0);
  return upper === 0 || upper === letters || (upper === 1 && code >= 65 && code <= 90);
}

/** The verb tag of a word that is mostly a verb ("warns": VBZ, "destroy": VB), else undefined. */
export function mainVerbTag(word: string): string | undefined {
  const tag = firstTag(word);
  return tag.startsWith('VB') ? tag : undefined;
}

/** Is the word mostly a determiner or a possessive ("the", "its", "whose")? */
export function isDeterminer(word: string): boolean {
  return DETERMINER_TAGS.has(firstTag(word));
}

/** Is the word mostly a personal or possessive pronoun ("he", "his", "our")? */
export function isPronoun(word: string): boolean {
  return firstTag(word).startsWith('PRP');
}

/** Is the word mostly a preposition or subordinating conjunction ("over", "because")? */
export function isPreposition(word: string): boolean {
  return firstTag(word) === 'IN';
}

/** Is the word mostly a number ("two", "one")? */
export function isCardinal(word: string): boolean {
  return firstTag(word) === 'CD';
}

/** Is the word mostly a modal verb ("will", "could")? */
export function isModal(word: string): boolean {
  return firstTag(word) === 'MD';
}

/** Is the word mostly an adverb ("however", "abruptly")? */
export function isMostlyAdverb(word: string): boolean {
  return firstTag(word).startsWith('RB');
}

/** Can the word open a noun phrase: a noun, a determiner or an adjective ("Efforts", "The", "New")? */
export function opensNounPhrase(word: string): boolean {
  return /^(NN|DT|PDT|JJ)/u.test(firstTag(word)) && firstTag(word) !== 'NNP';
}

/** Is the word mostly a noun ("tension", "chivalry")? */
export function isMostlyNoun(word: string): boolean {
  return firstTag(word).startsWith('NN');
}

/** Can the word be a finite verb in some use ("talks", "met", "will", "forbade")? A function word only as a modal: "the" is no verb. */
export function canBeFiniteVerb(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return isIrregularVerbForm(word);
  if (FUNCTION_TAGS.has(tags[0] ?? '')) return tags[0] === 'MD';
  return tags.some((tag) => FINITE_VERB_TAGS.has(tag));
}

/** Can the word be any verb form, including participles and infinitives? */
export function canBeVerb(word: string): boolean {
  return tagsOf(word).some((tag) => tag.startsWith('VB') || tag === 'MD');
}

/** What is left of a verb after an apostrophe: "weren't" is "weren", "t"; "they're" is "they", "re". */
const CONTRACTED_VERBS = new Set(['t', 're', 've', 'll', 'd', 'm']);
/** After these a verb form is a noun ("a call", "their plans"); after "both" or "these" it can still be the verb. */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'every', 'no', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** Small words inside names from other languages, some of them English verbs ("do"). */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'von', 'van', 'der', 'den', 'al', 'el', 'la', 'le', 'y', 'e', 'bin', 'ibn']);

/** Endings of nouns: an unlisted "connectivity" or "governance" is no verb. */
const NOUN_ENDING = /(?:ity|tion|sion|ment|ness|ship|ism|ance|ence|age|ery|ure|ist)s?$/u;

/**
 * Could a sentence with these words (in order) have a finite verb? Generous on purpose, since a
 * "no" is reported as a fragment: any word that can be a finite verb counts, except right after
 * "to", an article or a possessive ("to achieve", "a call"), or where it reads as a noun
 * ("domestic supply", see isNounHere); the first word counts only as an imperative ("Consider…", not "Plans for…"), and so does the word after an opening adverb ("Then
 * trim…"); capitalised words after the first are names; a word the table lacks counts when it ends
 * in "-ed", or follows a possible subject and does not end like a noun ("Parents indulge", not
 * "railway connectivity").
 */
export function mayHaveFiniteVerb(words: readonly string[]): boolean {
  return words.some((word, k) => {
    if (k === 0 || (k === 1 && isMostlyAdverb(words[0]!))) return tagsOf(word).includes('VB') || (k > 0 && canBeFiniteVerb(word));
    const prev = words[k - 1]!;
    const next = words[k + 1] ?? '';
    // Capitalised words are names, and so are the particles of foreign names ("Operário do Vale").
    if (/^\p{Lu}/u.test(word) || (NAME_PARTICLES.has(word) && /^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(next))) return false;
    if (CONTRACTED_VERBS.has(word)) return true;
    if (prev.toLowerCase() === 'to' || NOUN_MARKERS.has(prev.toLowerCase())) return false;
    // An opening participle takes an object, not a subject: "Including railway connectivity".
    const isSubject = isPossibleSubject(prev) && !(k === 1 && firstTag(prev) === 'VBG');
    if (tagsOf(word).length === 0) return /ed$/u.test(word) || (!NOUN_ENDING.test(word) && isSubject);
    // "we like": after a pronoun even a word that is mostly a preposition is a verb.
    if (firstTag(prev) === 'PRP' && tagsOf(word).includes('VBP')) return true;
    return canBeFiniteVerb(word) && !isNounHere(word, prev, () => isVerbOfPluralAt(words, k));
  });
}

/**
 * Does word `k`, a present form after a singular noun, read as the verb of a plural subject: a
 * plural noun or two nouns joined by "and" before it, and after it what opens an object ("polls
 * of public opinion show popular favor", "corn and wheat supply most of the starch"), not another
 * noun ("rising costs and energy supply concerns") or the end ("signs of a slowdown in the
 * housing market")?
 */
function isVerbOfPluralAt(words: readonly string[], k: number): boolean {
  const next = words[k + 1];
  if (next === undefined || !/^(DT|PDT|JJ|PRP|CD|RB)/u.test(firstTag(next))) return false;
  return words.slice(0, k).some((word, j) => firstTag(word) === 'NNS' || (word === 'and' && j > 0 && isMostlyNoun(words[j - 1]!)));
}

/**
 * Is a word that can be a noun one here: after an adjective, a number or an -ing form ("domestic
 * supply", "two points", "expressing hope"), or a plural-only present form after a singular noun
 * ("supply chain", unlike "the group has" or "officials say") unless it is the verb of a plural
 * subject further back (isVerbOfPluralAt)?
 */
function isNounHere(word: string, prev: string, isVerbOfPlural: () => boolean): boolean {
  const tags = tagsOf(word);
  if (!tags.some((tag) => tag === 'NN' || tag === 'NNS')) return false;
  // An unlisted word that ends like a noun is one: "connectivity, trade".
  const prevTag = firstTag(prev) || (NOUN_ENDING.test(prev) ? 'NN' : '');
  if (/^(JJ|CD|VBG)/u.test(prevTag)) return true;
  return prevTag === 'NN' && !tags.some((tag) => tag === 'VBD' || tag === 'VBZ' || tag === 'MD') && !isVerbOfPlural();
}

/** A word a verb can follow: a noun, a pronoun, a name, an adverb, a wh-word, a gerund, or another unlisted word. */
function isPossibleSubject(word: string): boolean {
  return /^\p{Lu}/u.test(word) || tagsOf(word).length === 0 || /^(NN|PRP$|RB|WDT|WP|EX|CD|VBG)/u.test(firstTag(word));
}
