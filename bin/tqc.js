#!/usr/bin/env node
import { statSync } from 'node:fs';

// The bundle (scripts/bundle.mjs) starts faster: one file, compiled with V8's code cache of it. It
// is used only while it is at least as new as the compiled modules it is made from, so a build by
// `tsc` alone is never shadowed by an old bundle.
const bundle = new URL('../dist/bundle/main.cjs', import.meta.url);
const builtAt = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } = builtAt(bundle) >= builtAt(new URL('../dist/cli/main.js', import.meta.url))
  ? (await import('../dist/cli/code-cache.js')).loadBundle(bundle, new URL('../dist/bundle/main.code-cache', import.meta.url))
  : await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
