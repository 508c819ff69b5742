import { buildDocument, type Document, type Extractor, type InputFormat } from './document.js';
import { extractPlain } from './formats/plain.js';

/** The byte-order mark, which is not part of the text (offsets are counted after it). */
export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}

export function formatOf(path: string): InputFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.xlf{1,2}$|\.xliff$/i.test(path)) return 'xliff';
  return 'plain';
}

/** Each format's parser, imported only when a file of that format is checked: start-up time matters. */
const EXTRACTOR_LOADERS: Record<InputFormat, () => Promise<Extractor>> = {
  plain: () => Promise.resolve(extractPlain),
  markdown: async () => (await import('./formats/markdown.js')).extractMarkdown,
  html: async () => (await import('./formats/html.js')).extractHtml,
  xliff: async () => (await import('./formats/xliff.js')).extractXliff,
};

const loadedExtractors = new Map<InputFormat, Extractor>([['plain', extractPlain]]);

/** Loads the parsers these files need; `readDocument` is synchronous and expects them loaded. */
export async function loadFormats(paths: Iterable<string>): Promise<void> {
  for (const format of new Set([...paths].map(formatOf))) {
    if (!loadedExtractors.has(format)) loadedExtractors.set(format, await EXTRACTOR_LOADERS[format]());
  }
}

/** Builds the document for a file's text (BOM already removed), parsed by its format's parser. */
export function readDocument(path: string, source: string): Document {
  const format = formatOf(path);
  const extract = loadedExtractors.get(format);
  if (!extract) throw new Error(`the ${format} parser is not loaded: call loadFormats(['${path}']) first`);
  return buildDocument(path, format, source, extract);
}
