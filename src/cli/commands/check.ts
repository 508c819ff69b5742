import { writeFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import { enabledRules, parseRuleFlags } from '../../config/resolve.js';
import { checkDocument } from '../../engine/run.js';
import type { UserError } from '../../errors/user-error.js';
import { SEVERITIES, severityRank, type Severity } from '../../findings/finding.js';
import { compileGlossaries } from '../../glossary/compile.js';
import { readDocument } from '../../input/read.js';
import { REPORTERS, FORMAT_NAMES } from '../../reporters/index.js';
import { buildReport, type CheckedFile, type Report } from '../../reporters/report.js';
import { RULES } from '../../rules/index.js';
import { printUserErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { articlePaths, readArticle, type ArticleFile } from '../files.js';
import { loadConfig, loadRunGlossaries } from '../setup.js';
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
}

export const checkCommand: CommandModule = {
  command: 'check [paths..]',
  describe: 'check articles against the glossaries and the rules',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'files, folders (recursed) or - for stdin', type: 'string', array: true, default: ['.'] })
      .option('glossary', { alias: 'g', type: 'string', array: true, default: [], describe: 'glossary file or folder, repeatable (default: ./glossaries if present)' })
      .option('format', { alias: 'f', type: 'string', default: 'text', choices: FORMAT_NAMES, describe: 'report format' })
      .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE instead of stdout' })
      .option('fail-on', { type: 'string', default: 'error', choices: [...SEVERITIES, 'none'], describe: 'exit 1 when a finding is at or above this level' })
      .option('rule', { type: 'string', array: true, default: [], describe: 'set a rule level: ID=error|warning|info|off, repeatable' })
      .option('config', { type: 'string', describe: 'config file (default: tqc.config.yaml/.yml/.json here)' })
      .option('color', { type: 'boolean', default: process.stdout.isTTY === true, describe: 'colour the text report (--no-color to turn off)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing to stderr but errors' })
      .example('$0 check samples', 'check every article in samples/ with ./glossaries')
      .example('$0 check article.txt -g names.yaml --format json', 'JSON report against one glossary')
      .example('$0 check . --rule typography/double-space=off --fail-on warning', 'stricter gate, one rule off'),
  handler: async (argv) => {
    process.exitCode = await runCheck(argv as unknown as CheckArgs);
  },
};

/** The whole check: config → glossaries → files → engine → report → exit code. */
export async function runCheck(args: CheckArgs): Promise<number> {
  const ruleIds = RULES.map((r) => r.meta.id);
  const config = loadConfig(args.config);
  if (!config.ok) return fail(config.errors);
  const flags = parseRuleFlags(args.rule, ruleIds);
  if (!flags.ok) return fail(flags.errors);
  const glossaries = loadRunGlossaries(args.glossary, config.value);
  if (!glossaries.ok) return fail(glossaries.errors);
  if (!args.quiet) printUserErrors(glossaries.warnings);
  const paths = articlePaths(args.paths.length > 0 ? args.paths : ['.'], config.value.ignore);
  if (!paths.ok) return fail(paths.errors);

  const articles: ArticleFile[] = [];
  for (const path of paths.value) {
    const article = readArticle(path);
    if (!article.ok) return fail(article.errors);
    articles.push(article.value);
  }
  const glossary = compileGlossaries(glossaries.value);
  const rules = enabledRules(RULES, config.value, flags.value);
  const checked: CheckedFile[] = articles.map((article) => {
    const doc = readDocument(article.path, article.text);
    return { path: article.path, findings: checkDocument(doc, glossary, rules), lines: doc.lines };
  });
  const report = buildReport(checked, TOOL_VERSION);
  await writeReport(report, args, new Map(articles.map((a) => [a.path, a.text])));
  return exitCodeFor(report, args.failOn);
}

async function writeReport(report: Report, args: CheckArgs, sources: Map<string, string>): Promise<void> {
  const render = await REPORTERS[args.format]!();
  const color = args.color && !args.output && args.format === 'text';
  const out = await render(report, { color, sources });
  if (args.output) writeFileSync(args.output, out);
  else process.stdout.write(out);
}

export function exitCodeFor(report: Report, failOn: Severity | 'none'): number {
  if (failOn === 'none') return EXIT.clean;
  const threshold = severityRank(failOn);
  const failing = report.files.some((f) => f.findings.some((x) => severityRank(x.severity) >= threshold));
  return failing ? EXIT.findings : EXIT.clean;
}

function fail(errors: readonly UserError[]): number {
  printUserErrors(errors);
  return EXIT.error;
}
