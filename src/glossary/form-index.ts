import { FNV_OFFSET, fnvHash, fnvStep } from '../text/fnv-hash.js';
import { asciiLower, foldWord, isAsciiAlnum } from '../text/words.js';
import { HashChains, IntColumn } from './hash-chains.js';
import { compileForm, visitLiteralForms, type CompiledForm, type FormRole } from './forms.js';
import { isNameType, type GlossaryEntry } from './raw.js';

/** Below this many candidates, sorting out those a spelling cannot begin costs more than trying them. */
const FEW_FORMS = 8;

/** What a bucket asks of its index about its forms of two tokens or more. */
interface LongerForms {
  /** Of the forms `ids`, those compiled whose first two folded tokens are `word` and `second`; of two words ending in a common noun only, when `pluralOnly`. */
  compiled(ids: readonly number[], word: string, second: string, pluralOnly: boolean): CompiledForm[];
}

/**
 * The forms whose first folded token is one word: those of one token, compiled; those of more by
 * a hash of their first two tokens, compiled only when an article has the pair (a common first
 * word of a large glossary, "James", has thousands of forms, most never met). The
 * candidates for each word that may follow are merged once, in the matcher's order, and kept: an
 * article repeats its phrases.
 */
class Bucket {
  private readonly byNext = new Map<string, CompiledForm[]>();
  private readonly byWritten = new Map<CompiledForm[], Map<string, CompiledForm[]>>();

  constructor(
    private readonly word: string,
    private readonly hash: number,
    private readonly single: CompiledForm[],
    /** The ids of the forms of more than one token by the hash of their first two (with forms of words of the same hash). */
    private readonly longer: ReadonlyMap<number, readonly number[]>,
    private readonly index: LongerForms,
  ) {
    single.sort(byLengthThenRole);
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
   * May `next` (as written), or its singular, be the second word of a form? Told by hashes of an
   * ASCII word's characters, and of them without -s or -es, before the word is folded into a new
   * string: after "the" or "of", which begin many phrases, most words begin none.
   */
  private mayFollow(next: string): boolean {
    if (this.longer.size === 0) return false;
    if (!isAsciiText(next)) return true;
    const n = next.length;
    const endsWithS = (next.charCodeAt(n - 1) | 32) === 115;
    const endsWithEs = endsWithS && (next.charCodeAt(n - 2) | 32) === 101;
    return this.hasPair(next, n) || (endsWithS && this.hasPair(next, n - 1)) || (endsWithEs && this.hasPair(next, n - 2));
  }

  /** Is a longer form filed under the pair of this bucket's word and `next[0, end)`, an ASCII word lower-cased? */
  private hasPair(next: string, end: number): boolean {
    return this.longer.has(foldedAsciiHash(next, 0, end, pairSeed(this.hash)));
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
    const stems = [...(next.endsWith('s') ? [next.slice(0, -1)] : []), ...(next.endsWith('es') ? [next.slice(0, -2)] : [])];
    const specific = [...this.pairForms(next, false), ...stems.flatMap((stem) => this.pairForms(stem, true))];
    return specific.length === 0 ? this.single : [...specific, ...this.single].sort(byLengthThenRole);
  }

  private pairForms(second: string, pluralOnly: boolean): CompiledForm[] {
    const ids = this.longer.get(hashFrom(pairSeed(this.hash), second));
    return ids ? this.index.compiled(ids, this.word, second, pluralOnly) : [];
  }
}

/**
 * Literal forms keyed by their first folded token, and forms of two tokens or more also by their
 * first two, so that a word shared by thousands of entries ("James" of every James in a
 * 100,000-entry glossary) costs a lookup, not a walk through all of them. Candidates come out in
 * the matcher's order: longest first, then house form before accepted and wrong forms, then by
 * text. A form is only filed when the glossary loads, and compiled when an article first has its
 * first word (and its second): most of a large glossary's forms never are.
 *
 * Filed forms are kept in parallel arrays, chained by a 30-bit hash of their first folded word:
 * filing a form costs a hash of one word's characters and no string, object, list or Map entry,
 * which made filing a 100,000-entry glossary's forms its slowest part. A chain may hold forms of
 * other words with the same slot; a bucket takes only its word's, and files those of more tokens
 * by a hash of their first two.
 */
export class FormIndex {
  private readonly entries: GlossaryEntry[] = [];
  private readonly roles: FormRole[] = [];
  private readonly texts: string[] = [];
  private readonly firstStarts = new IntColumn();
  private readonly firstEnds = new IntColumn();
  private readonly byFirst = new HashChains();
  private readonly compiled = new Map<number, CompiledForm | null>();
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
    const hash = isAsciiText(word) ? foldedAsciiHash(word, 0, word.length) : wordHash(foldWord(word));
    return this.byFirst.has(hash);
  }

  /** The forms that may match where the folded word `word` (written `written`) stands before the token `next` (as written), in the matcher's order; undefined when none can. */
  candidatesAt(word: string, written: string, next: string | undefined): CompiledForm[] | undefined {
    const candidates = this.bucket(word)?.candidates(written, next);
    return candidates && candidates.length > 0 ? candidates : undefined;
  }

  private readonly file = (entry: GlossaryEntry, role: FormRole, text: string): void => {
    const first = tokenAt(text, 0);
    if (!first) return;
    const hash = hashOfToken(text, first, FNV_OFFSET);
    this.entries.push(entry);
    this.roles.push(role);
    this.texts.push(text);
    this.firstStarts.push(first.start);
    this.firstEnds.push(first.end);
    this.byFirst.push(hash);
  };

  private bucket(word: string): Bucket | undefined {
    let bucket = this.buckets.get(word);
    if (bucket === undefined) {
      bucket = this.newBucket(word) ?? null;
      this.buckets.set(word, bucket);
    }
    return bucket ?? undefined;
  }

  /** The bucket of the forms whose first folded token is `word`: those of one token compiled, the others by the hash of their first two. */
  private newBucket(word: string): Bucket | undefined {
    const hash = wordHash(word);
    const single: CompiledForm[] = [];
    const longer = new Map<number, number[]>();
    this.byFirst.forEach(hash, (id) => {
      const text = this.texts[id]!;
      const second = tokenAt(text, this.firstEnds.at(id));
      // Filed by hashes alone: a form of another word with the same hash is sorted out if its pair is met.
      if (second) {
        const pairHash = hashOfToken(text, second, pairSeed(hash));
        const ids = longer.get(pairHash);
        if (ids) ids.push(id);
        else longer.set(pairHash, [id]);
      } else if (this.firstWordOf(id) === word) {
        const form = this.compiledForm(id);
        if (form) single.push(form);
      }
    });
    return single.length > 0 || longer.size > 0 ? new Bucket(word, hash, single, longer, this.longerForms) : undefined;
  }

  private readonly longerForms: LongerForms = {
    compiled: (ids, word, second, pluralOnly) => {
      const found: CompiledForm[] = [];
      for (const id of ids) {
        const text = this.texts[id]!;
        const secondToken = tokenAt(text, this.firstEnds.at(id))!;
        if (foldWord(text.slice(secondToken.start, secondToken.end)) !== second || this.firstWordOf(id) !== word) continue;
        if (pluralOnly && !this.isPluralizable(id, secondToken)) continue;
        const form = this.compiledForm(id);
        if (form) found.push(form);
      }
      return found;
    },
  };

  /** A form of two tokens, the last a word, of a common noun: "leaders" may stand for "leader". */
  private isPluralizable(id: number, second: TokenBounds): boolean {
    return second.isWord && !isNameType(this.entries[id]!.type) && !tokenAt(this.texts[id]!, second.end);
  }

  private firstWordOf(id: number): string {
    return foldWord(this.texts[id]!.slice(this.firstStarts.at(id), this.firstEnds.at(id)));
  }

  private compiledForm(id: number): CompiledForm | undefined {
    let form = this.compiled.get(id);
    if (form === undefined) this.compiled.set(id, (form = compileForm(this.entries[id]!, this.roles[id]!, this.texts[id]!, id) ?? null));
    return form ?? undefined;
  }
}

interface TokenBounds {
  start: number;
  end: number;
  isWord: boolean;
}

/** The token `tokenize` would find in `text` from offset `from` on, if any: read from an ASCII text's characters, else by a regex. */
function tokenAt(text: string, from: number): TokenBounds | undefined {
  let start = from;
  while (start < text.length && isAsciiSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return undefined;
  const code = text.charCodeAt(start);
  if (code >= 128) return tokenByRegex(text, from);
  if (!isAsciiAlnum(code)) return { start, end: start + 1, isWord: false };
  let end = start + 1;
  while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
  // A word may go on in letters or marks beyond ASCII ("Benítez").
  return end < text.length && text.charCodeAt(end) >= 128 ? tokenByRegex(text, from) : { start, end, isWord: true };
}

function tokenByRegex(text: string, from: number): TokenBounds | undefined {
  NEXT_TOKEN.lastIndex = from;
  const token = NEXT_TOKEN.exec(text);
  return token ? { start: token.index, end: token.index + token[0].length, isWord: WORD_START.test(token[0]) } : undefined;
}

const NEXT_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/** Kept to 30 bits: a small integer, which a Set or a JavaScript array holds unboxed. */
const HASH_MASK = 0x3fffffff;

/** The hash of a folded text, on from `seed`. */
const hashFrom = (seed: number, text: string): number => fnvHash(text, seed) & HASH_MASK;

/** The hash of a folded word. */
const wordHash = (word: string): number => hashFrom(FNV_OFFSET, word);

/** Where the hash of a form's first two folded tokens starts: the hash of the first, and a space. */
const pairSeed = (firstHash: number): number => fnvStep(firstHash, 32);

/** The hash a token of `text` folded gives, on from `seed`. */
function hashOfToken(text: string, token: TokenBounds, seed: number): number {
  const { start, end } = token;
  return isAsciiRange(text, start, end) ? foldedAsciiHash(text, start, end, seed) : hashFrom(seed, foldWord(text.slice(start, end)));
}

/** The hash `hashFrom` gives `text[start, end)` lower-cased, for ASCII, without making the string. */
function foldedAsciiHash(text: string, start: number, end: number, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    hash = fnvStep(hash, asciiLower(code));
  }
  return hash & HASH_MASK;
}

function isAsciiRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const isAsciiText = (text: string): boolean => isAsciiRange(text, 0, text.length);

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
