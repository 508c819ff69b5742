/**
 * tqc as a library: the same pipeline the CLI runs, without its file system and process.
 * Read a document, compile glossaries, check, fix, report.
 */
export { readDocument, loadFormats, stripBom } from './input/read.js';
export type { Document, Block, Sentence } from './input/document.js';
export { parseGlossary } from './glossary/read.js';
export { compileGlossaries, type CompiledGlossary } from './glossary/compile.js';
export type { Glossary, GlossaryEntry, RawEntry, RawGlossary } from './glossary/raw.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { defineRule, type Rule, type RuleMeta, type RuleContext } from './rules/rule.js';
export { enabledRules } from './config/resolve.js';
export { DEFAULT_CONFIG, type Config } from './config/config.js';
export { checkDocument, type EnabledRule } from './engine/run.js';
export { fixText, type FixOptions, type FixResult } from './engine/fix-loop.js';
export { applyEdits, type Edit, type ApplyResult } from './fixes/apply.js';
export { editsOf } from './fixes/from-findings.js';
export { unifiedDiff } from './fixes/diff.js';
export { buildReport, type Report, type ReportFinding } from './reporters/report.js';
export { CATEGORIES, SEVERITIES, type Category, type Finding, type Severity, type Suggestion } from './findings/finding.js';
export type { UserError, Loaded } from './errors/user-error.js';
