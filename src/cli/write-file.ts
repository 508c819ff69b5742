import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { UserError } from '../errors/user-error.js';

/**
 * Replaces a file's content atomically: a temporary file in the same folder, then a rename, so a
 * crash never leaves half an article. Keeps the file mode. A file without write permission is
 * refused (checked on the mode bits, since root may write anywhere) and left as it was.
 */
export function writeFileAtomically(path: string, content: string): UserError | undefined {
  const stat = statSync(path);
  if ((stat.mode & 0o222) === 0) {
    return { code: 'fix/read-only', file: path, message: 'the file is read-only, so its fixes were not applied', hint: 'make it writable (chmod u+w) or use --diff to see the fixes' };
  }
  const temporary = join(dirname(path), `.${basename(path)}.tqc-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: stat.mode & 0o7777 });
    chmodSync(temporary, stat.mode & 0o7777);
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    rmSync(temporary, { force: true });
    return { code: 'fix/write', file: path, message: `cannot write ${path}: ${(error as Error).message}` };
  }
}
