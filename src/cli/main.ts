import yargs, { type Argv } from 'yargs';
import { applyCommand } from './commands/apply.js';
import { checkCommand } from './commands/check.js';
import { glossaryCommand } from './commands/glossary.js';
import { mergeReportsCommand } from './commands/merge-reports.js';
import { rulesCommand } from './commands/rules.js';
import { EXIT } from './exit-codes.js';
import { STDIN_PATH } from './files.js';
import { TOOL_VERSION } from './version.js';

// The bundle (scripts/bundle.mjs) is made from this module: its worker threads run it too.
export { runCheckWorker } from './check-worker.js';

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    // yargs drops a bare "-"; pass standard input on under its report name.
    await cli(argv.map((arg) => (arg === '-' ? STDIN_PATH : arg)));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`tqc: ${error.message}\nRun 'tqc --help' for usage.\n`);
    return EXIT.error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT.clean;
}

class UsageError extends Error {}

async function cli(argv: string[]): Promise<void> {
  const parser = yargs(argv)
    .scriptName('tqc')
    // A repeatable option takes one value per flag: `--fix-category name a.txt` and `-g names.yaml
    // a.txt` leave a.txt a path to check instead of swallowing it.
    .parserConfiguration({ 'greedy-arrays': false })
    .usage('$0 <command> [options]\n\nChecks translated news articles: names, glossary terms, MT and scraping debris, with fixes.')
    .command(checkCommand)
    .command(applyCommand)
    .command(rulesCommand)
    .command(glossaryCommand)
    .command(mergeReportsCommand)
    .demandCommand(1, 'Name a command: check, apply, rules, glossary lint or merge-reports.')
    .example('$0 check samples', 'check the sample articles with ./glossaries')
    .example('$0 check samples --format html -o report.html', 'review the findings in a browser; then tqc apply the exported decisions')
    .example('$0 rules', 'list the rules')
    .example('$0 glossary lint glossaries', 'validate and self-test glossaries')
    .example('$0 merge-reports shard-*.json -o report.json', 'join the reports of check --shard 1/n … n/n')
    .strict()
    .version(TOOL_VERSION)
    .help()
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .epilogue('Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, config, glossary or input error.')
    .fail((message: string | null, error: unknown) => {
      // A message is a usage problem yargs found; an error without one is a bug in a handler.
      if (message) throw new UsageError(message);
      throw error instanceof Error ? error : new UsageError(String(error));
    });
  skipHelpCache(parser);
  await parser.parseAsync();
}

type UsageInternals = { getInternalMethods?: () => { getUsageInstance(): { cacheHelpMessage(): void } } };

/**
 * yargs renders the whole help text (string widths, wrapping) before it runs a command, in case the
 * command prints it: a tenth of the start-up of `tqc check`. No tqc command prints it; --help and
 * usage errors still render it when they need it.
 */
function skipHelpCache(parser: Argv): void {
  const internals = (parser as unknown as UsageInternals).getInternalMethods?.();
  if (internals) internals.getUsageInstance().cacheHelpMessage = () => {};
}
