import type { EnabledRule } from '../engine/context.js';
import type { Loaded, UserError } from '../errors/user-error.js';
import type { Rule } from '../rules/rule.js';
import type { Config, RuleSetting } from './config.js';
import { isLevel, unknownRuleError } from './parse.js';

/** Parses `--rule ID=LEVEL` flags. */
export function parseRuleFlags(flags: readonly string[], ruleIds: readonly string[]): Loaded<Record<string, RuleSetting>> {
  const settings: Record<string, RuleSetting> = {};
  const errors: UserError[] = [];
  for (const flag of flags) {
    const [id = '', level] = flag.split('=');
    const unknown = unknownRuleError(id, ruleIds);
    if (unknown) errors.push({ ...unknown, message: `--rule ${flag}: ${unknown.message}` });
    else if (!isLevel(level)) errors.push({ code: 'usage/rule-level', message: `--rule ${flag}: expected ID=LEVEL with LEVEL one of error, warning, info, off` });
    else settings[id] = { level, options: {} };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: settings, warnings: [] };
}

/** The rules a run uses: defaults, then the config file, then `--rule` flags; `off` drops a rule. */
export function enabledRules(rules: readonly Rule[], config: Config, flags: Record<string, RuleSetting>): EnabledRule[] {
  return rules.flatMap((rule) => {
    const setting = flags[rule.meta.id] ?? config.rules[rule.meta.id];
    const options = { ...config.rules[rule.meta.id]?.options, ...setting?.options };
    const level = setting?.level ?? rule.meta.severity;
    return level === 'off' ? [] : [{ rule, severity: level, options }];
  });
}
