#!/usr/bin/env node
import { statSync } from 'node:fs';

// The bundle (scripts/bundle.mjs) starts faster. It is used only while it is at least as new as the
// compiled modules it is made from, so a build by `tsc` alone is never shadowed by an old bundle.
const builtAt = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = builtAt('../dist/bundle/main.js') >= builtAt('../dist/cli/main.js') ? '../dist/bundle/main.js' : '../dist/cli/main.js';
const { main } = await import(entry);

process.exitCode = await main(process.argv.slice(2));
