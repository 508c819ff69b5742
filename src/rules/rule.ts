import type { Document } from '../input/document.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { RawEntry } from '../glossary/raw.js';
import type { Category, Severity } from '../findings/finding.js';
import type { Lexicon } from '../text/lexicon.js';

/** What a rule may do with its findings' suggestions. */
export type FixKind = 'safe' | 'suggestion' | 'none';

/** A rule's good/bad examples, run as tests by one harness (tests/rules/examples.test.ts). */
export interface RuleExamples {
  /** Texts that must give no finding from this rule. */
  valid: Array<string | ExampleText>;
  /** Texts whose `[[marked]]` spans are exactly this rule's findings. */
  invalid: InvalidExample[];
}

export interface ExampleText {
  text: string;
  /** Glossary entries to check against (default: none). */
  glossary?: RawEntry[];
  /** Also load the built-in packs (page residue, calques). */
  packs?: boolean;
  /** The original-language text the example translates, paragraph for paragraph (bilingual rules). */
  source?: string;
}

export interface InvalidExample extends ExampleText {
  /** The first suggestion of each finding, in order; omitted: not checked. */
  suggestions?: string[];
  /** The text after the rule's safe fixes (default for `safe` rules: required). */
  output?: string;
}

/** Everything about a rule except its logic: the single source of truth for docs and `tqc rules`. */
export interface RuleMeta {
  /** The rule's path under src/rules without extension: `names/variant`. */
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what it finds. */
  summary: string;
  /** Why an editor cares. */
  rationale: string;
  fix: FixKind;
  /** Options with their defaults. */
  options?: Record<string, unknown>;
  examples: RuleExamples;
}

/** What a rule reports; offsets are into `doc.text`. */
export interface RuleReport {
  start: number;
  end: number;
  message: string;
  /** `safe: false` keeps one suggestion of a `safe` rule out of `--fix` (a rule can only lower it). */
  suggestions?: Array<{ replacement: string; description?: string; start?: number; end?: number; safe?: false }>;
  note?: string;
  severity?: Severity;
  /** Overrides the rule's category (a glossary pack's entries carry their own). */
  category?: Category;
}

export interface RuleContext {
  glossary: CompiledGlossary;
  options: Record<string, unknown>;
  /** The English lexicon, loaded on first use; one per article, which keeps the facts of the words asked about. */
  lexicon(): Lexicon;
  /** A per-document value shared by the rules that need it, computed once. */
  shared<T>(key: string, compute: () => T): T;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(doc: Document, ctx: RuleContext): void;
}

/** Declares a rule; typed so that `meta` and `check` travel together. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
