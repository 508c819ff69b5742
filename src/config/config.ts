import type { Severity } from '../findings/finding.js';

export type RuleLevel = Severity | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'info', 'off'];

/** A rule's setting: a level, or a level with options. */
export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

/** The config file (`tqc.config.yaml`), resolved: paths as written, relative to the config's folder. */
export interface Config {
  /** Glossary files or folders; undefined: `./glossaries` if present. */
  glossaries?: string[];
  rules: Record<string, RuleSetting>;
  /** Glob patterns of article paths not to check. */
  ignore: string[];
  /** Load the built-in packs (page residue, calques)? Default true. */
  packs: boolean;
  /** Where the config was read from, if anywhere. */
  file?: string;
}

export const CONFIG_FIELDS = ['glossaries', 'rules', 'ignore', 'packs'] as const;

export const DEFAULT_CONFIG: Config = { rules: {}, ignore: [], packs: true };
