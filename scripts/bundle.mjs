#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) into one CommonJS file, dist/bundle/main.cjs, with
// esbuild, so that start-up loads one file instead of some 150 modules (tqc's and yargs's): the
// module loading was most of the time of `tqc check` on one small article. Then it checks the
// sample articles with that bundle and writes V8's code of every function the check ran beside it
// (src/cli/code-cache.ts), so that a run compiles next to nothing. A worker thread of a parallel
// check starts from a small ES module that runs the same bundle with the same cache. bin/tqc.js
// uses the bundle only while it is newer than dist/cli/main.js, so a plain `tsc` build is never
// shadowed by a stale bundle.
import { build } from 'esbuild';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * string-width builds an Intl.Segmenter and Unicode property regexes (\p{RGI_Emoji}) as it loads:
 * some 35 ms of every start, for yargs and cliui, which need it only to lay out help text. Each
 * import of it is bundled as a function that loads the module on its first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async ({ resolveDir, kind, pluginData }) => {
      // The resolve below asks again; that one gets the module itself.
      if (pluginData === 'real') return undefined;
      const real = await build.resolve('string-width', { resolveDir, kind, pluginData: 'real' });
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, ({ path }) => ({
      contents: `export default (...args) => require(${JSON.stringify(path)}).default(...args);`,
      resolveDir: dirname(path),
    }));
  },
};
const outdir = join(root, 'dist/bundle');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Compact code parses in half the time (some 30 ms of each start); names stay, for stack traces,
  // and the source map leads back to the files of dist/ and node_modules (node --enable-source-maps).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  plugins: [lazyStringWidth],
  logLevel: 'warning',
  metafile: true,
};
const main = await build({
  ...common,
  entryPoints: [join(root, 'dist/cli/main.js')],
  outfile: join(outdir, 'main.cjs'),
  format: 'cjs',
  // The modules find their data files and the check worker from their own URL: the bundle's.
  define: { 'import.meta.url': '__tqcModuleUrl' },
  banner: { js: "const __tqcModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// A worker thread runs main.cjs too, with its code cache (src/cli/check-worker-bundled.ts).
const worker = await build({
  ...common,
  entryPoints: [join(root, 'dist/cli/check-worker-bundled.js')],
  outfile: join(outdir, 'check-worker-thread.js'),
  format: 'esm',
});

const codeCache = join(outdir, 'main.code-cache');
await writeCodeCache(join(outdir, 'main.cjs'), codeCache);

// Chunks are named by content; drop those of earlier builds only now, so that a tqc started
// before this build finishes loading the chunks it names.
const outputs = [...Object.keys(main.metafile.outputs), ...Object.keys(worker.metafile.outputs)];
const current = new Set([...outputs.map((path) => resolve(path)), codeCache]);
for (const name of readdirSync(outdir)) if (!current.has(join(outdir, name))) rmSync(join(outdir, name));

/**
 * The code cache of the bundle after a check of the sample articles, as a user's run checks them:
 * with the default glossaries and packs, a JSON report, on the main thread. Functions no check runs
 * (other formats, reporters, commands) are compiled when a run first calls them, as without a cache.
 */
async function writeCodeCache(bundle, cache) {
  rmSync(cache, { force: true });
  const { loadBundle } = await import('../dist/cli/code-cache.js');
  const loaded = loadBundle(pathToFileURL(bundle), pathToFileURL(cache));
  const report = join(tmpdir(), `tqc-code-cache-${process.pid}.json`);
  process.chdir(root);
  if (existsSync('samples')) await loaded.main(['check', 'samples', '--jobs', '1', '--quiet', '--format', 'json', '-o', report]);
  // The check's findings are the samples', not the build's.
  process.exitCode = undefined;
  rmSync(report, { force: true });
  writeFileSync(`${cache}.tmp`, loaded.script.createCachedData());
  renameSync(`${cache}.tmp`, cache);
}
