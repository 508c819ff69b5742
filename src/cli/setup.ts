import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG, type Config } from '../config/config.js';
import { parseConfig } from '../config/parse.js';
import type { Loaded } from '../errors/user-error.js';
import type { Glossary } from '../glossary/raw.js';
import { RULES } from '../rules/index.js';
import { loadGlossaryFiles, type LoadOptions } from './glossary-files.js';

const CONFIG_NAMES = ['tqc.config.yaml', 'tqc.config.yml', 'tqc.config.json'];

/** The built-in packs (page residue, calques) that ship with tqc. */
export const PACKS_DIR = fileURLToPath(new URL('../../packs', import.meta.url));

/** Reads `--config FILE`, else the first default config name in the current folder, else defaults. */
export function loadConfig(explicit: string | undefined): Loaded<Config> {
  const file = explicit ?? CONFIG_NAMES.find((name) => existsSync(name));
  if (!file) return { ok: true, value: { ...DEFAULT_CONFIG }, warnings: [] };
  if (!existsSync(file)) return { ok: false, errors: [{ code: 'config/not-found', message: `config file not found: ${file}` }] };
  return parseConfig(file, readFileSync(file, 'utf8'), RULES.map((r) => r.meta.id));
}

/**
 * The glossaries of a run: `--glossary` paths, else the config's, else `./glossaries` when it
 * exists; plus the built-in packs unless the config turns them off.
 */
export function loadRunGlossaries(flags: readonly string[], config: Config, options?: LoadOptions): Loaded<Glossary[]> {
  const chosen = flags.length > 0 ? [...flags] : (config.glossaries ?? (existsSync('glossaries') ? ['glossaries'] : []));
  const paths = config.packs && existsSync(PACKS_DIR) ? [PACKS_DIR, ...chosen] : chosen;
  return loadGlossaryFiles(paths, { shownAs: packName, ...options });
}

/** A built-in pack's file by its place in the package ("tqc/packs/phrasing/es-en.yaml"), the same on every machine; other files as given. */
function packName(file: string): string {
  return file.startsWith(PACKS_DIR + sep) ? `tqc/packs/${relative(PACKS_DIR, file).split(sep).join('/')}` : file;
}
