import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { WorkerSetup } from './check-pool.js';

/** What a CommonJS bundle exports: the CLI's entry point and its worker threads' (src/cli/main.ts). */
interface BundleExports {
  main(argv: string[]): Promise<number>;
  runCheckWorker(setup: WorkerSetup): Promise<void>;
}

export interface LoadedBundle extends BundleExports {
  /** The compiled bundle: after a run, `script.createCachedData()` is the code of every function it ran. */
  script: Script;
  /** Did V8 take the code cache? Not when there is none, or it is older than the bundle or made by another V8. */
  usedCache: boolean;
}

/**
 * Runs a CommonJS bundle (scripts/bundle.mjs) as Node's loader would, but compiled with V8's code
 * cache of it when there is one at least as new: V8 then neither parses the bundle nor compiles
 * the functions a check runs, some 50 ms of each start. Node 20 caches no module's code itself.
 * V8 refuses a cache of another V8 version or other flags (the bundle is then compiled as usual);
 * it does not notice one of another bundle of the same length, which the dates rule out.
 */
export function loadBundle(bundle: URL, cache: URL): LoadedBundle {
  // Before the bundle is compiled, and in the build that makes its cache: V8 takes a cache only
  // from a run with the same flags.
  setFlagsFromString(TIERING);
  const file = fileURLToPath(bundle);
  const source = readFileSync(file, 'utf8');
  const cachedData = builtAt(cache) >= builtAt(bundle) ? readFileSync(cache) : undefined;
  // Node's own wrapper of a CommonJS module, on the bundle's first line so that positions stay its.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData && { cachedData }) });
  const module = { exports: {} as BundleExports };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { ...module.exports, script, usedCache: cachedData !== undefined && script.cachedDataRejected === false };
}

/**
 * V8 optimises a function once it has run this much bytecode (its default: 67,584). Four times as
 * much spared a check the optimising of functions it hardly runs: over Brown's 500 files, CPU 9.1
 * -> 8.5 s with two threads and 3.0 -> 2.8 s over 100 files on one (interleaved runs, 3 or 4 each);
 * twice as much gained half that, eight times nothing more.
 */
const TIERING = '--interrupt-budget=270336';

const builtAt = (file: URL): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
