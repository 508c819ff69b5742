import type { Token } from '../input/document.js';
import { foldWord } from '../text/words.js';
import type { CompiledForm, FormRole } from './forms.js';

/**
 * Literal forms keyed by their first folded token, and forms of two tokens or more also by their
 * second, so that a word shared by thousands of entries ("James" of every James in a 100,000-entry
 * glossary) costs a lookup, not a walk through all of them. Candidates come out in the matcher's
 * order: longest first, then house form before accepted and wrong forms, then by text. Two flat
 * Maps rather than one per first word: a large glossary has a hundred thousand first words.
 */
export class FormIndex {
  /** Forms of one token, or of two whose last word may take a plural ending (a second token it is not equal to); every first word has a list. */
  private readonly general = new Map<string, CompiledForm[]>();
  /** The other forms, by first and second token joined with U+0000. */
  private readonly byPair = new Map<string, CompiledForm[]>();
  private added = 0;

  add(form: CompiledForm): void {
    form.order = this.added++;
    const [first, second] = form.tokens as [string, string | undefined];
    const general = this.general.get(first) ?? [];
    if (general.length === 0) this.general.set(first, general);
    if (second === undefined || (form.tokens.length === 2 && form.pluralizable)) return void general.push(form);
    const key = `${first}\u0000${second}`;
    const list = this.byPair.get(key);
    if (list) list.push(form);
    else this.byPair.set(key, [form]);
  }

  /** Sorts every list into the matcher's order; call once, after the last `add`. */
  seal(): void {
    for (const list of this.general.values()) list.sort(byLengthThenRole);
    for (const list of this.byPair.values()) list.sort(byLengthThenRole);
  }

  /** The forms that may match at token `i`, in the matcher's order; undefined when none can. */
  candidatesAt(tokens: readonly Token[], i: number): CompiledForm[] | undefined {
    const first = foldWord(tokens[i]!.text);
    const general = this.general.get(first);
    if (!general) return undefined;
    const next = tokens[i + 1];
    const specific = next ? this.byPair.get(`${first}\u0000${foldWord(next.text)}`) : undefined;
    if (!specific) return general.length > 0 ? general : undefined;
    return general.length > 0 ? mergeSorted(specific, general) : specific;
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
