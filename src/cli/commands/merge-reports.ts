import { existsSync, readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import type { UserError } from '../../errors/user-error.js';
import { FORMAT_NAMES } from '../../reporters/index.js';
import { asReport, mergeReports, type ReportSource } from '../../reporters/merge.js';
import { printUserErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { writeReport } from '../report-output.js';
import { exitCodeFor } from './check.js';

interface MergeArgs {
  reports: string[];
  format: string;
  output?: string;
  color: boolean;
  failOn: 'error' | 'warning' | 'info' | 'none';
}

export const mergeReportsCommand: CommandModule = {
  command: 'merge-reports <reports..>',
  describe: 'join the JSON reports of a sharded run (check --shard i/n) into one report',
  builder: (yargs: Argv) =>
    yargs
      .positional('reports', { describe: 'JSON reports written by check --format json', type: 'string', array: true })
      .option('format', { alias: 'f', type: 'string', default: 'json', choices: FORMAT_NAMES, describe: 'report format' })
      .option('output', { alias: 'o', type: 'string', describe: 'write the report to FILE instead of stdout' })
      .option('color', { type: 'boolean', default: process.stdout.isTTY === true, describe: 'colour the text report (--no-color to turn off)' })
      .option('fail-on', { type: 'string', default: 'none', choices: ['error', 'warning', 'info', 'none'], describe: 'exit 1 when a finding is at or above this level' })
      .example('$0 merge-reports shard-*.json -o report.json', 'one report from the shards of a CI run')
      .example('$0 merge-reports shard-*.json --format sarif -o tqc.sarif', 'the same, for code scanning'),
  handler: async (argv) => {
    process.exitCode = await runMergeReports(argv as unknown as MergeArgs);
  },
};

/** Reads every report, merges them, renders the result; 2 when a report cannot be read or merged. */
export async function runMergeReports(args: MergeArgs): Promise<number> {
  const sources: ReportSource[] = [];
  const errors: UserError[] = [];
  for (const file of args.reports) {
    const read = readReport(file);
    if ('code' in read) errors.push(read);
    else sources.push({ file, report: read });
  }
  const merged = errors.length === 0 ? mergeReports(sources) : { ok: false as const, errors };
  if (!merged.ok) {
    printUserErrors(merged.errors);
    return EXIT.error;
  }
  // The text and HTML reports quote the lines of the articles, when they are there to read.
  const quotes = args.format === 'text' || args.format === 'html';
  const articles = quotes ? new Map(merged.value.files.filter((f) => existsSync(f.path)).map((f) => [f.path, readFileSync(f.path, 'utf8')])) : new Map<string, string>();
  await writeReport(merged.value, args, articles);
  return exitCodeFor(merged.value, args.failOn);
}

function readReport(file: string): ReportSource['report'] | UserError {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 'report/unreadable', file, message: `cannot read the report: ${(error as Error).message}` };
  }
  try {
    return asReport(file, JSON.parse(text));
  } catch (error) {
    return { code: 'report/invalid', file, message: `not JSON: ${(error as Error).message}`, hint: 'merge reports written by tqc check --format json' };
  }
}
