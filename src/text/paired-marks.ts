/** A quotation mark or bracket with no partner in the text scanned. */
export interface UnpairedMark {
  offset: number;
  char: string;
  kind: 'quote' | 'bracket';
  side: 'opening' | 'closing';
}

const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '(': ')', '[': ']', '"': '"' };
const OPENER_OF: Record<string, string> = { '”': '“', '»': '«', ')': '(', ']': '[' };
/** Every character that can open or close a pair: the scan jumps from one to the next. */
const MARKS = /[“”«»()[\]"]/g;
const kindOf = (char: string): UnpairedMark['kind'] => (char === '(' || char === ')' || char === '[' || char === ']' ? 'bracket' : 'quote');

/**
 * The quotation marks (“ ” « » ") and brackets (( ) [ ]) of `text[from, to)` that have no
 * partner there, in order. Each kind pairs on its own, so one missing mark does not make every
 * later one look wrong. Apostrophes and single quotes are left out: ’ is far more often an
 * apostrophe than a closing quote.
 */
export function unpairedMarks(text: string, from: number, to: number): UnpairedMark[] {
  const open = new Map<string, UnpairedMark[]>();
  const unpaired: UnpairedMark[] = [];
  const stackOf = (opener: string): UnpairedMark[] => open.get(opener) ?? open.set(opener, []).get(opener)!;
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
    const i = m.index;
    const char = m[0];
    const side = char === '"' ? straightQuoteSide(text, i, from, to, stackOf('"').length > 0) : char in CLOSER_OF ? 'opening' : char in OPENER_OF ? 'closing' : undefined;
    if (side === undefined) continue;
    const mark: UnpairedMark = { offset: i, char, kind: kindOf(char), side };
    if (side === 'opening') stackOf(char).push(mark);
    else if (stackOf(char === '"' ? '"' : OPENER_OF[char]!).pop() === undefined && !isListOrSmiley(text, from, i)) unpaired.push(mark);
  }
  for (const stack of open.values()) unpaired.push(...stack);
  return unpaired.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether a straight quote opens or closes, from what is around it: after a space and before a
 * letter it opens, after a letter and before a space it closes; otherwise it closes an open quote.
 * After a digit with no quote open it is an inch mark (a 12" pipe) and is no quote at all.
 */
function straightQuoteSide(text: string, i: number, from: number, to: number, isOpen: boolean): UnpairedMark['side'] | undefined {
  const before = i > from ? text.charAt(i - 1) : '';
  const after = i + 1 < to ? text.charAt(i + 1) : '';
  if (!isOpen && /\p{N}/u.test(before)) return undefined;
  const opensHere = before === '' || /[\s(\[{—–/-]/u.test(before);
  const closesHere = after === '' || /[\s)\]}.,;:!?—–-]/u.test(after);
  if (opensHere !== closesHere) return opensHere ? 'opening' : 'closing';
  return isOpen ? 'closing' : 'opening';
}

/** A closing parenthesis after a list label ("a) delay", "2) cancel") or in a smiley (":)"). */
function isListOrSmiley(text: string, from: number, i: number): boolean {
  const before = text.slice(Math.max(from, i - 4), i);
  return text.charAt(i) === ')' && (/(?:^|[\s(])[\p{L}\p{N}]{1,3}$/u.test(before) || /[:;]-?$/u.test(before));
}
