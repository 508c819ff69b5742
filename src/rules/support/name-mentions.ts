import type { Document, Sentence, Token } from '../../input/document.js';
import { isCommonWord, type Lexicon } from '../../text/lexicon.js';
import { tagsOf } from '../../text/part-of-speech.js';
import { isTitleWord } from '../../text/titles.js';
import { isAllCaps, isCapitalized, possessiveLengthAt } from '../../text/words.js';
import type { RuleContext } from '../rule.js';

/** A word of a name as written: hyphenated and apostrophe-joined parts make one word ("Jong-un", "O'Neill"). */
export interface NameWord {
  start: number;
  end: number;
  text: string;
}

/** A proper-name mention: a run of capitalised name words, titles and common words peeled off. */
export interface NameMention {
  words: NameWord[];
  start: number;
  end: number;
  /** The title words right before the name, folded ("defense minister"); '' when none. */
  title: string;
  /** The same words as written. */
  titleWords: NameWord[];
  /** Index of its sentence in `doc.sentences`. */
  sentence: number;
  /** The token right after the mention (possessive ending skipped), if in the same sentence. */
  next?: Token;
  /** The token before the mention and its title, if in the same sentence ("former" in "former Prime Minister X"). */
  before?: Token;
}

/** Above this, a word is a function word or nearly ("that", "when", "new"). */
const FUNCTION_WORD_COUNT = 20000;
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['abu', 'al', 'ben', 'bin', 'bint', 'da', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'van', 'von']);

/** "bin", "de", "van": the small words inside names ("Mohammed bin Salman", "Charles de Gaulle"), in any case. */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

type WordClass = 'name' | 'title' | 'particle' | 'other';

interface SentenceWord extends NameWord {
  /** Is only whitespace (no line break) between this word and the one before? */
  joined: boolean;
  /** Set by mentionsIn. */
  kind: WordClass;
}

/** The article's proper-name mentions, computed once per document. */
export function nameMentions(doc: Document, ctx: RuleContext): NameMention[] {
  return ctx.shared('name-mentions', () => findMentions(doc, ctx.lexicon()));
}

function findMentions(doc: Document, lexicon: Lexicon): NameMention[] {
  const wordsOf = doc.sentences.map((s) => sentenceWords(doc, s));
  const seenMidSentence = new Set<string>();
  for (const words of wordsOf) for (let i = 1; i < words.length; i++) if (isCapitalized(words[i]!.text)) seenMidSentence.add(words[i]!.text);
  // A word the lexicon knows is a name when mostly capitalised or rare, and at a sentence's start
  // only when the article also capitalises it elsewhere ("However" and "Yes" are mostly capitalised too).
  const isName = (word: string, atStart: boolean): boolean => {
    if (!lexicon.isKnown(word)) return true;
    if (atStart && !seenMidSentence.has(word)) return false;
    return !isCommonWord(lexicon, word);
  };
  // A capitalised noun or adjective next to a name is part of it ("Prime Minister Fan Mingzheng",
  // "Ji-hoon Park", "Hoshino Electric"); at a sentence's start, only a proper noun ("Martin Ledezma").
  const joinsName = (word: string, atStart: boolean): boolean => {
    if (isAllCaps(word) || /\p{N}/u.test(word)) return false;
    const tag = tagsOf(word)[0];
    if (atStart) return lexicon.isMostlyCapitalized(word) && tag === undefined;
    return lexicon.count(word) < FUNCTION_WORD_COUNT && (tag === undefined || /^(NN|JJ)/.test(tag));
  };
  // Names and common words recur through an article: each spelling is classified once.
  const classes = new Map<string, WordClass>();
  const classOf: WordClassifier = (word, atStart) => {
    const key = atStart ? `^${word}` : word;
    let kind = classes.get(key);
    if (kind === undefined) classes.set(key, (kind = classify(word, atStart, isName)));
    return kind;
  };
  const mentions = wordsOf.flatMap((words, index) => (isTitleCase(words, lexicon) ? [] : mentionsIn(doc, index, words, classOf, joinsName)));
  return splitRunTogether(mentions);
}

/**
 * "at the Pentagon Lloyd Austin said": a word the article also uses alone, before a full name,
 * is a name of its own that lost its separating punctuation.
 */
function splitRunTogether(mentions: NameMention[]): NameMention[] {
  const alone = new Set(mentions.filter((m) => m.words.length === 1).map((m) => m.words[0]!.text));
  return mentions.flatMap((m): NameMention[] => {
    if (m.words.length < 3 || !alone.has(m.words[0]!.text)) return [m];
    const [first, ...rest] = m.words;
    const firstAlone: NameMention = { words: [first!], start: first!.start, end: first!.end, title: m.title, titleWords: m.titleWords, sentence: m.sentence };
    return [firstAlone, { ...m, words: rest, start: rest[0]!.start, title: '', titleWords: [] }];
  });
}

/**
 * A headline in Title Case capitalises common words too: its capitals say nothing about names.
 * Most of its common words are capitalised; so once the lowercase common words are as many as all
 * the capitalised words, it is none, and the other words need no look-up. Loops, not lists: it
 * runs for every sentence.
 */
function isTitleCase(words: SentenceWord[], lexicon: Lexicon): boolean {
  let capitals = 0;
  for (let i = 1; i < words.length; i++) if (isCapitalized(words[i]!.text)) capitals++;
  if (capitals < 2) return false;
  let lowercaseCommon = 0;
  let capitalizedCommon = 0;
  for (let i = 1; i < words.length && lowercaseCommon < capitals; i++) {
    const { text } = words[i]!;
    if (!isCommonWord(lexicon, text)) continue;
    if (isCapitalized(text)) capitalizedCommon++;
    else lowercaseCommon++;
  }
  return capitalizedCommon + lowercaseCommon >= 2 && capitalizedCommon > lowercaseCommon;
}

type WordTest = (word: string, atStart: boolean) => boolean;
type WordClassifier = (word: string, atStart: boolean) => WordClass;

function mentionsIn(doc: Document, index: number, words: SentenceWord[], classOf: WordClassifier, joinsName: WordTest): NameMention[] {
  words.forEach((w, i) => (w.kind = classOf(w.text, i === 0)));
  words.forEach((w, i) => {
    if (w.kind !== 'other' || !isCapitalized(w.text)) return;
    const before = words[i - 1];
    const after = words[i + 1];
    const isBesideName = (after?.kind === 'name' && after.joined) || (before?.kind === 'name' && w.joined);
    if (isBesideName && joinsName(w.text, i === 0)) w.kind = 'name';
  });
  const mentions: NameMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.kind !== 'name') continue;
    let end = i + 1;
    while (end < words.length && words[end]!.joined && continuesName(words, end)) end++;
    mentions.push(mentionOf(doc, index, words, i, end));
    i = end - 1;
  }
  return mentions;
}

/** A name goes on with a name word, or a particle between two ("Charles de Gaulle"). */
function continuesName(words: SentenceWord[], i: number): boolean {
  const word = words[i]!;
  if (word.kind === 'name') return true;
  return word.kind === 'particle' && words[i + 1]?.kind === 'name' && words[i + 1]!.joined;
}

function classify(text: string, atStart: boolean, isName: WordTest): WordClass {
  // Particles are written lowercase inside a name; a capitalised "De" or "Al" is a name word.
  if (!isCapitalized(text)) return PARTICLES.has(text) ? 'particle' : 'other';
  const bare = text.endsWith('.') ? text.slice(0, -1) : text;
  if (isAllCaps(bare) || (bare.length === 1 && bare === text) || /\p{N}/u.test(text)) return 'other';
  if (isTitleWord(text)) return 'title';
  if (NAME_SUFFIXES.has(bare.toLowerCase())) return 'other';
  return isName(bare, atStart) ? 'name' : 'other';
}

function mentionOf(doc: Document, index: number, words: SentenceWord[], from: number, to: number): NameMention {
  const sentence = doc.sentences[index]!;
  let titleFrom = from;
  while (titleFrom > 0 && words[titleFrom]!.joined && isTitlePart(words[titleFrom - 1]!)) titleFrom--;
  const titles = words.slice(titleFrom, from).map((w) => w.text.toLowerCase());
  const hasTitle = titles.some(isTitleWord);
  const asWritten = ({ start, end, text }: NameWord): NameWord => ({ start, end, text });
  const named = words.slice(from, to).map(asWritten);
  const last = named[named.length - 1]!;
  const after = last.end + possessiveLengthAt(doc.text, last.end);
  const next = firstTokenFrom(doc, sentence, after);
  const before = lastTokenBefore(doc, sentence, words[hasTitle ? titleFrom : from]!.start);
  return {
    words: named,
    start: named[0]!.start,
    end: last.end,
    title: hasTitle ? titles.join(' ') : '',
    titleWords: hasTitle ? words.slice(titleFrom, from).map(asWritten) : [],
    sentence: index,
    ...(next ? { next } : {}),
    ...(before ? { before } : {}),
  };
}

function firstTokenFrom(doc: Document, sentence: Sentence, offset: number): Token | undefined {
  for (let t = sentence.firstToken; t < sentence.endToken; t++) if (doc.tokens[t]!.start >= offset) return doc.tokens[t];
  return undefined;
}

function lastTokenBefore(doc: Document, sentence: Sentence, offset: number): Token | undefined {
  let last: Token | undefined;
  for (let t = sentence.firstToken; t < sentence.endToken && doc.tokens[t]!.end <= offset; t++) last = doc.tokens[t];
  return last;
}

/** Capitalised titles and common words before a name: "Israeli Defense Minister", "Pentagon Chief". */
const isTitlePart = (word: SentenceWord): boolean => (word.kind === 'title' || word.kind === 'other') && isCapitalized(word.text);

/** A sentence's words, hyphen- and apostrophe-joined parts merged, a possessive ending left out. */
function sentenceWords(doc: Document, sentence: Sentence): SentenceWord[] {
  const { tokens } = doc;
  const words: SentenceWord[] = [];
  let previousEnd = -1;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (tokens[i]!.kind !== 'word') {
      previousEnd = -1;
      continue;
    }
    const start = tokens[i]!.start;
    let end = tokens[i]!.end;
    while (isJoiner(doc.text, tokens, i, end, sentence.endToken)) {
      i += 2;
      end = tokens[i]!.end;
    }
    if (isInitialAt(doc.text, start, end) && i + 1 < sentence.endToken) end = tokens[++i]!.end;
    // A word of one token is its token's text: no copy of it, nor of a one-space gap.
    const text = end === tokens[i]!.end && start === tokens[i]!.start ? tokens[i]!.text : doc.text.slice(start, end);
    const joined = previousEnd >= 0 && (start === previousEnd + 1 && doc.text.charCodeAt(previousEnd) === 32 ? true : /^[^\S\n]+$/u.test(doc.text.slice(previousEnd, start)));
    words.push({ start, end, text, joined, kind: 'other' });
    previousEnd = end;
  }
  return words;
}

/** Does a hyphen or an apostrophe (not a possessive) join the word ending at `end` to the next? */
function isJoiner(text: string, tokens: Token[], i: number, end: number, sentenceEnd: number): boolean {
  const mark = i + 1 < sentenceEnd ? tokens[i + 1] : undefined;
  const next = i + 2 < sentenceEnd ? tokens[i + 2] : undefined;
  if (!mark || !next || mark.start !== end || next.start !== mark.end || next.kind !== 'word') return false;
  if (mark.text === '-') return true;
  // "O'Neill", "D’Amato" join; "We'll", "don't" and possessives do not.
  return (mark.text === "'" || mark.text === '’') && isCapitalized(next.text) && possessiveLengthAt(text, mark.start) === 0;
}

/** "J. Smith": one capital and a period, then a space (not "U.S."). */
function isInitialAt(text: string, start: number, end: number): boolean {
  return end === start + 1 && /\p{Lu}/u.test(text.charAt(start)) && text.charAt(end) === '.' && /\s/u.test(text.charAt(end + 1));
}

