import type { Token } from '../input/document.js';
import { foldWord } from '../text/words.js';
import type { CompiledForm, FormRole } from './forms.js';

/** The forms that start with one word: those of one token or ending in a plural, and the rest by their second token. */
interface FirstWordForms {
  general: CompiledForm[];
  bySecond: Map<string, CompiledForm[]>;
}

/**
 * Literal forms keyed by their first folded token, and forms of two tokens or more also by their
 * second, so that a word shared by thousands of entries ("James" of every James in a 100,000-entry
 * glossary) costs a lookup, not a walk through all of them. Candidates come out in the matcher's
 * order: longest first, then house form before accepted and wrong forms, then by text.
 */
export class FormIndex {
  private readonly byFirst = new Map<string, FirstWordForms>();
  private added = 0;

  add(form: CompiledForm): void {
    form.order = this.added++;
    const first = form.tokens[0]!;
    let forms = this.byFirst.get(first);
    if (!forms) this.byFirst.set(first, (forms = { general: [], bySecond: new Map() }));
    // A two-token form whose last word may take a plural ending matches a second token it is not equal to.
    const second = form.tokens.length > 2 || (form.tokens.length === 2 && !form.pluralizable) ? form.tokens[1]! : undefined;
    if (second === undefined) return void forms.general.push(form);
    const list = forms.bySecond.get(second);
    if (list) list.push(form);
    else forms.bySecond.set(second, [form]);
  }

  /** Sorts every list into the matcher's order; call once, after the last `add`. */
  seal(): void {
    for (const forms of this.byFirst.values()) {
      forms.general.sort(byLengthThenRole);
      for (const list of forms.bySecond.values()) list.sort(byLengthThenRole);
    }
  }

  /** The forms that may match at token `i`, in the matcher's order; undefined when none can. */
  candidatesAt(tokens: readonly Token[], i: number): CompiledForm[] | undefined {
    const forms = this.byFirst.get(foldWord(tokens[i]!.text));
    if (!forms) return undefined;
    const next = tokens[i + 1];
    const specific = next ? forms.bySecond.get(foldWord(next.text)) : undefined;
    if (!specific) return forms.general.length > 0 ? forms.general : undefined;
    return forms.general.length > 0 ? mergeSorted(specific, forms.general) : specific;
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
    a.order! - b.order!
  );
}
