import { LineIndex } from '../text/line-index.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize, type Token } from '../text/words.js';
import type { Directive } from './directives.js';
import { normalizeWithMap } from './normalize.js';
import type { OffsetMap } from './offset-map.js';

export type { Token };

/** What a block of checkable text is in its file; rules treat headings and captions differently. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell' | 'caption' | 'title';

export type InputFormat = 'plain' | 'markdown' | 'html' | 'xliff';

/** A block in a document's text: a paragraph, heading, list item… Offsets into `Document.text`. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A sentence: offsets into `Document.text`, and its tokens as `tokens.slice(firstToken, endToken)`. */
export interface Sentence {
  start: number;
  end: number;
  block: number;
  firstToken: number;
  endToken: number;
}

/**
 * What a format parser hands over: the checkable text, where each block of it is, and how its
 * offsets map back into the (NFC-normalised) file.
 */
export interface Extraction {
  text: string;
  blocks: Block[];
  map: OffsetMap;
  /** Inline suppressions the parser found, in offsets into the text it was given. */
  directives?: Directive[];
  /** What the text translates, where the file says (XLIFF sources); offsets into `text`. */
  sourceSegments?: SourceSegment[];
  /** The source language's code, where the file says ("es"). */
  sourceLanguage?: string;
  /** What the parser could not read (an element left open), in offsets into the text it was given. */
  problems?: InputProblem[];
}

/** A flaw in the file itself, reported as an error finding so the file is not taken as clean. */
export interface InputProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * A passage of the original-language text and the stretch of `Document.text` that translates it:
 * an XLIFF unit's source and target, or a paragraph of `--source FILE` aligned with the article's.
 */
export interface SourceSegment {
  /** The source passage as plain text (markup and codes left out). */
  text: string;
  start: number;
  end: number;
}

/**
 * An article as the rules see it. All offsets are UTF-16 into `text` (NFC, extracted); the engine
 * maps them into `source`, the file as read, with `toSource`.
 */
export interface Document {
  path: string;
  format: InputFormat;
  /** The file's text as read: UTF-8 decoded, BOM removed. */
  source: string;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** Word and punctuation tokens of `text`, in order. */
  tokens: Token[];
  /** Line/column lookup over `source`. */
  lines: LineIndex;
  toSource(offset: number, bias: 'start' | 'end'): number;
  /** Inline suppressions written in the file (offsets into `source`). */
  directives: Directive[];
  /** The original-language text, aligned with `text`, when it is known (bilingual checks). */
  sourceSegments?: SourceSegment[];
  sourceLanguage?: string;
  /** What the parser could not read (offsets into `source`). */
  problems: InputProblem[];
}

export type Extractor = (normalizedSource: string) => Extraction;

/** Builds the document model once per article: normalise, extract, split, tokenise. */
export function buildDocument(path: string, format: InputFormat, source: string, extract: Extractor): Document {
  const normalized = normalizeWithMap(source);
  const extraction = extract(normalized.text);
  const { text, blocks } = extraction;
  const tokens = tokenize(text);
  const sentences = sentencesOf(text, blocks, tokens);
  const toSource = (offset: number, bias: 'start' | 'end'): number =>
    normalized.map.toSource(extraction.map.toSource(offset, bias), bias);
  const directives = (extraction.directives ?? []).map((d) => mapDirective(d, normalized.map));
  const problems = (extraction.problems ?? []).map((p) => ({ ...p, start: normalized.map.toSource(p.start, 'start'), end: normalized.map.toSource(p.end, 'end') }));
  const doc: Document = { path, format, source, text, blocks, sentences, tokens, lines: new LineIndex(source), toSource, directives, problems };
  if (extraction.sourceSegments) doc.sourceSegments = extraction.sourceSegments;
  if (extraction.sourceLanguage) doc.sourceLanguage = extraction.sourceLanguage;
  return doc;
}

/** Parsers see the normalised text; the directive's offsets go back into the file as read. */
function mapDirective(directive: Directive, map: OffsetMap): Directive {
  const mapped: Directive = { ...directive, start: map.toSource(directive.start, 'start'), end: map.toSource(directive.end, 'end') };
  if (directive.range) mapped.range = { start: map.toSource(directive.range.start, 'start'), end: map.toSource(directive.range.end, 'end') };
  return mapped;
}

function sentencesOf(text: string, blocks: Block[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let t = 0;
  blocks.forEach((block, index) => {
    for (const span of splitSentences(text, block.start, block.end)) {
      while (t < tokens.length && tokens[t]!.start < span.start) t++;
      const firstToken = t;
      while (t < tokens.length && tokens[t]!.end <= span.end) t++;
      sentences.push({ ...span, block: index, firstToken, endToken: t });
    }
  });
  return sentences;
}

/** The tokens of one sentence. */
export function sentenceTokens(doc: Document, sentence: Sentence): Token[] {
  return doc.tokens.slice(sentence.firstToken, sentence.endToken);
}

/** The tokens lying wholly within `[start, end)`: found by binary search, not by a scan of the whole document. */
export function tokensWithin(doc: Document, start: number, end: number): Token[] {
  const { tokens } = doc;
  let from = 0;
  let to = tokens.length;
  while (from < to) {
    const mid = (from + to) >> 1;
    if (tokens[mid]!.start < start) from = mid + 1;
    else to = mid;
  }
  // Tokens do not overlap: after the first one that ends past `end`, all do.
  for (to = from; to < tokens.length && tokens[to]!.end <= end; to++);
  return tokens.slice(from, to);
}
