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
  // Compact code parses in half the time (some 30 ms of each start); names stay, for stack traces,
  // and the source map leads back to the files of dist/ and node_modules (node --enable-source-maps).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  sourcesContent: false,
  plugins: [lazyStringWidth],
  logLevel: 'warning',
  metafile: true,
});
// Chunks are named by content; drop those of earlier builds only now, so that a tqc started
// before this build finishes loading the chunks it names.
const current = new Set(Object.keys(result.metafile.outputs).map((path) => resolve(path)));
for (const name of readdirSync(outdir)) if (!current.has(join(outdir, name))) rmSync(join(outdir, name));
