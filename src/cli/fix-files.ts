import { isAbsolute, relative, sep } from 'node:path';
import type { EnabledRule } from '../engine/context.js';
import type { CheckOptions } from '../engine/run.js';
import { fixText } from '../engine/fix-loop.js';
import type { UserError } from '../errors/user-error.js';
import type { Category, Finding } from '../findings/finding.js';
import { unifiedDiff } from '../fixes/diff.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { readDocument } from '../input/read.js';
import type { CheckedFile } from '../reporters/report.js';
import { STDIN_PATH, type ArticleFile } from './files.js';
import { writeFileAtomically } from './write-file.js';

export interface FixSelection {
  /** Also apply suggestions their rules do not declare safe. */
  unsafe: boolean;
  /** Only fixes of findings in these categories; empty: all. */
  categories: readonly Category[];
}

const BOM = '\uFEFF';

function acceptFor(selection: FixSelection): (finding: Finding) => boolean {
  return selection.categories.length === 0 ? () => true : (f) => selection.categories.includes(f.category);
}

/** `--fix`: applies the selected fixes in place and reports what remains; files without a fix are not touched. */
export function fixArticle(
  article: ArticleFile,
  glossary: CompiledGlossary,
  rules: readonly EnabledRule[],
  selection: FixSelection,
  check: CheckOptions = {},
): { checked: CheckedFile; error?: UserError; fixed: number; text: string } {
  const result = fixText(article.path, article.text, glossary, rules, { safeOnly: !selection.unsafe, accept: acceptFor(selection), check });
  const checked = { path: article.path, findings: result.remaining, lines: readDocument(article.path, result.output).lines };
  if (result.output === article.text) return { checked, fixed: 0, text: article.text };
  if (article.path === STDIN_PATH) {
    return { checked, fixed: 0, text: article.text, error: { code: 'fix/stdin', message: '--fix cannot write back to standard input', hint: 'use --diff to get the fixes as a patch' } };
  }
  const error = writeFileAtomically(article.path, (article.hadBom ? BOM : '') + result.output);
  return error ? { checked, error, fixed: 0, text: article.text } : { checked, fixed: result.fixed.length, text: result.output };
}

/** `--diff`: the unified diff `--fix` would make to one article; changes nothing. */
export function diffArticle(article: ArticleFile, glossary: CompiledGlossary, rules: readonly EnabledRule[], selection: FixSelection): string {
  const result = fixText(article.path, article.text, glossary, rules, { safeOnly: !selection.unsafe, accept: acceptFor(selection) });
  const bom = article.hadBom ? BOM : '';
  return unifiedDiff(patchPath(article.path), bom + article.text, bom + result.output);
}

/** An absolute path inside the current folder, made relative: `patch -p0` ignores absolute names
 *  and `git apply` strips their first component. */
function patchPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(process.cwd(), path);
  return inside === '' || isAbsolute(inside) || inside.split(sep)[0] === '..' ? path : inside;
}
