import { parse, parseFragment, type DefaultTreeAdapterTypes as Html } from 'parse5';
import type { BlockKind, Extraction } from '../document.js';
import { parseDirectiveComment } from '../directives.js';
import { alignDecoded, decodeHtmlAttributeAt, decodeHtmlTextAt } from './align.js';
import { ExtractedText } from './extracted-text.js';

/** Elements whose content is not prose: left out, with no trace in the text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'textarea', 'iframe', 'object', 'canvas', 'select']);
/** Inline elements holding code: one placeholder each, so the words around them do not join. */
const INLINE_CODE = new Set(['code', 'kbd', 'samp', 'var']);
/** Block elements: each starts and ends a block; the kind, where the element decides it. */
const BLOCK_KIND: Record<string, BlockKind | undefined> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'quote', td: 'table-cell', th: 'table-cell',
  figcaption: 'caption', caption: 'caption', title: 'title',
};
const BLOCK_ELEMENTS = new Set([
  ...Object.keys(BLOCK_KIND), 'address', 'article', 'aside', 'body', 'details', 'dialog', 'div', 'dl', 'fieldset',
  'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'nav', 'ol', 'option', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Attributes people read: image descriptions and tooltips. */
const PROSE_ATTRIBUTES = new Set(['alt', 'title']);

/**
 * HTML as a CMS exports it: text nodes and alt/title attributes are checked; block elements end
 * blocks, inline ones (a, b, em…) stay inside the sentence; whitespace collapses as a browser
 * renders it; entities are decoded, with each one mapped back to its source span.
 */
export function extractHtml(source: string): Extraction {
  const out = new ExtractedText(source, true);
  new HtmlReader(source, out, 0).addChildren(parse(source, { sourceCodeLocationInfo: true }), 'paragraph');
  return out.build();
}

/** A block of raw HTML inside another format (Markdown), read the same way. */
export function addHtmlBlock(source: string, start: number, end: number, kind: BlockKind, out: ExtractedText): void {
  const fragment = parseFragment(source.slice(start, end), { sourceCodeLocationInfo: true });
  out.collapsing(() => new HtmlReader(source, out, start).addChildren(fragment, kind));
  out.breakBlock(kind);
}

/** Walks a parsed tree; `shift` is where the parsed text starts in `source`. */
class HtmlReader {
  constructor(
    private readonly source: string,
    private readonly out: ExtractedText,
    private readonly shift: number,
  ) {}

  addChildren(parent: Html.ParentNode, kind: BlockKind): void {
    for (const child of parent.childNodes) this.addNode(child, kind);
  }

  private addNode(node: Html.ChildNode, kind: BlockKind): void {
    const location = node.sourceCodeLocation;
    if (!location) {
      if ('tagName' in node) this.addElement(node, kind);
      return;
    }
    const start = location.startOffset + this.shift;
    const end = location.endOffset + this.shift;
    if (node.nodeName === '#text') {
      const { value } = node as Html.TextNode;
      const pieces = alignDecoded(this.source, start, end, value, decodeHtmlTextAt, { skipTags: true });
      if (pieces) this.out.add(pieces);
      // The parser moves text after </body> into the body, its location spanning the tags.
      else if (value.trim() !== '') this.out.addPlaceholder(start, end);
    } else if (node.nodeName === '#comment') {
      const directive = parseDirectiveComment((node as Html.CommentNode).data, start, end);
      if (directive) this.out.addDirective(directive);
    } else if ('tagName' in node) this.addElement(node, kind);
  }

  private addElement(element: Html.Element, kind: BlockKind): void {
    const tag = element.tagName;
    if (SKIPPED.has(tag)) return;
    if (tag === 'br' || tag === 'pre') {
      this.out.breakBlock(kind);
      return;
    }
    this.addAttributes(element);
    const location = element.sourceCodeLocation;
    if (INLINE_CODE.has(tag)) {
      if (location) this.out.addPlaceholder(location.startOffset + this.shift, location.endOffset + this.shift);
      return;
    }
    if (!BLOCK_ELEMENTS.has(tag)) {
      this.addChildren(element, kind);
      return;
    }
    const ownKind = BLOCK_KIND[tag] ?? kind;
    this.out.breakBlock(ownKind);
    this.addChildren(element, ownKind);
    this.out.breakBlock(kind);
  }

  private addAttributes(element: Html.Element): void {
    for (const attribute of element.attrs) {
      const location = element.sourceCodeLocation?.attrs?.[attribute.name];
      if (!PROSE_ATTRIBUTES.has(attribute.name) || !location || attribute.value.trim() === '') continue;
      const end = location.endOffset + this.shift;
      const valueStart = attributeValueStart(this.source, location.startOffset + this.shift + attribute.name.length, end);
      const pieces = alignDecoded(this.source, valueStart, end, attribute.value, decodeHtmlAttributeAt, { prefix: true });
      if (pieces) this.out.addAfterBlock('caption', pieces);
    }
  }
}

/** Where the value starts in `name = "value"`: after the equals sign, spaces and any quote. */
function attributeValueStart(source: string, afterName: number, end: number): number {
  let i = afterName;
  while (i < end && /[\s=]/.test(source.charAt(i))) i++;
  return source.charAt(i) === '"' || source.charAt(i) === "'" ? i + 1 : i;
}
