import type { createHash as CreateHash } from 'node:crypto';
import { createRequire } from 'node:module';

/** Loaded on first use: a check that finds nothing hashes nothing, and node:crypto takes some 5 ms to load. */
let createHash: typeof CreateHash | undefined;

/** SHA-256 of the text's UTF-8, in hex. */
export function sha256Hex(text: string): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as { createHash: typeof CreateHash }).createHash;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
