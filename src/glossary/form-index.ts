import type { Token } from '../input/document.js';
import { foldWord } from '../text/words.js';
import { compileForm, visitLiteralForms, type CompiledForm, type FormRole } from './forms.js';
import type { GlossaryEntry } from './raw.js';

/** A form as filed: compiled when an article first has its key. */
interface FiledForm {
  entry: GlossaryEntry;
  role: FormRole;
  text: string;
  order: number;
}

/**
 * The forms whose first folded token is one word, compiled and sorted: those of one token, or of
 * two whose last word may take a plural ending (a second token it is not equal to), apart; the
 * others by their second folded token.
 */
class Bucket {
  private readonly general: CompiledForm[] = [];
  private readonly bySecond = new Map<string, CompiledForm[]>();

  constructor(filed: readonly FiledForm[]) {
    for (const { entry, role, text, order } of filed) {
      const form = compileForm(entry, role, text, order);
      if (!form) continue;
      const [, second] = form.tokens;
      if (second === undefined || (form.tokens.length === 2 && form.pluralizable)) this.general.push(form);
      else if (this.bySecond.has(second)) this.bySecond.get(second)!.push(form);
      else this.bySecond.set(second, [form]);
    }
    this.general.sort(byLengthThenRole);
    for (const list of this.bySecond.values()) list.sort(byLengthThenRole);
  }

  /** The forms that may match where this bucket's word is followed by `next`, in the matcher's order. */
  candidates(next: Token | undefined): CompiledForm[] {
    const specific = next && this.bySecond.size > 0 ? this.bySecond.get(foldWord(next.text)) : undefined;
    if (!specific) return this.general;
    return this.general.length > 0 ? mergeSorted(specific, this.general) : specific;
  }
}

/** The first of the tokens `tokenize` makes of a text: a word run or one other non-space character. */
const FIRST_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/u;

/**
 * Literal forms keyed by their first folded token, and within it, forms of two tokens or more by
 * their second, so that a word shared by thousands of entries ("James" of every James in a
 * 100,000-entry glossary) costs a lookup, not a walk through all of them. Candidates come out in
 * the matcher's order: longest first, then house form before accepted and wrong forms, then by
 * text. A form is only filed when the glossary loads, and its bucket compiled when an article
 * first has its first word: most of a large glossary's forms never are.
 */
export class FormIndex {
  private readonly filed = new Map<string, FiledForm[]>();
  private readonly buckets = new Map<string, Bucket>();
  private added = 0;

  /** Files every literal form of `entry`. */
  addEntry(entry: GlossaryEntry): void {
    visitLiteralForms(entry, this.file);
  }

  /** The forms that may match at token `i`, in the matcher's order; undefined when none can. */
  candidatesAt(tokens: readonly Token[], i: number): CompiledForm[] | undefined {
    const candidates = this.bucket(foldWord(tokens[i]!.text))?.candidates(tokens[i + 1]);
    return candidates && candidates.length > 0 ? candidates : undefined;
  }

  private readonly file = (entry: GlossaryEntry, role: FormRole, text: string): void => {
    const first = FIRST_TOKEN.exec(text);
    if (!first) return;
    const key = foldWord(first[0]);
    const form = { entry, role, text, order: this.added++ };
    const list = this.filed.get(key);
    if (list) list.push(form);
    else this.filed.set(key, [form]);
  };

  private bucket(key: string): Bucket | undefined {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const filed = this.filed.get(key);
      if (!filed) return undefined;
      this.buckets.set(key, (bucket = new Bucket(filed)));
      this.filed.delete(key);
    }
    return bucket;
  }
}

function mergeSorted(a: CompiledForm[], b: CompiledForm[]): CompiledForm[] {
  const merged: CompiledForm[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(byLengthThenRole(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

const ROLE_ORDER: Record<FormRole, number> = { term: 0, variant: 1, implicit: 2, forbidden: 3 };

/** Longest form first; then house form before accepted and wrong forms; then glossary text; then the order added. */
function byLengthThenRole(a: CompiledForm, b: CompiledForm): number {
  return (
    b.tokens.length - a.tokens.length ||
    ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
    (a.entry.term < b.entry.term ? -1 : a.entry.term > b.entry.term ? 1 : 0) ||
    (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
    a.order - b.order
  );
}
