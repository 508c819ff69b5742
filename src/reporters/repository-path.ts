import type { RenderOptions } from './index.js';

/**
 * Where a code host finds a reported file: its path relative to the repository root when the cli
 * knows it, else the report path with forward slashes and without a leading `./`.
 */
export function repositoryPathOf(path: string, options: Pick<RenderOptions, 'repositoryPaths'>): string {
  return options.repositoryPaths?.get(path) ?? path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
