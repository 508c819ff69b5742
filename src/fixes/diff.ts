import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of one file, with the path written `./path` so that both `patch -p0` (which
 * keeps it) and `git apply` (which strips one leading component) find the file. The texts are the
 * file's contents as on disk (BOM included) so the diff applies to the bytes there.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const name = diffPath(path);
  const patch = createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 3 });
  // jsdiff opens with an "Index:" line and a row of "=" that neither patch nor git needs.
  const lines = patch.replace(/^Index: .*\n=+\n/, '').split('\n');
  // GNU patch reads a name up to its first space unless a tab ends it; git writes the tab too.
  if (name.includes(' ')) for (const i of [0, 1]) lines[i] += '\t';
  return lines.join('\n');
}

function diffPath(path: string): string {
  const posix = path.split('\\').join('/');
  return posix.startsWith('/') || posix.startsWith('./') || posix.startsWith('../') ? posix : `./${posix}`;
}
