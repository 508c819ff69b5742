import { accessSync, chmodSync, constants, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { UserError } from '../errors/user-error.js';

/**
 * Replaces a file's content atomically: a temporary file in the same folder, then a rename, so a
 * crash never leaves half an article. Keeps the file mode. A file without write permission is
 * refused and left as it was: checked on the mode bits too, since root may write anywhere.
 */
export function writeFileAtomically(path: string, content: string): UserError | undefined {
  // A symbolic link is followed: the rename replaces the article it points to, not the link.
  const target = realpathSync(path);
  const stat = statSync(target);
  if ((stat.mode & 0o222) === 0 || !isWritable(target)) {
    return { code: 'fix/read-only', file: path, message: 'the file is read-only, so its fixes were not applied', hint: 'make it writable (chmod u+w) or use --diff to see the fixes' };
  }
  const temporary = join(dirname(target), `.${basename(target)}.tqc-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: stat.mode & 0o7777 });
    chmodSync(temporary, stat.mode & 0o7777);
    renameSync(temporary, target);
    return undefined;
  } catch (error) {
    rmSync(temporary, { force: true });
    return { code: 'fix/write', file: path, message: `cannot write ${path}: ${(error as Error).message}` };
  }
}

/** Write permission for this process: the rename would otherwise replace a file it may not write. */
function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
