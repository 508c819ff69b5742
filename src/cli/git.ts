import type { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type GitResult = { ok: true; stdout: string } | { ok: false; message: string };

/** Loaded on the first git command: most runs have none, and node:child_process takes a few ms to load. */
const loadSpawnSync = (): typeof spawnSync => (createRequire(import.meta.url)('node:child_process') as { spawnSync: typeof spawnSync }).spawnSync;

/**
 * Runs git in `cwd` and returns its output. User config that would change what git prints
 * (quoted paths, diff prefixes, external diff tools, colour) is overridden per command.
 */
export function git(args: readonly string[], cwd: string): GitResult {
  const result = loadSpawnSync()('git', ['-c', 'core.quotepath=false', '-c', 'color.ui=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, message: missing ? 'git is not installed or not on PATH' : result.error.message };
  }
  if (result.status !== 0) return { ok: false, message: result.stderr.trim() || `git ${args[0]} exited ${result.status}` };
  return { ok: true, stdout: result.stdout };
}

/** The top folder of the git work tree holding `cwd`, real path; undefined outside any. */
export function repositoryRoot(cwd: string): string | undefined {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  return top.ok ? realpathSync(top.stdout.trim()) : undefined;
}

/** `path` relative to the repository root with forward slashes; undefined when it lies outside. */
export function pathInRepository(root: string, path: string): string | undefined {
  const rel = relative(root, realPath(resolve(path)));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Each path that lies in the repository holding `cwd`, relative to its root; empty outside git. */
export function repositoryPaths(paths: readonly string[], cwd: string): Map<string, string> {
  const root = repositoryRoot(cwd);
  const found = new Map<string, string>();
  if (!root) return found;
  for (const path of paths) {
    const inRepo = pathInRepository(root, path);
    if (inRepo !== undefined) found.set(path, inRepo);
  }
  return found;
}
