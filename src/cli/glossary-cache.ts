import { readFileSync, statSync } from 'node:fs';
import type { Loaded } from '../errors/user-error.js';
import { checkGlossarySet } from '../glossary/check-set.js';
import { requirementsOf } from '../glossary/pattern-literals.js';
import type { Glossary } from '../glossary/raw.js';
import { parseGlossary } from '../glossary/read.js';

/**
 * The validated glossaries of the files that ship with tqc (packs/ and the starter glossaries/),
 * written by `npm run build` (scripts/build-data.mjs), so that a run reads them instead of parsing
 * and validating some 150 KB of YAML again: that was a third of the start-up of `tqc check`. A file
 * is served from the cache only when its text is the very text the cache was made from, whatever
 * its path; the paths in the glossary are the run's.
 */
interface CacheHeader {
  /** Whether all the files together check clean (checkGlossarySet: no conflict, no duplicate). */
  isClean: boolean;
  /** The lengths (UTF-16 code units) of each file's text and of its glossary's JSON, in the order they follow. */
  files: Array<[textLength: number, glossaryLength: number]>;
}

/**
 * The cache is a line of JSON, its header, then each file's text and its glossary as JSON of its
 * own, one after another. A run cuts the texts out and parses a glossary when it is used (each use
 * gets objects of its own): as strings in one JSON, the texts and glossaries took 6 ms to parse,
 * every quote of the glossaries' JSON escaped.
 */
export const GLOSSARY_CACHE_FILE = new URL('../data/glossaries.cache', import.meta.url);
/** The compiled CLI; a `tsc` build after the cache may validate otherwise. */
const COMPILED_CLI = new URL('../cli/main.js', import.meta.url);

/** The cache's text for these glossary files: those that parse without an error or warning. */
export function glossaryCache(files: readonly string[]): string {
  const parsed = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const loaded = parseGlossary(file, text);
    return loaded.ok && loaded.warnings.length === 0 ? [{ text, glossary: loaded.value }] : [];
  });
  const set = checkGlossarySet(parsed.map((p) => p.glossary));
  const stored = parsed.map(({ text, glossary }) => ({ text, glossary: JSON.stringify(withRequirements(glossary), storedRegExp) }));
  const header: CacheHeader = {
    isClean: parsed.length === files.length && set.errors.length === 0 && set.warnings.length === 0,
    files: stored.map(({ text, glossary }) => [text.length, glossary.length]),
  };
  return [JSON.stringify(header), '\n', ...stored.flatMap(({ text, glossary }) => [text, glossary])].join('');
}

/** Each pattern with what its matches require: parsing the packs' patterns for it took a tenth of a start. */
function withRequirements(glossary: Glossary): Glossary {
  for (const entry of glossary.entries) {
    for (const form of entry.forbidden) if (form.kind === 'pattern') form.requirements = requirementsOf(form.regex.source);
  }
  return glossary;
}

const storedRegExp = (_key: string, value: unknown): unknown => (value instanceof RegExp ? [value.source, value.flags] : value);

/** The glossaries of a cache's text (see glossaryCache), by the text of their files. */
export class GlossaryCache {
  private readonly byText: Map<string, string>;
  private readonly isClean: boolean;

  constructor(cache: string) {
    const headerEnd = cache.indexOf('\n');
    const header = JSON.parse(cache.slice(0, headerEnd)) as CacheHeader;
    let at = headerEnd + 1;
    const next = (length: number): string => cache.slice(at, (at += length));
    this.byText = new Map(header.files.map(([textLength, glossaryLength]) => [next(textLength), next(glossaryLength)]));
    this.isClean = header.isClean;
  }

  /** The glossary in `file` if the cache holds its text, with `file`'s path and its patterns compiled. */
  get(file: string, text: string): Glossary | undefined {
    const json = this.byText.get(text);
    return json === undefined ? undefined : relocated(JSON.parse(json) as Glossary, file);
  }

  /**
   * Do these texts, each once, check clean as a set? They do when they are some of the files of a
   * cache made from files that check clean together: the set check (checkGlossarySet) looks at
   * pairs of entries, conflicts and duplicates, so what a set passes, a part of it passes too.
   */
  isCleanSet(texts: readonly string[]): boolean {
    return this.isClean && new Set(texts).size === texts.length && texts.every((text) => this.byText.has(text));
  }
}

/** A glossary as JSON has it, put in `file` (every position is in the file read), its patterns compiled (their requirements come as stored). */
function relocated(glossary: Glossary, file: string): Glossary {
  glossary.file = file;
  for (const entry of glossary.entries) {
    entry.origin.file = file;
    for (const form of entry.forbidden) if (form.kind === 'pattern') form.regex = new RegExp(...(form.regex as unknown as [string, string]));
  }
  return glossary;
}

let shipped: GlossaryCache | undefined;

/** The cache `npm run build` wrote, read on first use. */
export function shippedGlossaries(): GlossaryCache {
  shipped ??= new GlossaryCache(readCache() ?? '{"isClean":false,"files":[]}\n');
  return shipped;
}

/** None without a build (tests run the sources), or when older than the compiled CLI. */
function readCache(): string | undefined {
  const builtAt = (url: URL): number => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const cacheBuiltAt = builtAt(GLOSSARY_CACHE_FILE);
  return cacheBuiltAt >= 0 && cacheBuiltAt >= builtAt(COMPILED_CLI) ? readFileSync(GLOSSARY_CACHE_FILE, 'utf8') : undefined;
}

/** The glossary a file's text holds: from the build's cache when it saw the same text, else parsed. */
export function loadGlossaryText(file: string, text: string): Loaded<Glossary> {
  const glossary = shippedGlossaries().get(file, text);
  return glossary ? { ok: true, value: glossary, warnings: [] } : parseGlossary(file, text);
}
