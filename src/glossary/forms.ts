import { foldWord, isBelowCombiningMarks, tokenize } from '../text/words.js';
import { isNameType, type GlossaryEntry } from './raw.js';

/** How a form stands to its entry: the house form, an accepted form, or a known wrong one. */
export type FormRole = 'term' | 'variant' | 'implicit' | 'forbidden';

/** One literal form of an entry, as the matcher compares it: a sequence of folded tokens. */
export interface CompiledForm {
  entry: GlossaryEntry;
  role: FormRole;
  /** The form as written in the glossary. */
  text: string;
  /** Folded tokens (words and punctuation). */
  tokens: string[];
  /** Exact tokens, for case-sensitive entries. */
  exact: string[];
  /** For each token after the first: was there whitespace before it in the form? */
  spaced: boolean[];
  /** May the last word carry an English plural ending ("leaders" for "leader")? */
  pluralizable: boolean;
  /** Its place in the order forms were indexed: the last tie-break of the matcher's order. */
  order: number;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a person's name that stand for it alone: the surname, and given + surname. */
export function implicitPersonForms(term: string): string[] {
  const words = term.split(/\s+/).filter((w) => w !== '');
  while (words.length > 2 && NAME_SUFFIXES.has(foldWord(words[words.length - 1]!.replace(/\.$/, '')))) words.pop();
  if (words.length < 2) return [];
  const surname = words[words.length - 1]!;
  const forms = [surname];
  if (words.length > 2) forms.push(`${words[0]} ${surname}`);
  return forms.filter((f) => /\p{L}{2,}/u.test(f));
}

export function compileForm(entry: GlossaryEntry, role: FormRole, text: string, order: number): CompiledForm | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  return {
    entry,
    role,
    text,
    tokens: tokens.map((t) => foldWord(t.text)),
    exact: tokens.map((t) => (isBelowCombiningMarks(t.text) ? t.text : t.text.normalize('NFC'))),
    spaced: tokens.slice(1).map((t, i) => t.start > tokens[i]!.end),
    pluralizable: !isNameType(entry.type) && tokens[tokens.length - 1]!.kind === 'word',
    order,
  };
}

/**
 * Calls `visit` with every literal form of an entry, house form first, and how it stands to the
 * entry; a callback, not a list: it runs for each entry of a large glossary.
 */
export function visitLiteralForms(entry: GlossaryEntry, visit: (entry: GlossaryEntry, role: FormRole, text: string) => void): void {
  visit(entry, 'term', entry.term);
  for (const variant of entry.variants) visit(entry, 'variant', variant);
  if (entry.type === 'person') {
    for (const form of implicitPersonForms(entry.term)) if (form !== entry.term && !entry.variants.includes(form)) visit(entry, 'implicit', form);
  }
  for (const form of entry.forbidden) if (form.kind === 'literal') visit(entry, 'forbidden', form.text);
}
