import boilerplatePageResidue from './boilerplate/page-residue.js';
import capitalizationMidSentence from './capitalization/mid-sentence.js';
import capitalizationSpuriousPronoun from './capitalization/spurious-pronoun.js';
import fragmentSentenceFragment from './fragment/sentence-fragment.js';
import joinRunTogether from './join/run-together.js';
import namesInconsistent from './names/inconsistent.js';
import namesVariant from './names/variant.js';
import phrasingCalque from './phrasing/calque.js';
import type { Rule } from './rule.js';
import sourceDropped from './source/dropped.js';
import sourceNames from './source/names.js';
import sourceNumbers from './source/numbers.js';
import sourceUntranslated from './source/untranslated.js';
import termsConsistency from './terms/consistency.js';
import termsForbidden from './terms/forbidden.js';
import typographyDecimalComma from './typography/decimal-comma.js';
import typographyDoubleSpace from './typography/double-space.js';
import typographyDoubledWord from './typography/doubled-word.js';
import typographyForeignPunctuation from './typography/foreign-punctuation.js';
import typographyQuoteMarks from './typography/quote-marks.js';
import typographyRepetition from './typography/repetition.js';
import typographySpaceBeforePunctuation from './typography/space-before-punctuation.js';
import typographyUnbalanced from './typography/unbalanced.js';

/** Every rule, explicitly: a rule file not listed here fails tests/rules/registry.test.ts. */
export const RULES: readonly Rule[] = [
  boilerplatePageResidue,
  capitalizationMidSentence,
  capitalizationSpuriousPronoun,
  fragmentSentenceFragment,
  joinRunTogether,
  namesInconsistent,
  namesVariant,
  phrasingCalque,
  sourceDropped,
  sourceNames,
  sourceNumbers,
  sourceUntranslated,
  termsConsistency,
  termsForbidden,
  typographyDecimalComma,
  typographyDoubleSpace,
  typographyDoubledWord,
  typographyForeignPunctuation,
  typographyQuoteMarks,
  typographyRepetition,
  typographySpaceBeforePunctuation,
  typographyUnbalanced,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
