import type { Document } from '../input/document.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { CATEGORIES, type Finding, type Severity } from '../findings/finding.js';
import type { Rule, RuleContext, RuleReport } from '../rules/rule.js';
import { articleLexicon } from '../text/lexicon.js';
import { suggestionEdit } from './suggestion-edit.js';

/** A rule switched on for a run, with its level and options resolved from config. */
export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** A rule reported something impossible: a bug in the rule, named so it can be fixed. */
export class RuleReportError extends Error {
  constructor(ruleId: string, problem: string) {
    super(`rule ${ruleId} reported ${problem}`);
    this.name = 'RuleReportError';
  }
}

/**
 * The context one rule gets for one document. `report` validates what the rule says
 * (span in bounds, declared fix kind honoured, known category) and maps offsets into the file.
 */
export function createContext(
  doc: Document,
  glossary: CompiledGlossary,
  enabled: EnabledRule,
  shared: Map<string, unknown>,
  sink: Finding[],
): RuleContext {
  const { meta } = enabled.rule;
  return {
    glossary,
    options: { ...meta.options, ...enabled.options },
    lexicon: () => sharedValue(shared, 'lexicon', articleLexicon),
    shared: (key, compute) => sharedValue(shared, key, compute),
    report(report: RuleReport): void {
      validateReport(doc, meta.id, meta.fix, report);
      sink.push(toFinding(doc, enabled, report));
    },
  };
}

/** A value all the rules of one article share, computed by the first that asks. */
function sharedValue<T>(shared: Map<string, unknown>, key: string, compute: () => T): T {
  if (!shared.has(key)) shared.set(key, compute());
  return shared.get(key) as T;
}

function validateReport(doc: Document, ruleId: string, fix: Rule['meta']['fix'], report: RuleReport): void {
  const { start, end } = report;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.text.length || start >= end) {
    throw new RuleReportError(ruleId, `an invalid span [${start}, ${end}) in a text of length ${doc.text.length}`);
  }
  if (fix === 'none' && (report.suggestions?.length ?? 0) > 0) {
    throw new RuleReportError(ruleId, 'a suggestion, but its meta declares fix: none');
  }
  if (report.category && !CATEGORIES.includes(report.category)) {
    throw new RuleReportError(ruleId, `an unknown category '${report.category}'`);
  }
  for (const s of report.suggestions ?? []) {
    const from = s.start ?? start;
    const to = s.end ?? end;
    if (from < 0 || to > doc.text.length || from > to) {
      throw new RuleReportError(ruleId, `a suggestion with an invalid span [${from}, ${to})`);
    }
  }
}

function toFinding(doc: Document, enabled: EnabledRule, report: RuleReport): Finding {
  const { meta } = enabled.rule;
  const start = doc.toSource(report.start, 'start');
  const end = doc.toSource(report.end, 'end');
  const finding: Finding = {
    ruleId: meta.id,
    category: report.category ?? meta.category,
    severity: report.severity ?? enabled.severity,
    message: report.message,
    start,
    end,
    text: doc.source.slice(start, end),
    suggestions: (report.suggestions ?? []).flatMap((s) => {
      const hasOwnSpan = s.start !== undefined || s.end !== undefined;
      const edit = suggestionEdit(doc, s.start ?? report.start, s.end ?? report.end, s.replacement, hasOwnSpan);
      if (!edit) return [];
      return [{
        replacement: edit.replacement,
        ...(s.description === undefined ? {} : { description: s.description }),
        safe: meta.fix === 'safe' && s.safe !== false,
        ...(edit.start === undefined ? {} : { start: edit.start, end: edit.end }),
      }];
    }),
  };
  if (report.note !== undefined) finding.note = report.note;
  return finding;
}
