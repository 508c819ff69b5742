import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Loaded, UserError } from '../errors/user-error.js';
import { checkGlossarySet } from '../glossary/check-set.js';
import type { Glossary } from '../glossary/raw.js';
import { loadGlossaryText, shippedGlossaries } from './glossary-cache.js';

/** The file types a glossary folder is searched for (`../shared/spec/glossary.md`). */
export const GLOSSARY_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface Found {
  files: string[];
  errors: UserError[];
  warnings: UserError[];
}

/**
 * Expands `--glossary` paths into glossary files: a file as given, a folder recursed in sorted
 * order for .yaml, .yml and .json files. Paths keep the spelling the user gave. A file reached
 * twice (named and inside a named folder) is read once, so its entries are not duplicates of
 * themselves.
 */
export function glossaryFilesIn(paths: readonly string[]): Loaded<string[]> {
  const { files, errors, warnings } = findFiles(paths);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: files, warnings };
}

export interface LoadOptions {
  /**
   * Check the glossaries as a set (conflicts, duplicates); default true. A worker thread loads
   * files the main thread has already checked, and at 100,000 entries the check costs 0.4 s.
   */
  checkSet?: boolean;
  /**
   * The name a file goes by in findings and errors, when it is not its path: the built-in packs
   * are named inside the package (`tqc/packs/…`), not by where it was installed.
   */
  shownAs?: (file: string) => string;
}

/**
 * Reads and validates every glossary under `paths`, then checks them as a set (conflicts,
 * duplicates). Every problem in every file is collected rather than stopping at the first.
 */
export function loadGlossaryFiles(paths: readonly string[], { checkSet = true, shownAs = (file) => file }: LoadOptions = {}): Loaded<Glossary[]> {
  const found = findFiles(paths);
  const errors = [...found.errors];
  const warnings = [...found.warnings];
  const glossaries: Glossary[] = [];
  const texts: string[] = [];
  for (const file of found.files) {
    const text = readText(file);
    if (typeof text === 'string') texts.push(text);
    const loaded = typeof text === 'string' ? loadGlossaryText(shownAs(file), text) : ({ ok: false, errors: [text] } as const);
    if (!loaded.ok) errors.push(...loaded.errors);
    else {
      glossaries.push(loaded.value);
      warnings.push(...loaded.warnings);
    }
  }
  // Shipped glossaries alone were checked together by the build.
  const set = !checkSet || shippedGlossaries().isCleanSet(texts) ? { errors: [], warnings: [] } : checkGlossarySet(glossaries);
  errors.push(...set.errors);
  warnings.push(...set.warnings);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: glossaries, warnings };
}

function findFiles(paths: readonly string[]): Found {
  const found: Found = { files: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  const add = (file: string): void => {
    const real = realpathSync(file);
    if (!seen.has(real)) found.files.push(file);
    seen.add(real);
  };
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      found.errors.push({ code: 'glossary/not-found', file: path, message: 'no such glossary file or folder' });
    } else if (stat.isDirectory()) {
      const files = walk(path, new Set([realpathSync(path)]));
      if (files.length === 0) found.warnings.push(noGlossaries(path));
      files.forEach(add);
    } else if (isGlossaryFile(path)) {
      add(path);
    } else {
      found.errors.push({
        code: 'glossary/unsupported-format',
        file: path,
        message: `not a glossary file type: '${extname(path) || path}'`,
        hint: `glossaries are ${GLOSSARY_EXTENSIONS.join(', ')} files`,
      });
    }
  }
  return found;
}

/** Glossary files under `folder`, sorted by name at each level; `visited` guards against symlink loops. */
function walk(folder: string, visited: Set<string>): string[] {
  const names = readdirSync(folder).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return [];
    if (!stat.isDirectory()) return stat.isFile() && isGlossaryFile(name) ? [path] : [];
    const real = realpathSync(path);
    if (SKIPPED_FOLDERS.has(name) || visited.has(real)) return [];
    visited.add(real);
    return walk(path, visited);
  });
}

const isGlossaryFile = (path: string): boolean => GLOSSARY_EXTENSIONS.includes(extname(path).toLowerCase());

function noGlossaries(folder: string): UserError {
  return {
    code: 'glossary/empty-folder',
    level: 'warning',
    file: folder,
    message: 'no glossary files in this folder',
    hint: `glossaries are ${GLOSSARY_EXTENSIONS.join(', ')} files`,
  };
}

/** The file as UTF-8 text, or the error saying why it cannot be read. Invalid UTF-8 is an
 *  error rather than silently becoming U+FFFD, which would never match an article. */
function readText(file: string): string | UserError {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { code: 'glossary/unreadable', file, message: `cannot read the glossary: ${reason}` };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 'glossary/encoding', file, message: 'the file is not valid UTF-8 text', hint: 'save the glossary as UTF-8' };
  }
}
