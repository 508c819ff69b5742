import { readFileSync } from 'node:fs';
import type { UserError } from '../errors/user-error.js';
import { renderUserError } from '../errors/render.js';

/** Writes user errors to stderr, each with an excerpt of its file when it can be read. */
export function printUserErrors(errors: readonly UserError[]): void {
  for (const error of errors) process.stderr.write(`${renderUserError(error, sourceOf(error))}\n`);
}

function sourceOf(error: UserError): string | undefined {
  if (!error.file || error.line === undefined) return undefined;
  try {
    return readFileSync(error.file, 'utf8');
  } catch {
    return undefined;
  }
}
