import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';
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
  const document = parse(source, { sourceCodeLocationInfo: true });
  const out = new ExtractedText(source, true);
  addChildren(document, 'paragraph', source, out);
  return out.build();
}

function addChildren(parent: Html.ParentNode, kind: BlockKind, source: string, out: ExtractedText): void {
  for (const child of parent.childNodes) addNode(child, kind, source, out);
}

function addNode(node: Html.ChildNode, kind: BlockKind, source: string, out: ExtractedText): void {
  const location = node.sourceCodeLocation;
  if (node.nodeName === '#text' && location) {
    const { startOffset, endOffset } = location;
    const { value } = node as Html.TextNode;
    const pieces = alignDecoded(source, startOffset, endOffset, value, decodeHtmlTextAt, { skipTags: true });
    if (pieces) out.add(pieces);
    // The parser moves text after </body> into the body, its location spanning the tags.
    else if (value.trim() !== '') out.addPlaceholder(startOffset, endOffset);
  } else if (node.nodeName === '#comment' && location) {
    const directive = parseDirectiveComment((node as Html.CommentNode).data, location.startOffset, location.endOffset);
    if (directive) out.addDirective(directive);
  } else if ('tagName' in node) addElement(node, kind, source, out);
}

function addElement(element: Html.Element, kind: BlockKind, source: string, out: ExtractedText): void {
  const tag = element.tagName;
  if (SKIPPED.has(tag)) return;
  const location = element.sourceCodeLocation;
  if (tag === 'br' || tag === 'pre') {
    out.breakBlock(kind);
    return;
  }
  addAttributes(element, source, out);
  if (INLINE_CODE.has(tag)) {
    if (location) out.addPlaceholder(location.startOffset, location.endOffset);
    return;
  }
  if (!BLOCK_ELEMENTS.has(tag)) {
    addChildren(element, kind, source, out);
    return;
  }
  const ownKind = BLOCK_KIND[tag] ?? kind;
  out.breakBlock(ownKind);
  addChildren(element, ownKind, source, out);
  out.breakBlock(kind);
}

function addAttributes(element: Html.Element, source: string, out: ExtractedText): void {
  for (const attribute of element.attrs) {
    const location = element.sourceCodeLocation?.attrs?.[attribute.name];
    if (!PROSE_ATTRIBUTES.has(attribute.name) || !location || attribute.value.trim() === '') continue;
    const valueStart = attributeValueStart(source, location.startOffset + attribute.name.length, location.endOffset);
    const pieces = alignDecoded(source, valueStart, location.endOffset, attribute.value, decodeHtmlAttributeAt, { prefix: true });
    if (pieces) out.addAfterBlock('caption', pieces);
  }
}

/** Where the value starts in `name = "value"`: after the equals sign, spaces and any quote. */
function attributeValueStart(source: string, afterName: number, end: number): number {
  let i = afterName;
  while (i < end && /[\s=]/.test(source.charAt(i))) i++;
  return source.charAt(i) === '"' || source.charAt(i) === "'" ? i + 1 : i;
}
