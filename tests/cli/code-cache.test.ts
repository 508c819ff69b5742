import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/cli/code-cache.js';

/** A CommonJS bundle whose main answers with what its module wrapper gave it, and a place for its cache. */
function bundle(): { bundle: URL; cache: URL } {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-code-cache-'));
  const file = join(dir, 'main.cjs');
  writeFileSync(file, "const { basename } = require('node:path');\nexports.main = async (argv) => argv.length + basename(__filename).length + (module.exports === exports ? 100 : 0);\n");
  return { bundle: pathToFileURL(file), cache: pathToFileURL(join(dir, 'main.code-cache')) };
}

describe('loadBundle', () => {
  it('runs a CommonJS bundle with require, module, exports and __filename, compiled without a cache when it has none', async () => {
    const { bundle: file, cache } = bundle();
    const loaded = loadBundle(file, cache);
    expect(loaded.usedCache).toBe(false);
    expect(await loaded.main(['a', 'b'])).toBe(2 + 'main.cjs'.length + 100);
  });

  it('compiles with the cache a run of it made', async () => {
    const { bundle: file, cache } = bundle();
    const first = loadBundle(file, cache);
    await first.main([]);
    writeFileSync(cache, first.script.createCachedData());
    const second = loadBundle(file, cache);
    expect(second.usedCache).toBe(true);
    expect(await second.main(['a'])).toBe(1 + 'main.cjs'.length + 100);
  });

  it('passes over a cache older than the bundle: it may be of another bundle of the same length', () => {
    const { bundle: file, cache } = bundle();
    writeFileSync(cache, loadBundle(file, cache).script.createCachedData());
    utimesSync(cache, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(loadBundle(file, cache).usedCache).toBe(false);
  });

  it('compiles as usual when V8 refuses the cache', async () => {
    const { bundle: file, cache } = bundle();
    writeFileSync(cache, 'not a code cache');
    const loaded = loadBundle(file, cache);
    expect(loaded.usedCache).toBe(false);
    expect(await loaded.main([])).toBe('main.cjs'.length + 100);
  });
});
