import { readFileSync, statSync } from 'node:fs';
import type { Loaded } from '../errors/user-error.js';
import type { ForbiddenForm, Glossary, GlossaryEntry, SourcePosition } from '../glossary/raw.js';
import { parseGlossary } from '../glossary/read.js';

/**
 * The validated glossaries of the files that ship with tqc (packs/ and the starter glossaries/),
 * written by `npm run build` (scripts/build-data.mjs), so that a run reads them instead of parsing
 * and validating some 150 KB of YAML again: that was a third of the start-up of `tqc check`. A file
 * is served from the cache only when its text is the very text the cache was made from, whatever
 * its path; the paths in the glossary are the run's.
 */
interface CachedFile {
  text: string;
  /** As JSON has it: each pattern's `regex` is `[source, flags]`. */
  glossary: Glossary;
}

/** Where `npm run build` puts the cache: dist/data, beside dist/cli and dist/bundle alike. */
export const GLOSSARY_CACHE_FILE = new URL('../data/glossaries.json', import.meta.url);
/** The compiled CLI; a `tsc` build after the cache may validate otherwise. */
const COMPILED_CLI = new URL('../cli/main.js', import.meta.url);

let shipped: GlossaryCache | undefined;

/** The glossary a file's text holds: from the build's cache when it saw the same text, else parsed. */
export function loadGlossaryText(file: string, text: string): Loaded<Glossary> {
  shipped ??= readCache();
  const glossary = shipped.get(file, text);
  return glossary ? { ok: true, value: glossary, warnings: [] } : parseGlossary(file, text);
}

/** The cache's text for these glossary files: those that parse without an error or warning. */
export function glossaryCache(files: readonly string[]): string {
  const entries = files.flatMap((file): CachedFile[] => {
    const text = readFileSync(file, 'utf8');
    const loaded = parseGlossary(file, text);
    return loaded.ok && loaded.warnings.length === 0 ? [{ text, glossary: loaded.value }] : [];
  });
  return JSON.stringify(entries, (_key, value: unknown) => (value instanceof RegExp ? [value.source, value.flags] : value));
}

/** The glossaries of a cache's text (see glossaryCache), by the text of their files. */
export class GlossaryCache {
  private readonly byText: Map<string, Glossary>;

  constructor(json: string) {
    this.byText = new Map((JSON.parse(json) as CachedFile[]).map(({ text, glossary }) => [text, glossary]));
  }

  /** The glossary in `file` if the cache holds its text: a fresh copy, with `file`'s path and its patterns compiled. */
  get(file: string, text: string): Glossary | undefined {
    const glossary = this.byText.get(text);
    return glossary && relocated(glossary, file);
  }
}

function readCache(): GlossaryCache {
  const builtAt = (url: URL): number => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  // Without a build (tests run the sources), or older than the compiled CLI: no cache.
  const cacheBuiltAt = builtAt(GLOSSARY_CACHE_FILE);
  return new GlossaryCache(cacheBuiltAt < 0 || cacheBuiltAt < builtAt(COMPILED_CLI) ? '[]' : readFileSync(GLOSSARY_CACHE_FILE, 'utf8'));
}

function relocated(glossary: Glossary, file: string): Glossary {
  const at = (origin: SourcePosition): SourcePosition => ({ ...origin, file });
  const form = (f: ForbiddenForm): ForbiddenForm => {
    const origin = f.origin && { origin: at(f.origin) };
    if (f.kind === 'literal') return { ...f, ...origin };
    const [source, flags] = f.regex as unknown as [string, string];
    return { ...f, regex: new RegExp(source, flags), ...origin };
  };
  const entry = (e: GlossaryEntry): GlossaryEntry => ({
    ...e, variants: [...e.variants], forbidden: e.forbidden.map(form), source: [...e.source], origin: at(e.origin),
  });
  return { ...glossary, file, entries: glossary.entries.map(entry) };
}
