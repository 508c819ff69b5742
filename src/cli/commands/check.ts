import type { Argv, CommandModule } from 'yargs';
import { enabledRules, parseRuleFlags } from '../../config/resolve.js';
import type { CheckOptions } from '../../engine/run.js';
import type { UserError } from '../../errors/user-error.js';
import { CATEGORIES, SEVERITIES, severityRank, type Category, type Severity } from '../../findings/finding.js';
import { compileGlossaries } from '../../glossary/compile.js';
import { loadFormats } from '../../input/read.js';
import { FORMAT_NAMES } from '../../reporters/index.js';
import { buildReport, type CheckedFile, type Report } from '../../reporters/report.js';
import { RULES } from '../../rules/index.js';
import { checkArticles } from '../check-files.js';
import { CheckPool, type WorkerSetup } from '../check-pool.js';
import { printUserErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { articlePaths, readArticle, type ArticleFile } from '../files.js';
import { diffArticle, fixArticle, type FixSelection } from '../fix-files.js';
import { applyGate, prepareGate } from '../gate.js';
import { Progress } from '../progress.js';
import { writeReport } from '../report-output.js';
import { loadConfig, loadRunGlossaries } from '../setup.js';
import { filesOfShard, parseShard, type Shard } from '../shard.js';
import { readSourceArticle } from '../source-file.js';
import { TOOL_VERSION } from '../version.js';

export interface CheckArgs {
  paths: string[];
  glossary: string[];
  format: string;
  output?: string;
  failOn: Severity | 'none';
  rule: string[];
  config?: string;
  color: boolean;
  quiet: boolean;
  fix?: boolean;
  diff?: boolean;
  unsafe: boolean;
  fixCategory: string[];
  reportUnusedDisables: boolean;
  source?: string;
  changedSince?: string;
  baseline?: string;
  updateBaseline?: boolean;
  maxWarnings?: number;
  /** `--jobs`; undefined lets the run's size decide (CheckPool). */
  jobs?: number;
  shard?: Shard;
}

export const checkCommand: CommandModule = {
  command: 'check [paths..]',
  describe: 'check articles against the glossaries and the rules',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'files, folders (recursed) or - for stdin', type: 'string', array: true, default: ['.'] })
      .option('glossary', { alias: 'g', type: 'string', default: [], coerce: asList, describe: 'glossary file or folder, repeatable (default: ./glossaries if present)' })
      .option('format', { alias: 'f', type: 'string', default: 'text', choices: FORMAT_NAMES, describe: 'report format' })
      .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE instead of stdout' })
      .option('fail-on', { type: 'string', default: 'error', choices: [...SEVERITIES, 'none'], describe: 'exit 1 when a finding is at or above this level' })
      .option('rule', { type: 'string', default: [], coerce: asList, describe: 'set a rule level: ID=error|warning|info|off, repeatable' })
      .option('config', { type: 'string', describe: 'config file (default: tqc.config.yaml/.yml/.json here)' })
      .option('color', { type: 'boolean', default: process.stdout.isTTY === true, describe: 'colour the text report (--no-color to turn off)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing to stderr but errors' })
      .option('fix', { type: 'boolean', describe: 'apply the safe fixes in place, then report what remains' })
      .option('diff', { type: 'boolean', describe: 'print the fixes --fix would make as a unified diff; change nothing' })
      .option('unsafe', { type: 'boolean', default: false, describe: 'with --fix/--diff: also apply suggestions that need an editor’s eye' })
      .option('fix-category', { type: 'string', default: [], coerce: splitList, describe: 'with --fix/--diff: only fix these categories (comma-separated)' })
      .option('report-unused-disables', { type: 'boolean', default: false, describe: 'warn at inline tqc-disable directives that silence nothing' })
      .option('source', { type: 'string', describe: 'the original-language article FILE translates: numbers, names and untranslated text are checked against it' })
      .option('changed-since', { type: 'string', describe: 'report only findings on lines changed since the merge base with this git ref' })
      .option('baseline', { type: 'string', describe: 'a baseline file: report only findings it does not record' })
      .option('update-baseline', { type: 'boolean', describe: 'record today’s findings in the --baseline file' })
      .option('max-warnings', { type: 'number', describe: 'exit 1 when more than N warnings are reported' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'threads to check with (default: one per 2 MB of text, at most one per core and 8; 1: no worker threads)' })
      .option('shard', { type: 'string', coerce: asShard, describe: 'check only part i of n of the files (CI machines); join the JSON reports with merge-reports' })
      .conflicts('fix', 'diff')
      .check((argv) => checkCategories(argv['fix-category'] as string[]))
      .check((argv) => checkMaxWarnings(argv['max-warnings'] as number | undefined))
      .check((argv) => argv.jobs === undefined || (Number.isInteger(argv.jobs) && (argv.jobs as number) >= 1) || '--jobs takes a whole number, 1 or more')
      .check((argv) => !argv['update-baseline'] || argv.baseline !== undefined || '--update-baseline needs --baseline FILE')
      .example('$0 check samples', 'check every article in samples/ with ./glossaries')
      .example('$0 check article.txt -g names.yaml --format json', 'JSON report against one glossary')
      .example('$0 check . --rule typography/double-space=off --fail-on warning', 'stricter gate, one rule off')
      .example('$0 check samples --diff > fixes.patch', 'the safe fixes as a patch (git apply / patch -p0)')
      .example('$0 check samples --fix --fix-category name,boilerplate', 'fix names and page residue in place')
      .example('$0 check articles --changed-since origin/main --format github', 'pull-request gate: new findings as annotations (docs/ci.md)'),
  handler: async (argv) => {
    process.exitCode = await runCheck(argv as unknown as CheckArgs);
  },
};

/** The whole check: config → glossaries → files → engine → report → exit code. */
export async function runCheck(args: CheckArgs): Promise<number> {
  const pool = new CheckPool();
  try {
    return await checkWith(args, pool);
  } finally {
    pool.close();
  }
}

async function checkWith(args: CheckArgs, pool: CheckPool): Promise<number> {
  const ruleIds = RULES.map((r) => r.meta.id);
  const config = loadConfig(args.config);
  if (!config.ok) return fail(config.errors);
  const flags = parseRuleFlags(args.rule, ruleIds);
  if (!flags.ok) return fail(flags.errors);
  // The files are listed before the glossaries load so that worker threads load theirs meanwhile;
  // problems are still reported in the same order.
  const found = articlePaths(args.paths.length > 0 ? args.paths : ['.'], config.value.ignore);
  const paths = !found.ok ? [] : args.shard ? filesOfShard(found.value, args.shard) : found.value;
  if (!args.fix && !args.diff) pool.start(args.jobs, paths, workerSetup(args, paths));
  const glossaries = loadRunGlossaries(args.glossary, config.value);
  if (!glossaries.ok) return fail(glossaries.errors);
  if (!args.quiet) printUserErrors(glossaries.warnings);
  if (!found.ok) return fail(found.errors);
  await loadFormats(paths);
  const gate = prepareGate(args, process.cwd());
  if (!gate.ok) return fail(gate.errors);

  const articles: ArticleFile[] = [];
  for (const path of paths) {
    const article = readArticle(path);
    if (!article.ok) return fail(article.errors);
    articles.push(article.value);
  }
  const original = await readSourceArticle(args.source, articles.length);
  if (!original.ok) return fail(original.errors);
  const checkOptions: CheckOptions = { reportUnusedDisables: args.reportUnusedDisables, ...(original.value ? { source: original.value } : {}) };
  const glossary = compileGlossaries(glossaries.value);
  const rules = enabledRules(RULES, config.value, flags.value);
  const selection: FixSelection = { unsafe: args.unsafe, categories: args.fixCategory as Category[] };
  if (args.diff) {
    process.stdout.write(articles.map((a) => diffArticle(a, glossary, rules, selection)).join(''));
    return EXIT.clean;
  }
  const checked: CheckedFile[] = [];
  const sources = new Map<string, string>();
  if (args.fix) {
    for (const article of articles) {
      const fixed = fixArticle(article, glossary, rules, selection, checkOptions);
      if (fixed.error) return fail([fixed.error]);
      checked.push(fixed.checked);
      sources.set(article.path, fixed.text);
    }
  } else {
    const progress = Progress.forRun(articles.reduce((n, a) => n + a.text.length, 0), articles.length, args.quiet);
    checked.push(...(await checkArticles(articles, glossary, rules, checkOptions, { pool, progress })));
    progress.finish();
    for (const article of articles) sources.set(article.path, article.text);
  }
  const gated = applyGate(gate.value, checked);
  if (!gated.ok) return fail(gated.errors);
  if (!args.quiet) for (const note of gated.value.notes) process.stderr.write(`tqc: ${note}\n`);
  const report = buildReport(gated.value.files, TOOL_VERSION);
  if (args.shard) report.shard = args.shard;
  await writeReport(report, args, sources);
  return exitCodeFor(report, args.failOn, args.maxWarnings);
}

function workerSetup(args: CheckArgs, paths: string[]): WorkerSetup {
  return { glossary: args.glossary, ...(args.config !== undefined && { config: args.config }), rule: args.rule, reportUnusedDisables: args.reportUnusedDisables, formats: paths };
}

/**
 * A repeatable option as a list. Options are declared single-valued and repeated, not as yargs
 * arrays, because an array option would swallow the article paths after it (`-g g.yaml a.txt`).
 */
function asList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

function splitList(value: string | string[]): string[] {
  return asList(value).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** `--shard i/n`; a malformed one is a usage error (yargs reports what coerce throws). */
function asShard(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new Error(shard);
  return shard;
}

/** yargs takes a returned string as the usage error. */
function checkCategories(categories: string[]): true | string {
  const unknown = categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  return unknown.length === 0 || `unknown --fix-category ${unknown.join(', ')}; valid: ${CATEGORIES.join(', ')}`;
}

function checkMaxWarnings(max: number | undefined): true | string {
  return max === undefined || (Number.isInteger(max) && max >= 0) || '--max-warnings takes a whole number, 0 or more';
}

/**
 * `../shared/spec/cli.md`: 1 when a reported finding is at or above --fail-on (`none`: never), or
 * when there are more warnings than --max-warnings; else 0.
 */
export function exitCodeFor(report: Report, failOn: Severity | 'none', maxWarnings?: number): number {
  const threshold = failOn === 'none' ? Infinity : severityRank(failOn);
  const failing = report.files.some((f) => f.findings.some((x) => severityRank(x.severity) >= threshold));
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warning > maxWarnings;
  return failing || tooManyWarnings ? EXIT.findings : EXIT.clean;
}

function fail(errors: readonly UserError[]): number {
  printUserErrors(errors);
  return EXIT.error;
}
