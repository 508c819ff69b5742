import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossaryFiles } from '../../src/cli/glossary-files.js';
import { PACKS_DIR } from '../../src/cli/setup.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { enabledRules } from '../../src/config/resolve.js';
import { selfTestGlossaries } from '../../src/engine/glossary-self-test.js';
import { RULES } from '../../src/rules/index.js';

/** Every built-in pack file, as `tqc` finds them. */
function packFiles(folder = PACKS_DIR): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? packFiles(join(folder, e.name)) : /\.ya?ml$/.test(e.name) ? [join(folder, e.name)] : []));
}

const describeError = (e: { file?: string; line?: number; message: string }): string => `${e.file}:${e.line}: ${e.message}`;

describe('built-in packs', () => {
  it.each(packFiles().map((f) => [f.slice(PACKS_DIR.length + 1), f]))('%s loads without errors and declares its category', (_name, file) => {
    const loaded = loadGlossaryFiles([file]);
    expect(loaded.ok ? [] : loaded.errors.map(describeError)).toEqual([]);
    if (loaded.ok) expect(loaded.value[0]?.category).toMatch(/^(boilerplate|phrasing)$/);
  });

  it('load together and pass the glossary self-test with every rule enabled', () => {
    const loaded = loadGlossaryFiles([PACKS_DIR]);
    if (!loaded.ok) throw new Error(loaded.errors.map(describeError).join('\n'));
    const problems = selfTestGlossaries(loaded.value, enabledRules(RULES, DEFAULT_CONFIG, {}));
    expect(problems.map(describeError)).toEqual([]);
  });
});
