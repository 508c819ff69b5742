import type { Argv, CommandModule } from 'yargs';
import { enabledRules } from '../../config/resolve.js';
import { selfTestGlossaries } from '../../engine/glossary-self-test.js';
import { RULES } from '../../rules/index.js';
import { printUserErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { loadGlossaryFiles } from '../glossary-files.js';
import { DEFAULT_CONFIG } from '../../config/config.js';

interface LintArgs {
  paths: string[];
  selfTest: boolean;
}

const lintCommand: CommandModule = {
  command: 'lint <paths..>',
  describe: 'validate glossaries and run their self-test; exit 2 on any error',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { describe: 'glossary files or folders', type: 'string', array: true })
      .option('self-test', { type: 'boolean', default: true, describe: 'check that forbidden forms are flagged and accepted forms are not' })
      .example('$0 glossary lint glossaries', 'validate every glossary in glossaries/')
      .example('$0 glossary lint people.yaml --no-self-test', 'validate the file only'),
  handler: (argv) => {
    const args = argv as unknown as LintArgs;
    process.exitCode = lintGlossaries(args.paths, args.selfTest);
  },
};

export const glossaryCommand: CommandModule = {
  command: 'glossary <command>',
  describe: 'work with glossaries (lint)',
  builder: (yargs: Argv) => yargs.command(lintCommand).demandCommand(1, 'Name a glossary command: lint.'),
  handler: () => undefined,
};

function lintGlossaries(paths: string[], selfTest: boolean): number {
  const loaded = loadGlossaryFiles(paths);
  if (!loaded.ok) {
    printUserErrors(loaded.errors);
    return EXIT.error;
  }
  printUserErrors(loaded.warnings);
  const problems = selfTest ? selfTestGlossaries(loaded.value, enabledRules(RULES, DEFAULT_CONFIG, {})) : [];
  printUserErrors(problems);
  const entries = loaded.value.reduce((n, g) => n + g.entries.length, 0);
  const files = loaded.value.length;
  process.stdout.write(`${files} glossar${files === 1 ? 'y' : 'ies'}, ${entries} entries: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}\n`);
  return problems.length === 0 ? EXIT.clean : EXIT.error;
}
