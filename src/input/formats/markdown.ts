import type { Link, Nodes, Parents, Yaml } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { BlockKind, Extraction } from '../document.js';
import { parseDirectiveComment } from '../directives.js';
import { alignDecoded, decodeMarkdownAt } from './align.js';
import { ExtractedText } from './extracted-text.js';
import { addHtmlBlock } from './html.js';
import { addFrontMatter } from './front-matter.js';

/** Containers whose paragraphs take their kind: a paragraph in a list item is a list item. */
const CONTAINER_KIND: Partial<Record<Nodes['type'], BlockKind>> = { blockquote: 'quote', listItem: 'list-item' };

/**
 * Markdown (CommonMark + GFM, YAML front matter): headings, paragraphs, list items, quotes, table
 * cells, link text and image alt text are checked, and raw HTML blocks as HTML files are; code,
 * inline HTML tags, URLs and front matter are not, except the front matter's `title:` and
 * `description:`.
 */
export function extractMarkdown(source: string): Extraction {
  const tree = fromMarkdown(source, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const out = new ExtractedText(source);
  addChildren(tree, 'paragraph', source, out);
  return out.build();
}

function addChildren(parent: Parents, kind: BlockKind, source: string, out: ExtractedText): void {
  for (const child of parent.children) addBlock(child, kind, source, out);
}

function addBlock(node: Nodes, kind: BlockKind, source: string, out: ExtractedText): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      out.breakBlock(node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : kind);
      addInlineChildren(node, source, out);
      out.breakBlock(kind);
      return;
    case 'yaml':
      addFrontMatter(node as Yaml, source, out);
      return;
    case 'html': {
      // Raw HTML between paragraphs (a figure, a div of text) is read as HTML is.
      const { start, end } = spanOf(node);
      out.breakBlock(kind);
      addHtmlBlock(source, start, end, kind, out);
      return;
    }
    default:
      if ('children' in node) addChildren(node, CONTAINER_KIND[node.type] ?? kind, source, out);
      else out.breakBlock(kind); // code, thematic breaks, definitions: not prose
  }
}

function addInlineChildren(parent: Parents, source: string, out: ExtractedText): void {
  for (const child of parent.children) addInline(child, source, out);
}

function addInline(node: Nodes, source: string, out: ExtractedText): void {
  const { start, end } = spanOf(node);
  switch (node.type) {
    case 'text': {
      const pieces = alignDecoded(source, start, end, node.value, decodeMarkdownAt);
      if (pieces) out.add(pieces);
      else out.addPlaceholder(start, end);
      return;
    }
    case 'break':
      out.add([{ sourceStart: start, sourceLength: end - start, text: '\n' }]);
      return;
    case 'image':
    case 'imageReference': {
      // The alt text starts after "![" and is its own block, a caption of the picture.
      // The alt text is the label's plain text: emphasis and code marks in it are dropped.
      const pieces = alignDecoded(source, start + 2, end, node.alt ?? '', decodeMarkdownAt, { prefix: true, skip: /[*_~`]/ });
      if (pieces && pieces.length > 0) out.addAfterBlock('caption', pieces);
      out.addPlaceholder(start, end);
      return;
    }
    case 'inlineCode':
    case 'footnoteReference':
      out.addPlaceholder(start, end);
      return;
    case 'html':
      addDirective(node, out); // inline tags are markup: the text around them runs on
      return;
    case 'link':
      if (isBareUrl(node)) out.addPlaceholder(start, end);
      else addInlineChildren(node, source, out);
      return;
    default:
      if ('children' in node) addInlineChildren(node, source, out);
  }
}

function addDirective(node: Nodes & { value: string }, out: ExtractedText): void {
  const comment = /^<!--([\s\S]*?)-->\s*$/.exec(node.value);
  const { start, end } = spanOf(node);
  const directive = comment ? parseDirectiveComment(comment[1]!, start, end) : undefined;
  if (directive) out.addDirective(directive);
}

/** An autolink (`<https://…>` or a bare URL under GFM): its text is the address, not prose. */
function isBareUrl(link: Link): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === 'text' && (only.value === link.url || `mailto:${only.value}` === link.url || `http://${only.value}` === link.url);
}

function spanOf(node: Nodes): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
