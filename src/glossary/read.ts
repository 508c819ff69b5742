import { Document, parseDocument, type ParsedNode, type YAMLError } from 'yaml';
import type { Loaded, UserError } from '../errors/user-error.js';
import { stripBom } from '../input/read.js';
import { LineIndex } from '../text/line-index.js';
import type { Glossary } from './raw.js';
import { looksLikeJson, readSimpleJson } from './simple-json.js';
import { readSimpleYaml } from './simple-yaml.js';
import { validateGlossary } from './validate.js';

/**
 * Parses one glossary file's text (YAML, or JSON, which the YAML parser reads as the same
 * shape with the same positions) and validates it. `file` names the file in errors and decides
 * only whether they say "YAML" or "JSON". Positions are 1-based, counted after a BOM, and turned
 * into lines by `LineIndex`, the one module that does that, so that they agree with the excerpt
 * `renderUserError` prints. Plain glossary YAML and JSON go through fast readers
 * (`readSimpleYaml`, `readSimpleJson`); anything else, and every syntax error, through the full parser.
 */
export function parseGlossary(file: string, text: string): Loaded<Glossary> {
  const source = stripBom(text).text;
  const lines = new LineIndex(source);
  const validate = (root: ParsedNode): Loaded<Glossary> => validateGlossary(documentOf(root), file, lines);
  const simple = looksLikeJson(source) ? readSimpleJson(source, validate) : readSimpleYaml(source, validate);
  if (simple) return simple;
  // No keepSourceTokens: node ranges are enough for positions, and a 100,000-entry file would
  // otherwise keep its whole token tree alive.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const [first] = doc.errors;
  // Report the first syntax error only: later ones are nearly always its echoes.
  if (first) return { ok: false, errors: [syntaxError(file, source, lines, first, doc.errors)] };
  const result = validateGlossary(doc, file, lines);
  const warnings = doc.warnings.map((w) => located(file, lines, w.pos[0], 'glossary/yaml-warning', lowerFirst(w.message), 'warning'));
  return result.ok ? { ...result, warnings: [...warnings, ...result.warnings] } : result;
}

/** A document holding nodes read by the fast reader; it has no aliases for the validator to resolve. */
function documentOf(contents: ParsedNode): Document.Parsed {
  const doc = new Document() as Document.Parsed;
  doc.contents = contents;
  return doc;
}

const INDENT_HINT = 'the fields of one entry must start in the same column, and list items under a field must be indented alike';

function syntaxError(file: string, source: string, lines: LineIndex, error: YAMLError, all: readonly YAMLError[]): UserError {
  const language = /\.json$/i.test(file) ? 'JSON' : 'YAML';
  const make = (message: string, hint?: string, offset = skipBlanks(source, error.pos[0])): UserError => ({
    ...located(file, lines, offset, 'glossary/syntax', `invalid ${language}: ${message}`),
    ...(hint && { hint }),
  });
  const multiline = all.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === error.pos[0]);
  if (multiline) {
    // `term: a` followed by a deeper-indented `type: person` reads as one key spread over two
    // lines; the mistake is the indentation of the second line, so point there.
    return make('this line is indented deeper than the field above it', INDENT_HINT, nextLineStart(source, multiline.pos));
  }
  if (error.code === 'DUPLICATE_KEY') {
    return { ...make(`field '${keyAt(source, error.pos[0])}' appears twice in one mapping`, 'keep one of them'), code: 'glossary/duplicate-field' };
  }
  if (error.code === 'TAB_AS_INDENT') return make('a tab is used for indentation', 'indent with spaces', error.pos[0]);
  const { message, hint } = explain(error, language);
  return make(message, hint);
}

const BRACKET_HINT = 'look for a missing comma, quote or bracket just before this point';

/** The parser's message in the user's terms, with a hint where the usual cause is known. */
function explain(error: YAMLError, language: 'JSON' | 'YAML'): { message: string; hint?: string } {
  const unclosed = /must (?:.* )?end with an? (\S)$/.exec(error.message);
  if (unclosed) return { message: `missing '${unclosed[1]}'`, hint: BRACKET_HINT };
  if (error.message.startsWith('Sequence item without')) {
    return { message: "this line is neither a list item ('- …') nor indented like the fields above it", hint: INDENT_HINT };
  }
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return { message: 'the file holds more than one document', hint: "a glossary is one document: remove the '---' line, or split the file" };
    case 'BAD_INDENT':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { message: lowerFirst(error.message), hint: language === 'JSON' ? BRACKET_HINT : INDENT_HINT };
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return { message: lowerFirst(error.message), hint: BRACKET_HINT };
    default:
      return { message: lowerFirst(error.message) };
  }
}

function located(file: string, lines: LineIndex, offset: number, code: string, message: string, level?: 'warning'): UserError {
  return { code, file, ...lines.locate(offset), message, ...(level && { level }) };
}

/** The first non-blank character after the first line break inside `range`. */
function nextLineStart(source: string, [start, end]: readonly [number, number]): number {
  const lineBreak = source.indexOf('\n', start);
  return lineBreak < 0 || lineBreak >= end ? start : skipBlanks(source, lineBreak + 1);
}

/** Errors reported at a line's indentation point at the line's first character instead. */
function skipBlanks(source: string, offset: number): number {
  const blank = /[ \t]*/y;
  blank.lastIndex = offset;
  blank.exec(source);
  return blank.lastIndex;
}

/** The key written at `offset`, for naming a duplicate. */
function keyAt(source: string, offset: number): string {
  const match = /"([^"\n]*)"|'([^'\n]*)'|([^:\n]*?)\s*:/y;
  match.lastIndex = offset;
  const found = match.exec(source);
  return (found?.[1] ?? found?.[2] ?? found?.[3] ?? '').trim();
}

const lowerFirst = (message: string): string => message.charAt(0).toLowerCase() + message.slice(1);
