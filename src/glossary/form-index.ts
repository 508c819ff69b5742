import { FNV_OFFSET, fnvHash, fnvStep } from '../text/fnv-hash.js';
import { foldWord } from '../text/words.js';
import { compileForm, visitLiteralForms, type CompiledForm, type FormRole } from './forms.js';
import { isNameType, type GlossaryEntry } from './raw.js';

/** A form as filed: compiled when an article first has its key. */
interface FiledForm {
  entry: GlossaryEntry;
  role: FormRole;
  text: string;
  order: number;
  /** Where its first token ends in `text`. */
  firstEnd: number;
}

/** The forms filed under one second word, compiled when an article first has that word after the bucket's. */
class SecondWordForms {
  private compiled: CompiledForm[] | undefined;

  constructor(private readonly filed: FiledForm[]) {}

  add(form: FiledForm): void {
    this.filed.push(form);
  }

  get forms(): CompiledForm[] {
    this.compiled ??= this.filed.flatMap(({ entry, role, text, order }) => compileForm(entry, role, text, order) ?? []);
    return this.compiled;
  }
}

/** Below this many candidates, sorting out those a spelling cannot begin costs more than trying them. */
const FEW_FORMS = 8;

/**
 * The forms whose first folded token is one word: those of one token apart, compiled; those of
 * two whose last word may take a plural ending by the stem of that word; the others by their
 * second folded token, compiled only when an article has that word after this one (a common
 * first word of a large glossary, "James", has thousands of forms, most never met). The
 * candidates for each word that may follow are merged once, in the matcher's order, and kept: an
 * article repeats its phrases.
 */
class Bucket {
  private readonly single: CompiledForm[] = [];
  private readonly bySecond = new Map<string, SecondWordForms>();
  private readonly pluralBySecond = new Map<string, SecondWordForms>();
  private readonly byNext = new Map<string, CompiledForm[]>();
  /** The hashes of the second words filed under (plural forms' stems among them): a next word with none adds no form to `single`. */
  private readonly secondHashes = new Set<number>();
  private readonly byWritten = new Map<CompiledForm[], Map<string, CompiledForm[]>>();

  constructor(filed: readonly FiledForm[]) {
    for (const form of filed) {
      const second = tokenAfter(form.text, form.firstEnd);
      if (second) {
        // Two tokens, the last a word of a common noun: "leaders" may stand for "leader".
        const pluralizable = !isNameType(form.entry.type) && !tokenAfter(form.text, second.index + second[0].length) && WORD_START.test(second[0]);
        const key = foldWord(second[0]);
        fileUnder(pluralizable ? this.pluralBySecond : this.bySecond, key, form);
        this.secondHashes.add(wordHash(key));
        continue;
      }
      const compiled = compileForm(form.entry, form.role, form.text, form.order);
      if (compiled) this.single.push(compiled);
    }
    this.single.sort(byLengthThenRole);
  }

  /** The forms that may match where this bucket's word, written `written`, is followed by the token `next` (as written), in the matcher's order. */
  candidates(written: string, next: string | undefined): CompiledForm[] {
    return this.writtenAs(this.followedBy(next), written);
  }

  private followedBy(next: string | undefined): CompiledForm[] {
    if (next === undefined || !this.mayFollow(next)) return this.single;
    const folded = foldWord(next);
    let merged = this.byNext.get(folded);
    if (!merged) this.byNext.set(folded, (merged = this.merge(folded)));
    return merged;
  }

  /**
   * May `next` (as written) be a second word filed, or the plural of one? Told by hashes of an
   * ASCII word's characters, and of them without -s or -es, before the word is folded into a new
   * string: after "the" or "of", which begin many phrases, most words begin none.
   */
  private mayFollow(next: string): boolean {
    if (this.secondHashes.size === 0) return false;
    if (!isAsciiText(next)) return true;
    const n = next.length;
    const endsWithS = (next.charCodeAt(n - 1) | 32) === 115;
    const endsWithEs = endsWithS && (next.charCodeAt(n - 2) | 32) === 101;
    return this.secondHashes.has(foldedAsciiHash(next, n)) || (endsWithS && this.secondHashes.has(foldedAsciiHash(next, n - 1))) || (endsWithEs && this.secondHashes.has(foldedAsciiHash(next, n - 2)));
  }

  /**
   * Of `forms`, those a token written `written` may begin: a case-sensitive form only where the
   * token begins with its first token as written. A large glossary has a hundred people whose
   * surname is "Young" or "Page": each lowercase "young" would otherwise try them all. Kept per
   * list and spelling; a short list is tried as it is.
   */
  private writtenAs(forms: CompiledForm[], written: string): CompiledForm[] {
    if (forms.length <= FEW_FORMS) return forms;
    let byWritten = this.byWritten.get(forms);
    if (!byWritten) this.byWritten.set(forms, (byWritten = new Map()));
    let kept = byWritten.get(written);
    if (!kept) byWritten.set(written, (kept = forms.filter((f) => !f.entry.caseSensitive || written.startsWith(f.exact[0]!))));
    return kept;
  }

  /** The forms of one token, those whose second token is `next`, and those of two whose second is its singular ("leaders": "leader"). */
  private merge(next: string): CompiledForm[] {
    const stems = [next, ...(next.endsWith('s') ? [next.slice(0, -1)] : []), ...(next.endsWith('es') ? [next.slice(0, -2)] : [])];
    const plural = stems.flatMap((stem) => this.pluralBySecond.get(stem)?.forms ?? []);
    const specific = [...(this.bySecond.get(next)?.forms ?? []), ...plural];
    return specific.length === 0 ? this.single : [...specific, ...this.single].sort(byLengthThenRole);
  }
}

function fileUnder(map: Map<string, SecondWordForms>, key: string, form: FiledForm): void {
  const list = map.get(key);
  if (list) list.add(form);
  else map.set(key, new SecondWordForms([form]));
}

/** The token `tokenize` would find in `text` after offset `from`, if any. */
function tokenAfter(text: string, from: number): RegExpExecArray | null {
  NEXT_TOKEN.lastIndex = from;
  return NEXT_TOKEN.exec(text);
}

const NEXT_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/** The first of the tokens `tokenize` makes of a text: a word run or one other non-space character. */
const FIRST_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/u;

/**
 * Literal forms keyed by their first folded token, and within it, forms of two tokens or more by
 * their second, so that a word shared by thousands of entries ("James" of every James in a
 * 100,000-entry glossary) costs a lookup, not a walk through all of them. Candidates come out in
 * the matcher's order: longest first, then house form before accepted and wrong forms, then by
 * text. A form is only filed when the glossary loads, and its bucket compiled when an article
 * first has its first word: most of a large glossary's forms never are.
 *
 * Filed forms are kept in parallel arrays, chained through `previous` in a table by a 30-bit hash
 * of their first folded word: filing a form costs a hash of one word's characters and no string,
 * object, list or Map entry, which made filing a 100,000-entry glossary's forms its slowest part.
 * A chain may hold forms of other words with the same slot; a bucket takes only its word's.
 */
export class FormIndex {
  private readonly entries: GlossaryEntry[] = [];
  private readonly roles: FormRole[] = [];
  private readonly texts: string[] = [];
  private readonly firstStarts = new IntColumn();
  private readonly firstEnds = new IntColumn();
  private readonly hashes = new IntColumn();
  /** The form filed before each in the same slot, or -1. */
  private readonly previous = new IntColumn();
  /** By slot (hash & mask): the last form filed in it, or -1. Doubled as forms are filed. */
  private heads = new Int32Array(1024).fill(-1);
  /** The buckets of the words articles have had (null: no form begins with the word). */
  private readonly buckets = new Map<string, Bucket | null>();

  /** Files every literal form of `entry`. */
  addEntry(entry: GlossaryEntry): void {
    if (this.buckets.size > 0) throw new Error('a form was filed after matching began');
    visitLiteralForms(entry, this.file);
  }

  /**
   * May a filed form begin with the word `word` (as written)? No when no form's first word has its
   * hash, which an ASCII word's characters give without the word being folded into a new string.
   */
  mayBeginWith(word: string): boolean {
    const hash = isAsciiText(word) ? foldedAsciiHash(word, word.length) : wordHash(foldWord(word));
    const { previous, hashes } = this;
    for (let id = this.heads[hash & (this.heads.length - 1)]!; id >= 0; id = previous.at(id)) if (hashes.at(id) === hash) return true;
    return false;
  }

  /** The forms that may match where the folded word `word` (written `written`) stands before the token `next` (as written), in the matcher's order; undefined when none can. */
  candidatesAt(word: string, written: string, next: string | undefined): CompiledForm[] | undefined {
    const candidates = this.bucket(word)?.candidates(written, next);
    return candidates && candidates.length > 0 ? candidates : undefined;
  }

  private readonly file = (entry: GlossaryEntry, role: FormRole, text: string): void => {
    const asciiEnd = asciiWordEnd(text);
    let start = 0;
    let end = asciiEnd;
    let hash: number;
    if (asciiEnd > 0) hash = foldedAsciiHash(text, asciiEnd);
    else {
      const first = FIRST_TOKEN.exec(text);
      if (!first) return;
      [start, end] = [first.index, first.index + first[0].length];
      hash = wordHash(foldWord(first[0]));
    }
    const id = this.entries.length;
    this.entries.push(entry);
    this.roles.push(role);
    this.texts.push(text);
    this.firstStarts.push(start);
    this.firstEnds.push(end);
    this.hashes.push(hash);
    if (id >= this.heads.length * 2) this.rechain(this.heads.length * 2);
    const slot = hash & (this.heads.length - 1);
    this.previous.push(this.heads[slot]!);
    this.heads[slot] = id;
  };

  /** Spreads the chains over a table of `size` slots. */
  private rechain(size: number): void {
    this.heads = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.previous.length; id++) {
      const slot = this.hashes.at(id) & (size - 1);
      this.previous.set(id, this.heads[slot]!);
      this.heads[slot] = id;
    }
  }

  private bucket(word: string): Bucket | undefined {
    let bucket = this.buckets.get(word);
    if (bucket === undefined) {
      const filed = this.filedUnder(word);
      bucket = filed.length > 0 ? new Bucket(filed) : null;
      this.buckets.set(word, bucket);
    }
    return bucket ?? undefined;
  }

  /** The forms whose first folded token is `word`, in the order filed. */
  private filedUnder(word: string): FiledForm[] {
    const hash = wordHash(word);
    const filed: FiledForm[] = [];
    for (let id = this.heads[hash & (this.heads.length - 1)]!; id >= 0; id = this.previous.at(id)) {
      if (this.hashes.at(id) !== hash) continue;
      const text = this.texts[id]!;
      if (foldWord(text.slice(this.firstStarts.at(id), this.firstEnds.at(id))) !== word) continue;
      filed.push({ entry: this.entries[id]!, role: this.roles[id]!, text, order: id, firstEnd: this.firstEnds.at(id) });
    }
    return filed.reverse();
  }
}

/** A column of 32-bit integers that grows as it is pushed to: no boxed number and nothing for the collector to walk. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }
}

/** Kept to 30 bits: a small integer, which a Set or a JavaScript array holds unboxed. */
const HASH_MASK = 0x3fffffff;

/** The hash of a folded word. */
const wordHash = (word: string): number => fnvHash(word) & HASH_MASK;

/** The hash `wordHash` gives `text[0, end)` lower-cased, for ASCII letters and digits, without making the string. */
function foldedAsciiHash(text: string, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = fnvStep(hash, code >= 65 && code <= 90 ? code + 32 : code);
  }
  return hash & HASH_MASK;
}

/**
 * Where a text's first token ends when it is a run of ASCII letters and digits from the start,
 * followed by the end, a space or ASCII punctuation; else 0, and the caller asks the regex.
 */
function asciiWordEnd(text: string): number {
  let i = 0;
  while (i < text.length && isAsciiAlnum(text.charCodeAt(i))) i++;
  if (i === text.length) return i;
  const code = text.charCodeAt(i);
  return i > 0 && code < 128 ? i : 0;
}

function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const isAsciiAlnum = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

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
