import type { Loaded, UserError } from '../errors/user-error.js';
import { STDIN_PATH } from './files.js';
import { git, pathInRepository, repositoryRoot } from './git.js';

/** The lines of a file to report on: a set of 1-based line numbers, or the whole file. */
export type ChangedLines = ReadonlySet<number> | 'whole';

/**
 * `--changed-since REF`: which lines of each article were added or changed since the merge base
 * of REF and HEAD, committed or not. Files git does not track (new, ignored, outside the
 * repository, standard input) are new as a whole.
 */
export function changedLinesSince(ref: string, cwd: string): Loaded<(path: string) => ChangedLines> {
  const root = repositoryRoot(cwd);
  if (!root) {
    return refused('git/not-a-repository', `--changed-since needs a git repository, and ${cwd} is not in one`, 'run tqc inside the repository, or drop --changed-since');
  }
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  if (!commit.ok) {
    return refused('git/unknown-ref', `--changed-since: unknown git ref '${ref}'`, 'name a branch, tag or commit; in CI fetch it first (git fetch origin main, or actions/checkout with fetch-depth: 0) and use origin/main');
  }
  const base = git(['merge-base', commit.stdout.trim(), 'HEAD'], root);
  if (!base.ok) {
    return refused('git/no-merge-base', `--changed-since: '${ref}' and HEAD have no common ancestor (${base.message})`, 'a shallow clone lacks the history: fetch more of it (fetch-depth: 0)');
  }
  const diff = git(['diff', '-U0', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', base.stdout.trim(), '--'], root);
  const tracked = git(['ls-files', '-z', '--full-name'], root);
  if (!diff.ok) return refused('git/failed', `--changed-since: git diff failed: ${diff.message}`);
  if (!tracked.ok) return refused('git/failed', `--changed-since: git ls-files failed: ${tracked.message}`);

  const added = addedLinesByFile(diff.stdout);
  const isTracked = new Set(tracked.stdout.split('\0'));
  const none: ReadonlySet<number> = new Set();
  return {
    ok: true,
    warnings: [],
    value: (path) => {
      const inRepo = path === STDIN_PATH ? undefined : pathInRepository(root, path);
      if (inRepo === undefined || !isTracked.has(inRepo)) return 'whole';
      return added.get(inRepo) ?? none;
    },
  };
}

function refused(code: string, message: string, hint?: string): { ok: false; errors: UserError[] } {
  return { ok: false, errors: [{ code, message, ...(hint ? { hint } : {}) }] };
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The added lines of each file in a `git diff -U0` (new-side paths, relative to the repository
 * root): a hunk `+START,COUNT` adds COUNT lines from START; COUNT 0 is a pure deletion.
 */
export function addedLinesByFile(diff: string): Map<string, Set<number>> {
  const added = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  // Between "diff --git" and the first hunk; an added line "++ x" reads "+++ x" inside a hunk.
  let inHeader = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      [inHeader, current] = [true, undefined];
    } else if (inHeader && line.startsWith('+++ ')) {
      const path = newSidePath(line.slice(4));
      current = path === undefined ? undefined : linesOf(added, path);
    } else if (line.startsWith('@@ ')) {
      inHeader = false;
      const hunk = HUNK.exec(line);
      if (hunk && current) addRange(current, Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2]));
    }
  }
  return added;
}

function addRange(lines: Set<number>, start: number, count: number): void {
  for (let n = start; n < start + count; n++) lines.add(n);
}

function linesOf(added: Map<string, Set<number>>, path: string): Set<number> {
  const lines = added.get(path) ?? new Set<number>();
  added.set(path, lines);
  return lines;
}

/** `b/path` or `"b/pa\"th"` (git's C-style quoting); undefined for `/dev/null` (a deleted file). */
function newSidePath(field: string): string | undefined {
  const name = field.startsWith('"') ? unquoteC(field) : field.replace(/\t$/, '');
  return name.startsWith('b/') ? name.slice(2) : undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Undoes git's quoting of unusual paths; octal escapes are UTF-8 bytes. */
function unquoteC(quoted: string): string {
  const body = quoted.slice(1, quoted.lastIndexOf('"'));
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of body.matchAll(/\\([0-7]{3}|.)/g)) {
    const code = match[1]!;
    parts.push(Buffer.from(body.slice(last, match.index), 'utf8'));
    parts.push(code.length === 3 ? Buffer.from([parseInt(code, 8)]) : Buffer.from(ESCAPES[code] ?? code, 'utf8'));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(body.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}
