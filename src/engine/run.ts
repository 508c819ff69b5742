import type { Document } from '../input/document.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Finding } from '../findings/finding.js';
import { processFindings } from '../findings/process.js';
import { createContext, type EnabledRule } from './context.js';

export type { EnabledRule };

/** Runs the enabled rules over one document: pure, no I/O. Findings are in file offsets, sorted. */
export function checkDocument(doc: Document, glossary: CompiledGlossary, rules: readonly EnabledRule[]): Finding[] {
  const shared = new Map<string, unknown>();
  const findings: Finding[] = [];
  for (const enabled of rules) enabled.rule.check(doc, createContext(doc, glossary, enabled, shared, findings));
  return processFindings(findings);
}
