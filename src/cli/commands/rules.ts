import type { Argv, CommandModule } from 'yargs';
import { RULES } from '../../rules/index.js';
import type { Rule } from '../../rules/rule.js';
import { EXIT } from '../exit-codes.js';

interface RulesArgs {
  format: 'text' | 'json' | 'markdown';
}

export const rulesCommand: CommandModule = {
  command: 'rules',
  describe: 'list the rules: id, category, default severity, what it finds',
  builder: (yargs: Argv) =>
    yargs
      .option('format', { alias: 'f', type: 'string', choices: ['text', 'json', 'markdown'], default: 'text', describe: 'list format (markdown: the rule reference)' })
      .example('$0 rules', 'one line per rule')
      .example('$0 rules --format markdown > docs/rules.md', 'the rule reference, generated from the rules'),
  handler: (argv) => {
    process.stdout.write(renderRules(RULES, (argv as unknown as RulesArgs).format));
    process.exitCode = EXIT.clean;
  },
};

export function renderRules(rules: readonly Rule[], format: RulesArgs['format']): string {
  if (format === 'json') return `${JSON.stringify(rules.map((r) => ({ ...r.meta, examples: undefined })), null, 2)}\n`;
  if (format === 'markdown') return rules.map(ruleDoc).join('\n');
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const rows = rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.category.padEnd(14)}  ${r.meta.severity.padEnd(7)}  ${fixLabel(r)}  ${r.meta.summary}`);
  return `${['rule'.padEnd(width) + '  category        severity fix         what it finds', ...rows].join('\n')}\n`;
}

const fixLabel = (rule: Rule): string => ({ safe: 'fix (safe)', suggestion: 'suggestion', none: '—         ' })[rule.meta.fix];

function ruleDoc(rule: Rule): string {
  const { meta } = rule;
  const invalid = meta.examples.invalid.map((e) => `- ${e.text.replace(/\[\[(.*?)\]\]/g, '**$1**')}`);
  const valid = meta.examples.valid.map((e) => `- ${typeof e === 'string' ? e : e.text}`);
  return [
    `## ${meta.id}`,
    '',
    `${meta.summary} (category \`${meta.category}\`, default \`${meta.severity}\`, fix: ${meta.fix})`,
    '',
    meta.rationale,
    '',
    'Flagged:',
    ...invalid,
    '',
    'Not flagged:',
    ...valid,
    '',
  ].join('\n');
}
