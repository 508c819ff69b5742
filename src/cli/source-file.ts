import type { Loaded } from '../errors/user-error.js';
import type { Document } from '../input/document.js';
import { loadFormats, readDocument } from '../input/read.js';
import { readArticle } from './files.js';

/**
 * `--source FILE`: the original-language article the checked one translates, read in its own
 * format (plain, Markdown, HTML), for the bilingual checks. It pairs with exactly one article.
 */
export async function readSourceArticle(path: string | undefined, articleCount: number): Promise<Loaded<Document | undefined>> {
  if (path === undefined) return { ok: true, value: undefined, warnings: [] };
  if (articleCount !== 1) {
    return {
      ok: false,
      errors: [{ code: 'usage/source', message: `--source ${path} goes with one article, but ${articleCount} were given`, hint: 'check each translation with its own source' }],
    };
  }
  const article = readArticle(path);
  if (!article.ok) return article;
  await loadFormats([path]);
  return { ok: true, value: readDocument(path, article.value.text), warnings: [] };
}
