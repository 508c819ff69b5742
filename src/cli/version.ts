import { createRequire } from 'node:module';

/** The version in package.json, reported by --version and in every report. */
export const TOOL_VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
