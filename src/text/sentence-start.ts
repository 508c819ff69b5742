import { isCardinal, isDeterminer, isFunctionWord, isPreposition, mainVerbTag, mayHaveFiniteVerb, opensNounPhrase, tagsOf } from './part-of-speech.js';

/**
 * How a sentence fails to stand alone after the one before it:
 * - `relative`: a relative clause ("Where he states that…", "After which it was withdrawn…");
 * - `continuation`: a verbless phrase that carries on the sentence before ("Especially in Recife.",
 *   "Marking the first time that…", "Two points ahead of Vale.");
 * - `verbless`: a noun phrase with no verb ("Efforts to achieve a ceasefire.").
 */
export type BrokenStart = 'relative' | 'continuation' | 'verbless';

const RELATIVES = new Set(['where', 'which', 'whose', 'whom']);
/** Words that add to a list in the sentence before: "… stores in the Northeast. Especially in Recife." */
const INCLUSION_OPENERS = new Set([
  'especially', 'particularly', 'mainly', 'mostly', 'chiefly', 'primarily', 'notably', 'namely', 'specifically',
  'among', 'such', 'like',
]);
/** "No further firing.", "Not for me.": a negation opens a fragment on purpose. */
const NEGATIONS = new Set(['no', 'not', 'never', 'nothing', 'none']);
/** Words opening a subordinate clause: a verb after them does not make the sentence whole. */
const SUBORDINATORS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'unless', 'whereas']);
/** Conjunctions that open a clause of their own ("If that's all…", "As if to…"): their sentence has a verb somewhere. */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'as', 'since', 'once', 'until', 'whether', 'so', 'than', 'that']);
/** A verbless "sentence" this short or this long is a label or a list, not a broken-off phrase. */
const WORDS = { min: 3, max: 25 };
/** A run of names ("Travelers Indemnity Co. and the Continental Casualty Co.") is a list, not a cut-off phrase. */
const MIN_LOWERCASE_CONTENT = 2;

/** The words of a sentence in order, with its commas as "," items. */
export function brokenStartOf(tokens: readonly string[]): BrokenStart | undefined {
  const words = tokens.filter((t) => t !== ',');
  const hasComma = words.length < tokens.length;
  const first = words[0]?.toLowerCase();
  if (first === undefined || words.length < WORDS.min || words.length > WORDS.max || NEGATIONS.has(first)) return undefined;
  const opensRelative = RELATIVES.has(first) || (isPreposition(first) && RELATIVES.has(words[1]!.toLowerCase()));
  if (opensRelative) return hasComma ? undefined : 'relative';
  if (isContinuationOpener(first) && !mayHaveFiniteVerb(mainClause(tokens))) return 'continuation';
  const lowercaseContent = words.filter((w) => w === w.toLowerCase() && !isFunctionWord(w)).length;
  if (opensNounPhrase(first) && lowercaseContent >= MIN_LOWERCASE_CONTENT && !mayHaveFiniteVerb(words)) return 'verbless';
  return undefined;
}

/**
 * "Especially", "Marking", "Two": words that start a phrase hanging on the sentence before. Not
 * any preposition: "In the end, …" and "For a while …" open whole sentences too often.
 */
function isContinuationOpener(word: string): boolean {
  if (CLAUSE_OPENERS.has(word)) return false;
  return INCLUSION_OPENERS.has(word) || mainVerbTag(word) === 'VBG' || isCardinal(word);
}

/**
 * The words before a subordinate clause that runs to the end: "Marking the first time [that
 * samples have been…]", but all of "In August while stopping in Greenock, three members rendered…".
 */
function mainClause(tokens: readonly string[]): readonly string[] {
  const end = tokens.findIndex((w, k) => k > 0 && opensSubordinateClause(tokens[k - 1]!, w, tokens[k + 1]));
  const words = tokens.filter((t) => t !== ',');
  return end < 0 || tokens.indexOf(',', end) >= 0 ? words : tokens.slice(0, end).filter((t) => t !== ',');
}

/**
 * "that it would", "that samples have": a conjunction; "that event", "that is": a determiner or a
 * pronoun. "a while": a noun.
 */
function opensSubordinateClause(prev: string, word: string, next: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (isDeterminer(prev)) return false;
  if (lower !== 'that') return SUBORDINATORS.has(lower);
  return next !== undefined && (/^\p{Lu}/u.test(next) || /^(PRP|DT|NNS)$/u.test(tagsOf(next)[0] ?? ''));
}
