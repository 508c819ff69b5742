import { readFileSync } from 'node:fs';
import type { Argv, CommandModule } from 'yargs';
import type { UserError } from '../../errors/user-error.js';
import { applyEdits } from '../../fixes/apply.js';
import { acceptedEdits, contentHash, parseDecisions, type DecisionFile } from '../../fixes/decisions.js';
import { printUserErrors } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { readArticle, STDIN_PATH, type ArticleFile } from '../files.js';
import { writeFileAtomically } from '../write-file.js';

interface ApplyArgs {
  decisions: string;
  quiet: boolean;
}

export const applyCommand: CommandModule = {
  command: 'apply <decisions>',
  describe: 'apply the suggestions accepted in an HTML report to the files (its exported decisions)',
  builder: (yargs: Argv) =>
    yargs
      .positional('decisions', { type: 'string', describe: 'the decisions JSON exported from the report', demandOption: true })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing to stderr but errors' })
      .example('$0 check articles --format html -o report.html', 'review in the browser, then “Export decisions”')
      .example('$0 apply tqc-decisions-3f2a9c.json', 'apply the accepted suggestions, from the folder the check ran in'),
  handler: (argv) => {
    process.exitCode = runApply(argv as unknown as ApplyArgs);
  },
};

const BOM = '\uFEFF';

interface Planned {
  file: DecisionFile;
  article: ArticleFile;
}

/**
 * Applies the accepted edits of a decisions file with `applyEdits` and writes each file
 * atomically, as `--fix` does. All or nothing: if any file is missing or has changed since the
 * report, no file is written.
 */
export function runApply(args: ApplyArgs): number {
  const decisions = readDecisions(args.decisions);
  if (!decisions.ok) return fail(decisions.errors);
  const planned: Planned[] = [];
  const errors: UserError[] = [];
  for (const file of decisions.value.files.filter((f) => acceptedEdits(f).length > 0)) {
    const article = articleFor(file);
    if ('code' in article) errors.push(article);
    else planned.push({ file, article });
  }
  if (errors.length > 0) return fail(errors);
  for (const { file, article } of planned) {
    const result = applyEdits(article.text, acceptedEdits(file));
    const error = writeFileAtomically(article.path, (article.hadBom ? BOM : '') + result.output);
    if (error) return fail([error]);
    if (!args.quiet) process.stderr.write(`tqc: ${article.path}: ${appliedNote(result.applied.length, result.skipped.length)}\n`);
  }
  if (!args.quiet && planned.length === 0) process.stderr.write('tqc: no accepted suggestions; nothing to apply\n');
  return EXIT.clean;
}

function readDecisions(path: string): ReturnType<typeof parseDecisions> {
  try {
    return parseDecisions(path, readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [{ code: 'input/unreadable', file: path, message: `cannot read ${path}: ${(error as Error).message}` }] };
  }
}

/** The file a decision list is for, read and checked to be the text the report was made from. */
function articleFor(file: DecisionFile): ArticleFile | UserError {
  const nothingApplied = 'nothing was applied';
  if (file.path === STDIN_PATH) return { code: 'apply/stdin', message: `decisions for standard input cannot be applied; ${nothingApplied}`, hint: 'check the article as a file' };
  const read = readArticle(file.path);
  if (!read.ok) {
    return { ...read.errors[0]!, hint: 'paths are as the check saw them: run tqc apply from the folder where tqc check ran' };
  }
  if (contentHash(read.value.text) !== file.sha256) {
    return {
      code: 'apply/changed',
      file: file.path,
      message: `the file has changed since the report was made, so its decisions could point at the wrong words; ${nothingApplied}`,
      hint: 'check it again (tqc check --format html) and review the new report',
    };
  }
  return read.value;
}

function appliedNote(applied: number, skipped: number): string {
  const note = `applied ${applied} accepted ${applied === 1 ? 'suggestion' : 'suggestions'}`;
  return skipped === 0 ? note : `${note}; ${skipped} overlapped another and ${skipped === 1 ? 'was' : 'were'} left out`;
}

function fail(errors: readonly UserError[]): number {
  printUserErrors(errors);
  return EXIT.error;
}
