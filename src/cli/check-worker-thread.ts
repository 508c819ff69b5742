import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './check-pool.js';
import { runCheckWorker } from './check-worker.js';

// The worker thread's entry point when tqc runs from dist/cli, unbundled.
await runCheckWorker(workerData as WorkerSetup);
