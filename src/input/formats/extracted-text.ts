import type { Block, BlockKind, Extraction } from '../document.js';
import type { Directive } from '../directives.js';
import { OffsetMapBuilder } from '../offset-map.js';
import type { Piece } from './align.js';

/** Between blocks, so sentence splitting never joins the end of one to the start of the next. */
const BLOCK_SEPARATOR = '\n\n';
/** Stands for skipped inline content (inline code), so the words on either side do not join. */
export const PLACEHOLDER = '\uFFFC';
const HTML_SPACE = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;

/**
 * Builds a format's extraction piece by piece: the checkable text, its blocks (separated by a
 * blank line), the offset map into the source, and the suppression directives found on the way.
 */
export class ExtractedText {
  /** The text so far, in pieces: one string built by += is a rope that reading would flatten again and again. */
  private readonly parts: string[] = [];
  private textLength = 0;
  private readonly map = new OffsetMapBuilder();
  private readonly blocks: Block[] = [];
  private readonly directives: Directive[] = [];
  /** The block being filled, and where its first and last non-space characters are so far. */
  private open: { kind: BlockKind; contentStart?: number; contentEnd: number } | undefined;
  private nextKind: BlockKind = 'paragraph';
  private readonly deferred: { kind: BlockKind; pieces: Piece[] }[] = [];
  /** Collapsing whitespace: did the text just emitted end in a space (or a block just open)? */
  private atSpace = true;

  /** `collapseWhitespace`: runs of spaces and line breaks read as one space, as HTML renders them. */
  constructor(
    private readonly source: string,
    private collapseWhitespace = false,
  ) {}

  /** Collapses whitespace while `run` adds text: raw HTML inside Markdown renders as HTML does. */
  collapsing(run: () => void): void {
    const before = this.collapseWhitespace;
    this.collapseWhitespace = true;
    run();
    this.collapseWhitespace = before;
  }

  /** Ends the current block; text added next starts a block of `kind`. */
  breakBlock(kind: BlockKind = 'paragraph'): void {
    this.closeBlock();
    for (const { kind: ownKind, pieces } of this.deferred.splice(0)) this.addOwnBlock(ownKind, pieces);
    this.nextKind = kind;
  }

  add(pieces: readonly Piece[]): void {
    for (const piece of pieces) {
      const isCopy = this.source.startsWith(piece.text, piece.sourceStart) && piece.text.length === piece.sourceLength;
      if (isCopy && this.collapseWhitespace) this.addCollapsed(piece);
      else this.emit(piece.text, piece.sourceStart, piece.sourceLength, isCopy);
    }
  }

  /** Text copied as it is from `source[start, end)`. */
  addSource(start: number, end: number): void {
    this.add([{ sourceStart: start, sourceLength: end - start, text: this.source.slice(start, end) }]);
  }

  /** Skipped inline content: one placeholder character standing for the whole span. */
  addPlaceholder(start: number, end: number): void {
    this.emit(PLACEHOLDER, start, end - start, false);
  }

  /** Text that is its own block but sits inside another (alt text): it follows the current block. */
  addAfterBlock(kind: BlockKind, pieces: Piece[]): void {
    if (this.open) this.deferred.push({ kind, pieces });
    else this.addOwnBlock(kind, pieces);
  }

  /** The block closed last, if any (an XLIFF unit's target, to pair with its source). */
  lastBlock(): Block | undefined {
    return this.blocks[this.blocks.length - 1];
  }

  get length(): number {
    return this.textLength;
  }

  addDirective(directive: Directive): void {
    this.directives.push(directive);
  }

  build(): Extraction {
    this.breakBlock();
    return { text: this.parts.join(''), blocks: this.blocks, map: this.map.build(), directives: this.directives };
  }

  private addOwnBlock(kind: BlockKind, pieces: Piece[]): void {
    const after = this.nextKind;
    this.nextKind = kind;
    this.add(pieces);
    this.closeBlock();
    this.nextKind = after;
  }

  private addCollapsed(piece: Piece): void {
    for (const m of piece.text.matchAll(HTML_SPACE)) {
      const at = piece.sourceStart + m.index;
      const isSpace = /^[ \t\n\r\f]/.test(m[0]);
      if (isSpace && (this.atSpace || !this.open)) continue;
      if (isSpace) this.emit(' ', at, m[0].length, m[0] === ' ');
      else this.emit(m[0], at, m[0].length, true);
      this.atSpace = isSpace;
    }
  }

  private emit(text: string, sourceStart: number, sourceLength: number, isCopy: boolean): void {
    if (!this.open) this.openBlock(sourceStart);
    if (isCopy) this.map.copy(sourceStart, sourceLength);
    else this.map.replace(sourceStart, sourceLength, text.length);
    this.append(text);
    const first = text.search(/\S/u);
    if (first >= 0) {
      this.open!.contentStart ??= this.textLength - text.length + first;
      this.open!.contentEnd = this.textLength - (text.length - text.trimEnd().length);
    }
    this.atSpace = false;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.textLength += text.length;
  }

  private openBlock(sourceStart: number): void {
    if (this.textLength > 0) {
      this.map.replace(sourceStart, 0, BLOCK_SEPARATOR.length);
      this.append(BLOCK_SEPARATOR);
    }
    this.open = { kind: this.nextKind, contentEnd: this.textLength };
    this.atSpace = true;
  }

  private closeBlock(): void {
    if (!this.open) return;
    const { kind, contentStart, contentEnd } = this.open;
    if (contentStart !== undefined) this.blocks.push({ start: contentStart, end: contentEnd, kind });
    this.open = undefined;
  }
}
