import { parentPort } from 'node:worker_threads';
import { enabledRules, parseRuleFlags } from '../config/resolve.js';
import { checkArticle } from '../engine/check-article.js';
import { compileGlossaries } from '../glossary/compile.js';
import { loadFormats } from '../input/read.js';
import { RULES } from '../rules/index.js';
import type { ArticleBatch, BatchResult, WorkerSetup } from './check-pool.js';
import { loadConfig, loadRunGlossaries } from './setup.js';

/**
 * Runs a worker thread of a parallel check (started by check-worker-thread.ts, or from the bundle
 * by check-worker-bundled.ts). It sets up the run exactly as the main thread did, from the same
 * arguments (config, --rule flags, glossaries, compiled once here; their set check is the main
 * thread's), then checks the batches of articles it is sent and posts back their findings. The
 * main thread has already reported any problem with those arguments; one found here would mean the
 * files changed under the run.
 */
export async function runCheckWorker(setup: WorkerSetup): Promise<void> {
  const config = loadConfig(setup.config);
  const flags = parseRuleFlags(setup.rule, RULES.map((r) => r.meta.id));
  const glossaries = config.ok ? loadRunGlossaries(setup.glossary, config.value, { checkSet: false }) : config;
  if (!config.ok || !flags.ok || !glossaries.ok) throw new Error('the worker could not set up the run: the config or a glossary changed while tqc was running');
  const glossary = compileGlossaries(glossaries.value);
  const rules = enabledRules(RULES, config.value, flags.value);
  await loadFormats(setup.formats);
  parentPort!.on('message', (batch: ArticleBatch) => {
    const results: BatchResult = batch.map(({ index, path, text }) => ({
      index,
      findings: checkArticle(path, text, glossary, rules, { reportUnusedDisables: setup.reportUnusedDisables }),
    }));
    parentPort!.postMessage(results);
  });
  parentPort!.postMessage('ready');
}

