#!/usr/bin/env node
// Writes the data files tqc reads at start-up into dist/data (run by `npm run build`, after tsc),
// made once here rather than on every run:
// - the English word table (src/text/english-words.ts), from the word-list packages;
// - the validated glossaries of packs/ and glossaries/ (src/cli/glossary-cache.ts).
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLOSSARY_CACHE_FILE, glossaryCache } from '../dist/cli/glossary-cache.js';
import { glossaryFilesIn } from '../dist/cli/glossary-files.js';
import { ENGLISH_WORDS_FILE, englishWordTable } from '../dist/text/english-words.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Written whole or not at all: a tqc running during the build never reads half a file. */
function write(url, text) {
  const file = fileURLToPath(url);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

write(ENGLISH_WORDS_FILE, englishWordTable());
// Relative paths: the cache holds no trace of the machine it was built on.
process.chdir(root);
const shipped = glossaryFilesIn(['packs', 'glossaries'].filter((folder) => existsSync(folder)));
if (!shipped.ok) throw new Error(shipped.errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
write(GLOSSARY_CACHE_FILE, glossaryCache(shipped.value));
