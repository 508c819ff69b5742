import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type picomatch from 'picomatch';
import type { Loaded, UserError } from '../errors/user-error.js';
import { stripBom } from '../input/read.js';

/** Article extensions a folder is searched for (`../shared/spec/cli.md`). */
export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown|html?|xlf|xliff)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The path standing for standard input (the `-` argument), as reports show it. */
export const STDIN_PATH = '<stdin>';

/** An article to check: its path as reported, and its text (BOM removed). */
export interface ArticleFile {
  path: string;
  text: string;
  hadBom: boolean;
}

/** Loaded only for `ignore` globs, which most runs have none of: not bundled, its 35 KB are not parsed at every start. */
const loadPicomatch = (): typeof picomatch => createRequire(import.meta.url)('picomatch') as typeof picomatch;

/**
 * Expands the PATH arguments into article paths: files as given, folders recursed (sorted),
 * minus what matches an `ignore` glob. `-` or STDIN_PATH stands for standard input.
 */
export function articlePaths(paths: readonly string[], ignore: readonly string[]): Loaded<string[]> {
  const isIgnored = ignore.length > 0 ? loadPicomatch()(ignore as string[], { dot: true }) : () => false;
  const found: string[] = [];
  const errors: UserError[] = [];
  for (const path of paths) {
    if (path === '-' || path === STDIN_PATH) {
      found.push(STDIN_PATH);
      continue;
    }
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) errors.push({ code: 'input/not-found', message: `no such file or folder: ${path}` });
    else if (stat.isDirectory()) found.push(...walk(path).filter((p) => !isIgnored(toPosix(p))));
    else if (!isIgnored(toPosix(path))) found.push(path);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: [...new Set(found)], warnings: [] };
}

function walk(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : walk(path);
    return entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name) ? [path] : [];
  });
}

const toPosix = (path: string): string => relative('.', path).split(sep).join('/');

/** Reads an article as UTF-8; standard input for `-`. */
export function readArticle(path: string): Loaded<ArticleFile> {
  try {
    const raw = readFileSync(path === STDIN_PATH ? 0 : path, 'utf8');
    const { text, hadBom } = stripBom(raw);
    return { ok: true, value: { path, text, hadBom }, warnings: [] };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, errors: [{ code: 'input/unreadable', message: `cannot read ${path}: ${reason}`, file: path }] };
  }
}
