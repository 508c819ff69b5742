#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and the check worker) into dist/bundle/ with esbuild,
// so that start-up loads a few files instead of some 150 modules (tqc's and yargs's): the module
// loading was most of the time of `tqc check` on one small article. Formats and reporters stay
// separate chunks, loaded only when a run needs them. bin/tqc.js uses the bundle only while it is
// newer than dist/cli/main.js, so a plain `tsc` build is never shadowed by a stale bundle.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
const result = await build({
  entryPoints: [join(root, 'dist/cli/main.js'), join(root, 'dist/cli/check-worker.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __tqcRequire } from 'node:module'; const require = __tqcRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
// Chunks are named by content; drop those of earlier builds only now, so that a tqc started
// before this build finishes loading the chunks it names.
const current = new Set(Object.keys(result.metafile.outputs).map((path) => resolve(path)));
for (const name of readdirSync(outdir)) if (!current.has(join(outdir, name))) rmSync(join(outdir, name));
