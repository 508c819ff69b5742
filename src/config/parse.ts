import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Loaded, UserError } from '../errors/user-error.js';
import { nearest } from '../errors/nearest.js';
import { CONFIG_FIELDS, DEFAULT_CONFIG, RULE_LEVELS, type Config, type RuleLevel, type RuleSetting } from './config.js';

/** Parses a config file's text (YAML or JSON); `ruleIds` are the known rules, for "did you mean". */
export function parseConfig(file: string, text: string, ruleIds: readonly string[]): Loaded<Config> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const at = (node: Node | null | undefined): Pick<UserError, 'file' | 'line' | 'column'> => {
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return pos ? { file, line: pos.line, column: pos.col } : { file };
  };
  const errors: UserError[] = doc.errors.map((e) => ({
    code: 'config/syntax',
    message: e.message.split('\n')[0]!,
    file,
    ...(e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}),
  }));
  if (errors.length > 0) return { ok: false, errors };
  const config: Config = { ...DEFAULT_CONFIG, rules: {}, ignore: [], file };
  if (doc.contents === null) return { ok: true, value: config, warnings: [] };
  if (!isMap(doc.contents)) return { ok: false, errors: [{ code: 'config/shape', message: 'the config must be a mapping of fields', ...at(doc.contents) }] };
  for (const pair of doc.contents.items as Pair<Node, Node>[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    const error = readField(config, key, pair, ruleIds, at);
    if (error) errors.push(error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: config, warnings: [] };
}

type At = (node: Node | null | undefined) => Pick<UserError, 'file' | 'line' | 'column'>;

function readField(config: Config, key: string, pair: Pair<Node, Node>, ruleIds: readonly string[], at: At): UserError | undefined {
  const value = pair.value;
  switch (key) {
    case 'glossaries':
    case 'ignore': {
      const list = stringList(value);
      if (!list) return { code: 'config/type', message: `'${key}' must be a list of paths`, ...at(value) };
      config[key] = list;
      return undefined;
    }
    case 'packs':
      if (!isScalar(value) || typeof value.value !== 'boolean') return { code: 'config/type', message: "'packs' must be true or false", ...at(value) };
      config.packs = value.value;
      return undefined;
    case 'rules':
      return readRules(config, value, ruleIds, at);
    default: {
      const guess = nearest(key, CONFIG_FIELDS);
      return { code: 'config/unknown-field', message: `unknown field '${key}'`, ...at(pair.key), ...(guess ? { hint: `did you mean '${guess}'?` } : { hint: `valid fields: ${CONFIG_FIELDS.join(', ')}` }) };
    }
  }
}

function readRules(config: Config, value: Node | null, ruleIds: readonly string[], at: At): UserError | undefined {
  if (!isMap(value)) return { code: 'config/type', message: "'rules' must map rule ids to levels", ...at(value) };
  for (const pair of value.items as Pair<Node, Node>[]) {
    const id = String(isScalar(pair.key) ? pair.key.value : '');
    const unknown = unknownRuleError(id, ruleIds);
    if (unknown) return { ...unknown, ...at(pair.key) };
    const setting = ruleSetting(pair.value);
    if (typeof setting === 'string') return { code: 'config/rule-level', message: setting, ...at(pair.value) };
    config.rules[id] = setting;
  }
  return undefined;
}

/** An unknown rule id, with the nearest known one. */
export function unknownRuleError(id: string, ruleIds: readonly string[]): UserError | undefined {
  if (ruleIds.includes(id)) return undefined;
  const guess = nearest(id, ruleIds);
  return { code: 'config/unknown-rule', message: `unknown rule '${id}'`, hint: guess ? `did you mean '${guess}'? (tqc rules lists them all)` : 'tqc rules lists the rules' };
}

/** `warning`, or `[warning, {options}]`; a string is the error message. */
function ruleSetting(node: Node | null): RuleSetting | string {
  const json: unknown = node?.toJSON();
  const [level, options] = Array.isArray(json) ? json : [json, {}];
  if (!isLevel(level)) return `rule level must be one of ${RULE_LEVELS.join(', ')}; got ${JSON.stringify(level)}`;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return 'rule options must be a mapping';
  return { level, options: options as Record<string, unknown> };
}

export function isLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (RULE_LEVELS as readonly string[]).includes(value);
}

function stringList(node: Node | null): string[] | undefined {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return undefined;
  const items = node.items.map((n) => (isScalar(n) && typeof n.value === 'string' ? n.value : undefined));
  return items.every((i): i is string => i !== undefined) ? items : undefined;
}
