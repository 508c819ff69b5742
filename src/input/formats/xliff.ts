import { Parser } from 'htmlparser2';
import type { BlockKind, Extraction, InputProblem, SourceSegment } from '../document.js';
import { parseIgnoreNote, type Directive } from '../directives.js';
import { ExtractedText } from './extracted-text.js';

/** Codes that stand for content (a variable, an image, a character): one placeholder each. */
const STANDALONE_CODES = new Set(['x', 'ph', 'it', 'cp']);
/** Codes that open or close formatting: markup, like an HTML inline tag, so no trace in the text. */
const BOUNDARY_CODES = new Set(['bx', 'ex', 'bpt', 'ept', 'sc', 'ec', 'sm', 'em']);
const UNIT = new Set(['trans-unit', 'unit']);
const CDATA_OPEN = '<![CDATA['.length;
const CDATA_CLOSE = ']]>'.length;

interface UnitState {
  start: number;
  translate: boolean;
  notes: { text: string; start: number; end: number }[];
  /** Where the unit's text starts in the extracted text, and its source text so far. */
  textStart: number;
  sourceText: string;
}

/**
 * XLIFF 1.2 and 2.0: each unit's target is a block; text inside `g`, `mrk` and `pc` is part of
 * it, inline codes are not. htmlparser2 in XML mode reports the exact source span of every text
 * run and every entity, which is all the offset map needs.
 */
export function extractXliff(source: string): Extraction {
  const out = new ExtractedText(source);
  const state = new XliffReader(source, out);
  const structure = new OpenElements();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        structure.open(name, parser.startIndex);
        state.open(localName(name), attributes, parser.startIndex);
      },
      onclosetag: (name, isImplied) => {
        structure.close(isImplied && source.charAt(parser.endIndex - 1) !== '/');
        state.close(localName(name), parser.endIndex + 1);
      },
      ontext: (text) => state.text(text, parser.startIndex, parser.endIndex + 1),
      oncdatastart: () => (state.inCdata = true),
      oncdataend: () => (state.inCdata = false),
    },
    { xmlMode: true },
  );
  parser.end(source);
  const extraction = out.build();
  const problems = structure.problems(source);
  return {
    ...extraction,
    sourceSegments: state.segments,
    ...(state.sourceLanguage ? { sourceLanguage: state.sourceLanguage } : {}),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** Elements the parser had to close itself, and whether there was an XLIFF root at all. */
class OpenElements {
  private readonly stack: { name: string; start: number }[] = [];
  private readonly unclosed: InputProblem[] = [];
  private hasRoot = false;

  open(name: string, start: number): void {
    if (localName(name) === 'xliff') this.hasRoot = true;
    this.stack.push({ name, start });
  }

  /** `isUnclosed`: the parser closed it at a mismatched end tag or at the end of the file. */
  close(isUnclosed: boolean): void {
    const element = this.stack.pop();
    if (element && isUnclosed) {
      this.unclosed.push({ start: element.start, end: element.start + element.name.length + 1, message: `<${element.name}> is never closed` });
    }
  }

  problems(source: string): InputProblem[] {
    if (this.hasRoot) return this.unclosed;
    const firstLine = /^[^\r\n]*/.exec(source)![0].length;
    return [{ start: 0, end: Math.max(firstLine, Math.min(1, source.length)), message: 'No <xliff> element: this file is not XLIFF, so nothing in it was checked' }];
  }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** What a unit is in the article, as a CMS export names it (resname="headline", name="caption_1"). */
function unitKind(attributes: Record<string, string>): BlockKind {
  const label = attributes.resname ?? attributes.name ?? attributes.id ?? '';
  if (/title|headline/i.test(label)) return 'title';
  if (/heading|subhead/i.test(label)) return 'heading';
  if (/caption|(?:^|[^a-z])alt(?:[^a-z]|$)/i.test(label)) return 'caption';
  return 'paragraph';
}

/** Follows the parser's events: where we are (unit, target, code, note) and what to add. */
class XliffReader {
  inCdata = false;
  /** Each translated unit's source text with the span of its target: for the bilingual checks. */
  readonly segments: SourceSegment[] = [];
  sourceLanguage: string | undefined;
  private inSource = false;
  private unit: UnitState | undefined;
  private inTarget = false;
  /** Inside a 1.2 `alt-trans`: its targets are suggestions from memory, not the translation. */
  private inAlternative = false;
  private codeDepth = 0;
  private codeStart = 0;
  private note: { text: string; start: number } | undefined;

  constructor(
    private readonly source: string,
    private readonly out: ExtractedText,
  ) {}

  open(name: string, attributes: Record<string, string>, start: number): void {
    if (UNIT.has(name)) {
      this.unit = { start, translate: attributes.translate !== 'no', notes: [], textStart: this.out.length, sourceText: '' };
      this.out.breakBlock(unitKind(attributes));
    } else if ((name === 'xliff' || name === 'file') && (attributes.srcLang ?? attributes['source-language'])) {
      this.sourceLanguage ??= (attributes.srcLang ?? attributes['source-language'])!.toLowerCase().split(/[-_]/)[0];
    } else if (name === 'source' && this.unit && !this.inAlternative) {
      this.inSource = true;
      this.unit.sourceText += ' ';
    } else if (name === 'alt-trans') {
      this.inAlternative = true;
    } else if (name === 'target' && this.unit?.translate && !this.inAlternative) {
      this.inTarget = true;
      this.separateSegments(start);
    } else if (name === 'note' && this.unit) {
      this.note = { text: '', start };
    } else if ((this.inTarget || this.inSource) && (this.codeDepth > 0 || STANDALONE_CODES.has(name) || BOUNDARY_CODES.has(name))) {
      if (this.codeDepth === 0) this.codeStart = start;
      this.codeDepth++;
    }
  }

  close(name: string, end: number): void {
    if (this.codeDepth > 0) {
      this.codeDepth--;
      if (this.codeDepth === 0 && STANDALONE_CODES.has(name) && this.inTarget) this.out.addPlaceholder(this.codeStart, end);
    } else if (name === 'target') {
      this.inTarget = false;
    } else if (name === 'source') {
      this.inSource = false;
    } else if (name === 'note' && this.note) {
      this.unit?.notes.push({ ...this.note, end });
      this.note = undefined;
    } else if (UNIT.has(name) && this.unit) {
      for (const directive of this.ignoreDirectives(this.unit, end)) this.out.addDirective(directive);
      this.out.breakBlock();
      this.pairWithSource(this.unit);
      this.unit = undefined;
    } else if (name === 'alt-trans') {
      this.inAlternative = false;
    }
  }

  text(text: string, start: number, end: number): void {
    if (this.note) this.note.text += text;
    if (this.inSource && this.unit && this.codeDepth === 0) this.unit.sourceText += text;
    if (!this.inTarget || this.codeDepth > 0) return;
    const [from, to] = this.inCdata ? [start + CDATA_OPEN, end - CDATA_CLOSE] : [start, end];
    this.out.add([{ sourceStart: from, sourceLength: to - from, text }]);
  }

  /** XLIFF 2.0 segments of one unit are one paragraph: a space keeps their sentences apart. */
  private separateSegments(at: number): void {
    this.out.add([{ sourceStart: at, sourceLength: 0, text: ' ' }]);
  }

  /** The unit's target block, if it has one, goes with its source text. */
  private pairWithSource(unit: UnitState): void {
    const block = this.out.lastBlock();
    const text = unit.sourceText.replace(/\s+/g, ' ').trim();
    if (block && block.start >= unit.textStart && text !== '') this.segments.push({ text, start: block.start, end: block.end });
  }

  private ignoreDirectives(unit: UnitState, end: number): Directive[] {
    const range = { start: unit.start, end };
    return unit.notes.flatMap((note) => parseIgnoreNote(note.text, note.start, note.end, range) ?? []);
  }
}
