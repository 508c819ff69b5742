import { tokensWithin, type Document, type Sentence, type Token } from '../../input/document.js';
import { isFunctionWord } from '../../text/part-of-speech.js';
import { isCapitalized } from '../../text/words.js';
import type { RuleContext } from '../rule.js';

/** Marks after which a word may start with a capital: quotes, brackets, a colon, dashes, bullets, stops. */
const OPENERS = new Set(['“', '"', '‘', "'", '«', '(', '[', '{', ':', '—', '–', '-', '/', '•', '*', '·', '|', '>', '.', '?', '!', '…']);
const ENDS_LIKE_PROSE = /[.!?]["'”’)\]»]*$/u;
/** Prose has at least this many words; shorter blocks are headlines, labels, credits. */
const MIN_PROSE_WORDS = 8;
/** In a title-case headline at most this share of the content words is in lower case ("Prices Rise as Talks Stall in Doha"). */
const TITLE_CASE_MAX_LOWERCASE = 0.2;

/** The word token right before token `i`, with only spaces between them (no punctuation). */
export function wordBefore(doc: Document, i: number): Token | undefined {
  const prev = doc.tokens[i - 1];
  return prev?.kind === 'word' && /^[^\S\n\r]+$/u.test(doc.text.slice(prev.end, doc.tokens[i]!.start)) ? prev : undefined;
}

/** The word token right after token `i`, with only spaces between them. */
export function wordAfter(doc: Document, i: number): Token | undefined {
  const next = doc.tokens[i + 1];
  return next?.kind === 'word' && /^[^\S\n\r]+$/u.test(doc.text.slice(doc.tokens[i]!.end, next.start)) ? next : undefined;
}

/** Is token `i` the first word of its sentence (only punctuation before it)? */
export function isFirstWordOf(doc: Document, sentence: Sentence, i: number): boolean {
  for (let k = sentence.firstToken; k < i; k++) if (doc.tokens[k]!.kind === 'word') return false;
  return true;
}

/** Is a capital at token `i` explained by its place: its sentence's start, or after an opening mark or a list number? */
export function isCapitalExpected(doc: Document, sentence: Sentence, i: number): boolean {
  if (isFirstWordOf(doc, sentence, i)) return true;
  const prev = doc.tokens[i - 1];
  // A list numbered without stops: "two reasons: 1 The record…; 2 The desire…".
  return prev === undefined || (prev.kind === 'punct' && OPENERS.has(prev.text)) || /^\d+$/u.test(prev.text) || isAfterListLabel(doc, sentence, i);
}

/** A list item's label: a number, a letter, a small roman numeral. */
const LIST_LABEL = /^(?:\d{1,3}|\p{L}|[ivx]{2,4}|[IVX]{2,4})$/u;
/** Marks after which a labelled item starts: "…is received. 1) The pastor", "as shown: (A) For". */
const BEFORE_LIST_LABEL = new Set([':', ';', '.', '!', '?']);

/** Is token `i` the first word of a labelled list item: "(4) This could be", "1) The pastor writes"? */
function isAfterListLabel(doc: Document, sentence: Sentence, i: number): boolean {
  const { tokens } = doc;
  if (tokens[i - 1]?.text !== ')' || !LIST_LABEL.test(tokens[i - 2]?.text ?? '')) return false;
  const opening = tokens[i - 3]?.text === '(' ? i - 3 : i - 2;
  const before = tokens[opening - 1];
  return opening <= sentence.firstToken || before === undefined || (before.kind === 'punct' && BEFORE_LIST_LABEL.has(before.text));
}

/** The sentences of the article's running text: blocks that read as prose, not headlines, captions or labels. */
export function proseSentences(doc: Document, ctx: RuleContext): Sentence[] {
  return ctx.shared('prose-sentences', () => {
    const prose = new Set(doc.blocks.map((_, index) => index).filter((index) => isProseBlock(doc, index)));
    return doc.sentences.filter((s) => prose.has(s.block));
  });
}

function isProseBlock(doc: Document, index: number): boolean {
  const block = doc.blocks[index]!;
  if (block.kind !== 'paragraph' && block.kind !== 'quote') return false;
  if (!ENDS_LIKE_PROSE.test(doc.text.slice(block.start, block.end))) return false;
  const words = tokensWithin(doc, block.start, block.end).filter((t) => t.kind === 'word');
  return words.length >= MIN_PROSE_WORDS && !isTitleCase(words);
}

/** A headline written in title case: hardly a content word in lower case. */
function isTitleCase(words: Token[]): boolean {
  const longer = words.filter((w) => w.text.length > 3);
  // Prose is settled after a few words: more lowercase content words than the share allows of
  // all the longer words is more than it allows of the content words among them.
  const enough = TITLE_CASE_MAX_LOWERCASE * longer.length;
  let lowercase = 0;
  for (const w of longer) if (!isCapitalized(w.text) && !isFunctionWord(w.text) && ++lowercase > enough) return false;
  const content = longer.filter((w) => !isFunctionWord(w.text));
  return content.length >= 4 && lowercase <= TITLE_CASE_MAX_LOWERCASE * content.length;
}

