import capitalizationMidSentence from './capitalization/mid-sentence.js';
import capitalizationSpuriousPronoun from './capitalization/spurious-pronoun.js';
import fragmentSentenceFragment from './fragment/sentence-fragment.js';
import joinRunTogether from './join/run-together.js';
import namesInconsistent from './names/inconsistent.js';
import namesVariant from './names/variant.js';
import type { Rule } from './rule.js';
import sourceDropped from './source/dropped.js';
import sourceNames from './source/names.js';
import sourceNumbers from './source/numbers.js';
import sourceUntranslated from './source/untranslated.js';
import termsConsistency from './terms/consistency.js';
import termsForbidden from './terms/forbidden.js';

/** Every rule, explicitly: a rule file not listed here fails tests/rules/registry.test.ts. */
export const RULES: readonly Rule[] = [
  capitalizationMidSentence,
  capitalizationSpuriousPronoun,
  fragmentSentenceFragment,
  joinRunTogether,
  namesInconsistent,
  namesVariant,
  sourceDropped,
  sourceNames,
  sourceNumbers,
  sourceUntranslated,
  termsConsistency,
  termsForbidden,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
