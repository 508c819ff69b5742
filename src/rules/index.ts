import namesInconsistent from './names/inconsistent.js';
import namesVariant from './names/variant.js';
import type { Rule } from './rule.js';
import termsConsistency from './terms/consistency.js';
import termsForbidden from './terms/forbidden.js';

/** Every rule, explicitly: a rule file not listed here fails tests/rules/registry.test.ts. */
export const RULES: readonly Rule[] = [namesInconsistent, namesVariant, termsConsistency, termsForbidden];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
