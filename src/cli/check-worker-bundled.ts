import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './check-pool.js';
import { loadBundle } from './code-cache.js';

// The worker thread's entry point when tqc runs from its bundle: scripts/bundle.mjs builds this file
// into dist/bundle/check-worker-thread.js, beside main.cjs. The thread runs the bundle the main
// thread runs, compiled with the same code cache of a check: loading tqc's modules uncached took a
// worker some 300 ms before it could begin.
const bundle = loadBundle(new URL('./main.cjs', import.meta.url), new URL('./main.code-cache', import.meta.url));
await bundle.runCheckWorker(workerData as WorkerSetup);
