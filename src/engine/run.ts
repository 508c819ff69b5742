import type { Document } from '../input/document.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Finding } from '../findings/finding.js';
import { problemFindings } from '../findings/input-problems.js';
import { processFindings } from '../findings/process.js';
import { suppressFindings, unusedDisableFindings } from '../findings/suppress.js';
import { withSourceDocument } from '../input/source-alignment.js';
import { createContext, type EnabledRule } from './context.js';

export type { EnabledRule };

export interface CheckOptions {
  /** Report inline `tqc-disable` directives that silenced nothing (`--report-unused-disables`). */
  reportUnusedDisables?: boolean;
  /** The original-language article this one translates (`--source FILE`), aligned by paragraph. */
  source?: Document;
  /** Called after each rule, for a progress bar over a large file. */
  onRuleDone?: (done: number, total: number) => void;
}

/**
 * Runs the enabled rules over one document: pure, no I/O. Findings are in file offsets, sorted,
 * without those the article's inline directives silence.
 */
export function checkDocument(read: Document, glossary: CompiledGlossary, rules: readonly EnabledRule[], options: CheckOptions = {}): Finding[] {
  const doc = options.source ? withSourceDocument(read, options.source) : read;
  const shared = new Map<string, unknown>();
  const findings: Finding[] = [];
  rules.forEach((enabled, i) => {
    enabled.rule.check(doc, createContext(doc, glossary, enabled, shared, findings));
    options.onRuleDone?.(i + 1, rules.length);
  });
  const { findings: kept, unused } = suppressFindings(findings, doc.directives, doc.lines);
  const unusedDisables = options.reportUnusedDisables ? unusedDisableFindings(unused, doc.source) : [];
  return processFindings([...problemFindings(doc.problems, doc.source), ...kept, ...unusedDisables]);
}
