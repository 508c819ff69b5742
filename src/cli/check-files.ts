import { checkArticle } from '../engine/check-article.js';
import type { CheckOptions, EnabledRule } from '../engine/run.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { CheckedFile } from '../reporters/report.js';
import { LineIndex } from '../text/line-index.js';
import type { ArticleBatch, CheckPool } from './check-pool.js';
import type { ArticleFile } from './files.js';
import type { Progress } from './progress.js';

/** Articles go to a worker in batches of about this many characters: few messages, a short tail. */
const BATCH_CHARS = 16_000;

/**
 * Checks the articles, with the pool's worker threads when it has any: the main thread and the
 * workers take articles from one queue. Each article's findings come from the same pure
 * `checkDocument` on the same inputs wherever it runs, and results are put back in the order of
 * `articles`, so the report is identical to a single-threaded run's.
 */
export async function checkArticles(
  articles: readonly ArticleFile[],
  glossary: CompiledGlossary,
  rules: readonly EnabledRule[],
  options: CheckOptions,
  run: { pool: CheckPool; progress: Progress },
): Promise<CheckedFile[]> {
  const checkHere = (article: ArticleFile): CheckedFile => {
    const findings = checkArticle(article.path, article.text, glossary, rules, options, (fraction) => run.progress.partly(article.text.length, fraction));
    run.progress.fileDone(article.text.length);
    return { path: article.path, findings, lines: new LineIndex(article.text) };
  };
  if (run.pool.size === 0 || options.source) return articles.map(checkHere);
  const results: CheckedFile[] = new Array(articles.length);
  let next = 0;
  run.pool.attach({
    take: () => {
      const batch: ArticleBatch = [];
      for (let size = 0; next < articles.length && (batch.length === 0 || size < BATCH_CHARS); next++) {
        const { path, text } = articles[next]!;
        batch.push({ index: next, path, text });
        size += text.length;
      }
      return batch;
    },
    done: (index, findings) => {
      const article = articles[index]!;
      results[index] = { path: article.path, findings, lines: new LineIndex(article.text) };
      run.progress.fileDone(article.text.length);
    },
  });
  while (next < articles.length) {
    const index = next++;
    results[index] = checkHere(articles[index]!);
    // Let the workers' messages in: they are waiting for their next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await run.pool.finish();
  return results;
}
