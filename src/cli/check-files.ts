import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkDocument, type CheckOptions, type EnabledRule } from '../engine/run.js';
import type { Finding } from '../findings/finding.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { readDocument } from '../input/read.js';
import type { CheckedFile } from '../reporters/report.js';
import { LineIndex } from '../text/line-index.js';
import type { ArticleFile } from './files.js';
import type { Progress } from './progress.js';

/** What a worker needs to set up the same run as the main thread: the arguments, not their results. */
export interface WorkerSetup {
  glossary: string[];
  config?: string;
  rule: string[];
  reportUnusedDisables: boolean;
  /** Paths of the run, for loading the parsers of their formats. */
  formats: string[];
}

export type ArticleBatch = Array<{ index: number; path: string; text: string }>;
export type BatchResult = Array<{ index: number; findings: Finding[] }>;

export interface CheckPlan {
  /** Threads to use, the main one included; 1 checks everything here. */
  jobs: number;
  setup: WorkerSetup;
  progress: Progress;
}

/** Below this much text a worker's start-up (loading rules and glossaries again) costs more than it saves. */
const PARALLEL_MIN_CHARS = 200_000;
/** Articles go to a worker in batches of about this many characters: few messages, a short tail. */
const BATCH_CHARS = 16_000;

/** The default `--jobs`: one thread per core. */
export const defaultJobs = (): number => availableParallelism();

/**
 * Checks the articles, in parallel when there are enough of them and `plan.jobs` allows: the main
 * thread and `jobs - 1` worker threads take articles from one queue. Each article's findings come
 * from the same pure `checkDocument` on the same inputs wherever it runs, and results are put
 * back in the order of `articles`, so the report is identical to a single-threaded run's.
 */
export async function checkArticles(
  articles: readonly ArticleFile[],
  glossary: CompiledGlossary,
  rules: readonly EnabledRule[],
  options: CheckOptions,
  plan: CheckPlan,
): Promise<CheckedFile[]> {
  const checkHere = (article: ArticleFile): CheckedFile => {
    const doc = readDocument(article.path, article.text);
    const onRuleDone = (done: number, total: number): void => plan.progress.partly(article.text.length, done / total);
    const findings = checkDocument(doc, glossary, rules, { ...options, onRuleDone });
    plan.progress.fileDone(article.text.length);
    return { path: article.path, findings, lines: doc.lines };
  };
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const workers = Math.min(plan.jobs, articles.length) - 1;
  if (workers < 1 || chars < PARALLEL_MIN_CHARS || options.source) return articles.map(checkHere);
  return checkTogether(articles, checkHere, workers, plan);
}

/** The main thread checks articles from the front of the queue while the workers take batches from it. */
async function checkTogether(articles: readonly ArticleFile[], checkHere: (a: ArticleFile) => CheckedFile, workerCount: number, plan: CheckPlan): Promise<CheckedFile[]> {
  const results: Array<CheckedFile | undefined> = new Array(articles.length);
  let next = 0;
  const takeBatch = (): ArticleBatch => {
    const batch: ArticleBatch = [];
    for (let size = 0; next < articles.length && (batch.length === 0 || size < BATCH_CHARS); next++) {
      const { path, text } = articles[next]!;
      batch.push({ index: next, path, text });
      size += text.length;
    }
    return batch;
  };
  const workers = Array.from({ length: workerCount }, () => runWorker(plan.setup, takeBatch, (index, findings) => {
    const article = articles[index]!;
    results[index] = { path: article.path, findings, lines: new LineIndex(article.text) };
    plan.progress.fileDone(article.text.length);
  }));
  try {
    while (next < articles.length) {
      const index = next++;
      results[index] = checkHere(articles[index]!);
      // Let the workers' messages in: they are waiting for their next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const w of workers) w.stopIfIdle();
    await Promise.all(workers.map((w) => w.finished));
  } finally {
    for (const w of workers) w.terminate();
  }
  return results as CheckedFile[];
}

interface RunningWorker {
  /** Settles once the queue is empty and this worker's batches are back; rejects if it fails. */
  finished: Promise<void>;
  /** Stops a worker that has no batch (still starting up when the queue ran dry). */
  stopIfIdle(): void;
  terminate(): void;
}

/** Starts a worker that asks for a batch whenever it has fewer than two, so it never waits for the main thread. */
function runWorker(setup: WorkerSetup, takeBatch: () => ArticleBatch, onResult: (index: number, findings: Finding[]) => void): RunningWorker {
  const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: setup });
  let pending = 0;
  let settle: () => void = () => {};
  const finished = new Promise<void>((resolve, reject) => {
    settle = resolve;
    const send = (): void => {
      const batch = takeBatch();
      if (batch.length === 0) return;
      pending++;
      worker.postMessage(batch);
    };
    worker.on('message', (message: 'ready' | BatchResult) => {
      if (message === 'ready') {
        send();
        send();
      } else {
        pending--;
        for (const { index, findings } of message) onResult(index, findings);
        send();
      }
      if (pending === 0) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (pending > 0 ? reject(new Error(`a check worker stopped (exit code ${code}) with articles unchecked`)) : resolve()));
  });
  // Awaited once the main thread's share is done; a failure before then must not go unhandled.
  finished.catch(() => {});
  return {
    finished,
    stopIfIdle: () => {
      if (pending === 0) settle();
    },
    terminate: () => void worker.terminate(),
  };
}
