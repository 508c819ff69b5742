export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'name', 'term', 'phrasing', 'capitalization', 'join', 'fragment', 'boilerplate', 'typography', 'number',
  'untranslated', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A proposed edit: `replacement` replaces the finding's span; "" deletes it. */
export interface Suggestion {
  replacement: string;
  description?: string;
  /** May `--fix` apply it without a person looking? Declared per rule (`meta.fix`). */
  safe: boolean;
  /** When the edit covers more than the flagged span (deleting a whole line): offsets into the
   *  file, like the finding's. Absent: the finding's own span. */
  start?: number;
  end?: number;
}

/** One problem found in one file. Offsets are UTF-16 into the file's text, end exclusive. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  text: string;
  suggestions: Suggestion[];
  /** The glossary note or other context an editor should see with it. */
  note?: string;
}

export const severityRank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);
