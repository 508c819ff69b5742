/** Markup the report made itself, as opposed to text from an article, glossary or file name. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Value = Html | string | number | undefined | false | readonly Value[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escape of the HTML report, right for element content and for quoted attribute values
 * alike. Templates never call it: `html` applies it to every value that is not already `Html`,
 * so article text, glossary notes, messages and file names cannot become markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The template tag of the report: values are escaped; `Html` from another template is kept;
 * lists are joined; `undefined` and `false` print nothing (for optional parts).
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, part, i) => out + part + (i < values.length ? markupOf(values[i]!) : ''), ''));
}

function markupOf(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(markupOf).join('');
  if (value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
