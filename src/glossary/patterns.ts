import type { Block } from '../input/document.js';
import { endOfClass, LiteralScanner, requirementsOf, type Requirement } from './pattern-literals.js';
import type { GlossaryEntry } from './raw.js';

/** A `forbidden` pattern compiled for searching: global, and sticky when it can only match at a line start. */
export interface CompiledPattern {
  entry: GlossaryEntry;
  /** The form as written: `/pattern/flags`. */
  text: string;
  regex: RegExp;
  /** Where a match may start: anywhere, at a line start (`^` with the m flag), or at the block start (`^`). */
  anchor: 'none' | 'line' | 'block';
  /** What every match contains (see pattern-literals.ts): a text without it is not searched. */
  requirements: Requirement[];
}

/** A pattern's match: offsets into the document's text. */
export interface PatternMatch {
  start: number;
  end: number;
  pattern: CompiledPattern;
}

export function compilePatterns(entries: readonly GlossaryEntry[]): CompiledPattern[] {
  return entries.flatMap((entry) =>
    entry.forbidden.flatMap((form): CompiledPattern[] => {
      if (form.kind !== 'pattern') return [];
      const { source, flags } = form.regex;
      const anchor = !startsAnchored(source) ? 'none' : flags.includes('m') ? 'line' : 'block';
      const searchFlags = flags.replace(/[gy]/g, '') + (anchor === 'none' ? 'g' : 'y');
      return [{ entry, text: form.text, regex: new RegExp(source, searchFlags), anchor, requirements: form.requirements ?? requirementsOf(source) }];
    }),
  );
}

/**
 * Every match of every pattern, pattern by pattern and block by block. Patterns run per block, so
 * ^ and $ mean the block's start and end (or its lines', with the m flag) and no match spans two
 * blocks. A pattern runs only on the blocks that hold what its matches require, and one anchored
 * by ^ is tried only where ^ can match, with a sticky search: the same matches as a scan, without
 * trying every position of every paragraph.
 */
export function matchPatterns(text: string, blocks: readonly Block[], patterns: readonly CompiledPattern[]): PatternMatch[] {
  const matches: PatternMatch[] = [];
  if (patterns.length === 0) return matches;
  const slices = blocks.map((b) => text.slice(b.start, b.end));
  const mayMatchIn = blockFilter(text, slices, patterns);
  const lineStarts: number[][] = [];
  for (const pattern of mayMatchIn.patterns) {
    slices.forEach((slice, b) => {
      if (!mayMatchIn.block(pattern, b)) return;
      const starts = pattern.anchor === 'none' ? undefined : pattern.anchor === 'block' ? [0] : (lineStarts[b] ??= lineStartsOf(slice));
      for (const [start, end] of starts ? stickyMatches(pattern.regex, slice, starts) : scanMatches(pattern.regex, slice)) {
        matches.push({ start: blocks[b]!.start + start, end: blocks[b]!.start + end, pattern });
      }
    });
  }
  return matches;
}

/**
 * The patterns that may match somewhere in the blocks, and whether one may match in a block: where
 * the block holds the strings it requires. Case-insensitive unicode matching folds ſ and the Kelvin
 * sign to s and k, which lower-casing does not: a text with either rules nothing out.
 */
function blockFilter(text: string, slices: readonly string[], patterns: readonly CompiledPattern[]): { patterns: readonly CompiledPattern[]; block(pattern: CompiledPattern, b: number): boolean } {
  if (/[\u017f\u212a]/.test(text)) return { patterns, block: () => true };
  const scanner = scannerFor(patterns);
  const present = slices.map((slice) => scanner.present(slice.toLowerCase()));
  const anywhere = new Set(present.flatMap((found) => [...found]));
  return {
    patterns: patterns.filter((p) => holdsRequired(p, anywhere)),
    block: (pattern, b) => holdsRequired(pattern, present[b]!),
  };
}

const holdsRequired = (pattern: CompiledPattern, present: ReadonlySet<string>): boolean =>
  pattern.requirements.every((choices) => choices.some((literal) => present.has(literal)));

const scanners = new WeakMap<readonly CompiledPattern[], LiteralScanner>();

/** Built once per pattern list, so a run over many articles builds it once. */
function scannerFor(patterns: readonly CompiledPattern[]): LiteralScanner {
  let scanner = scanners.get(patterns);
  if (!scanner) {
    scanner = new LiteralScanner(patterns.flatMap((p) => p.requirements.flat()));
    scanners.set(patterns, scanner);
  }
  return scanner;
}

function scanMatches(regex: RegExp, slice: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
    if (m[0].length === 0) regex.lastIndex = advance(slice, regex.lastIndex);
    else found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** Matches at the given starts; as in a scan, a start inside an earlier match is passed over. */
function stickyMatches(regex: RegExp, slice: string, starts: readonly number[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let after = 0;
  for (const start of starts) {
    if (start < after) continue;
    regex.lastIndex = start;
    const m = regex.exec(slice);
    if (!m || m[0].length === 0) continue;
    found.push([start, start + m[0].length]);
    after = start + m[0].length;
  }
  return found;
}

/** Where ^ matches with the m flag: the start, and after every line terminator JavaScript knows. */
function lineStartsOf(slice: string): number[] {
  const starts = [0];
  for (const m of slice.matchAll(/[\n\r\u2028\u2029]/g)) starts.push(m.index + 1);
  return starts;
}

/** Does every match of the pattern start at ^: a leading ^ outside any top-level alternation? */
export function startsAnchored(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  for (let i = 1; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = endOfClass(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return false;
  }
  return true;
}

/** The index after the code point at `i`, as a unicode regex advances past an empty match. */
function advance(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
}
