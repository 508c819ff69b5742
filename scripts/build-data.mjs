#!/usr/bin/env node
// Writes the data files tqc reads at start-up into dist/data (run by `npm run build`, after tsc):
// the English word table (src/text/english-words.ts), made from the word-list packages once here
// rather than parsed from their JSON and JavaScript on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { ENGLISH_WORDS_FILE, englishWordTable } from '../dist/text/english-words.js';

const file = fileURLToPath(ENGLISH_WORDS_FILE);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, englishWordTable());
