import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Finding } from '../findings/finding.js';
import { STDIN_PATH } from './files.js';

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

/** Where workers take their batches from and hand their findings to. */
export interface WorkQueue {
  take(): ArticleBatch;
  done(index: number, findings: Finding[]): void;
}

/**
 * The most threads a run takes by itself: one per core, at most eight. Each thread holds its own
 * compiled glossaries (some 400 MB for 100,000 entries), which a many-core CI runner would multiply.
 */
const maxThreads = (): number => Math.min(availableParallelism(), 8);

/**
 * Without `--jobs`, each thread gets at least this much text. A worker warms up for some 1.5 s of
 * CPU (its JIT compiles the rules anew) and loads the glossaries again. Measured on files of the
 * Brown corpus: a second thread was slower up to 1.2 MB of text (by a quarter at 600 KB), no
 * faster at 2.9 MB (10% slower with a 100,000-entry glossary), and 13–25% faster at 5.7 MB.
 */
const MIN_BYTES_PER_THREAD = 2_000_000;

/**
 * The worker threads of a check, started as soon as the files are known, before the main thread
 * loads and compiles the glossaries, so that the workers do the same at the same time. `jobs` is
 * the user's `--jobs`, honoured whatever the size of the run; without it, a run takes one thread
 * per 2 MB of text, up to `maxThreads()` (`threadsFor`). Nothing is started for one thread or for
 * standard input.
 */
export class CheckPool {
  private workers: CheckWorker[] = [];

  start(jobs: number | undefined, paths: readonly string[], setup: WorkerSetup): void {
    if (paths.includes(STDIN_PATH)) return;
    const threads = threadsFor(jobs, paths.length, () => totalBytes(paths));
    this.workers = Array.from({ length: threads - 1 }, () => new CheckWorker(setup));
  }

  get size(): number {
    return this.workers.length;
  }

  attach(queue: WorkQueue): void {
    for (const w of this.workers) w.attach(queue);
  }

  /** Once the main thread's share is done: waits for the batches out with workers; a worker still starting up is let go. */
  async finish(): Promise<void> {
    for (const w of this.workers) w.stopIfIdle();
    await Promise.all(this.workers.map((w) => w.finished));
  }

  close(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}

/** How many threads check `files` files of `bytes()` bytes in all: `jobs` if given, else one per 2 MB (at least one). */
export function threadsFor(jobs: number | undefined, files: number, bytes: () => number): number {
  const wanted = jobs ?? Math.min(maxThreads(), Math.floor(bytes() / MIN_BYTES_PER_THREAD));
  return Math.max(1, Math.min(wanted, files));
}

function totalBytes(paths: readonly string[]): number {
  return paths.reduce((n, path) => n + (statSync(path, { throwIfNoEntry: false })?.size ?? 0), 0);
}

/** Loaded when a run starts workers: most runs, of a few files, do not, and node:worker_threads takes a few ms to load. */
const loadWorker = (): typeof Worker => (createRequire(import.meta.url)('node:worker_threads') as { Worker: typeof Worker }).Worker;

/** One worker thread; it asks for a batch whenever it has fewer than two, so it never waits for the main thread. */
class CheckWorker {
  readonly finished: Promise<void>;
  private readonly worker: Worker;
  private queue: WorkQueue | undefined;
  private ready = false;
  private pending = 0;
  private settle: () => void = () => {};

  constructor(setup: WorkerSetup) {
    this.worker = new (loadWorker())(new URL('./check-worker-thread.js', import.meta.url), { workerData: setup });
    this.finished = new Promise<void>((resolve, reject) => {
      this.settle = resolve;
      this.worker.on('message', (message: 'ready' | BatchResult) => this.receive(message));
      this.worker.on('error', reject);
      this.worker.on('exit', (code) => (this.pending > 0 ? reject(new Error(`a check worker stopped (exit code ${code}) with articles unchecked`)) : resolve()));
    });
    // Awaited once the main thread's share is done; a failure before then must not go unhandled.
    this.finished.catch(() => {});
  }

  attach(queue: WorkQueue): void {
    this.queue = queue;
    this.fill();
  }

  stopIfIdle(): void {
    if (this.pending === 0) this.settle();
  }

  terminate(): void {
    void this.worker.terminate();
  }

  private receive(message: 'ready' | BatchResult): void {
    if (message === 'ready') this.ready = true;
    else {
      this.pending--;
      for (const { index, findings } of message) this.queue!.done(index, findings);
    }
    this.fill();
  }

  private fill(): void {
    if (!this.ready || !this.queue) return;
    while (this.pending < 2) {
      const batch = this.queue.take();
      if (batch.length === 0) break;
      this.pending++;
      this.worker.postMessage(batch);
    }
    if (this.pending === 0) this.settle();
  }
}
