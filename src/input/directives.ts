/**
 * An inline suppression written in an article: `<!-- tqc-disable RULE -->` … `<!-- tqc-enable -->`,
 * `<!-- tqc-disable-next-line RULE -->` in Markdown and HTML, a `tqc:ignore RULE` note on an XLIFF
 * unit ('disable-range'). Offsets are into the file, like a finding's.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-range';
  /** Rule ids or categories ("names" covers "names/variant"); empty: every rule. */
  rules: string[];
  /** Where the directive itself is written, for reporting it unused. */
  start: number;
  end: number;
  /** 'disable-range': the span of the file it covers (the XLIFF unit). */
  range?: { start: number; end: number };
}

const COMMENT_DIRECTIVE = /^tqc-(disable-next-line|disable|enable)(?=\s|$)(.*)$/s;

/**
 * The directive a comment's text holds, if any. Anything after " -- " is the writer's reason
 * (`<!-- tqc-disable names/variant -- quoted as published -->`).
 */
export function parseDirectiveComment(comment: string, start: number, end: number): Directive | undefined {
  const match = COMMENT_DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  return { kind: match[1] as Directive['kind'], rules: ruleList(match[2]!), start, end };
}

/** The `tqc:ignore RULE …` directive an XLIFF note holds, covering `range`. */
export function parseIgnoreNote(note: string, start: number, end: number, range: { start: number; end: number }): Directive | undefined {
  const match = /^tqc:ignore(?=\s|$)(.*)$/s.exec(note.trim());
  return match ? { kind: 'disable-range', rules: ruleList(match[1]!), start, end, range } : undefined;
}

function ruleList(text: string): string[] {
  const withoutReason = text.split(/\s--\s|\s--$/)[0]!;
  return withoutReason.split(/[\s,]+/).filter((rule) => rule !== '');
}
