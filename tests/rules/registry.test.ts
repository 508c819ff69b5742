import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES } from '../../src/findings/finding.js';
import { RULES } from '../../src/rules/index.js';

const RULES_DIR = join(import.meta.dirname, '../../src/rules');
/** Files under src/rules that are not rules: the rule type, the registry, and helpers shared by rules. */
const NOT_RULES = /^(rule|index)\.ts$|^support\//;

function ruleFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ruleFiles(join(folder, e.name)) : e.name.endsWith('.ts') ? [relative(RULES_DIR, join(folder, e.name)).split('\\').join('/')] : [],
  );
}

describe('rule registry', () => {
  const files = ruleFiles(RULES_DIR).filter((f) => !NOT_RULES.test(f));

  it('registers every rule file, and nothing else', () => {
    expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual(files.sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s: complete meta', (_id, rule) => {
    const { meta } = rule;
    expect(meta.summary.length).toBeGreaterThan(10);
    expect(meta.rationale.length).toBeGreaterThan(10);
    expect(CATEGORIES).toContain(meta.category);
    expect(SEVERITIES).toContain(meta.severity);
    expect(meta.examples.valid.length).toBeGreaterThan(0);
    expect(meta.examples.invalid.length).toBeGreaterThan(0);
    const texts = [...meta.examples.valid.map((e) => (typeof e === 'string' ? e : e.text)), ...meta.examples.invalid.map((e) => e.text)];
    expect(new Set(texts).size, 'duplicate example').toBe(texts.length);
    for (const e of meta.examples.invalid) {
      expect(e.text, 'an invalid example marks its spans with [[ ]]').toContain('[[');
      if (e.output !== undefined) expect(e.output).not.toBe(e.text.replace(/\[\[|\]\]/g, ''));
    }
  });
});
