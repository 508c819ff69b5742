import { writeFileSync } from 'node:fs';
import { REPORTERS } from '../reporters/index.js';
import type { Report } from '../reporters/report.js';
import { RULES } from '../rules/index.js';
import { repositoryPaths } from './git.js';

export interface OutputArgs {
  format: string;
  output?: string;
  color: boolean;
}

/** Renders the report in the chosen format to `--output FILE` or stdout. */
export async function writeReport(report: Report, args: OutputArgs, sources: ReadonlyMap<string, string>): Promise<void> {
  const render = await REPORTERS[args.format]!();
  const color = args.color && !args.output && args.format === 'text';
  const forCodeHost = args.format === 'sarif' || args.format === 'github';
  const repository = forCodeHost ? repositoryPaths(report.files.map((f) => f.path), process.cwd()) : undefined;
  const out = await render(report, { color, sources, rules: RULES.map((r) => r.meta), repositoryPaths: repository });
  if (args.output) writeFileSync(args.output, out);
  else process.stdout.write(out);
}
