import { isAlias, isMap, isScalar, isSeq, type Document, type ParsedNode, type YAMLMap } from 'yaml';
import { nearest } from '../errors/nearest.js';
import type { Loaded, UserError } from '../errors/user-error.js';
import { CATEGORIES, SEVERITIES } from '../findings/finding.js';
import type { LineIndex } from '../text/line-index.js';
import {
  categoryFor, defaultsFor, ENTRY_FIELDS, ENTRY_TYPES, GLOSSARY_FIELDS,
  type Glossary, type GlossaryEntry, type ForbiddenForm, type SourcePosition,
} from './raw.js';
import { checkPattern } from './safe-pattern.js';

type Value = ParsedNode | null;
interface Field {
  key: ParsedNode;
  value: Value;
}
/** The fields allowed in one kind of mapping, and where a field of the other kind belongs. */
interface Scope {
  allowed: readonly string[];
  name: string;
  misplaced: readonly string[];
  belongs: string;
}
const GLOSSARY_SCOPE: Scope = { allowed: GLOSSARY_FIELDS, name: 'the glossary', misplaced: ENTRY_FIELDS, belongs: 'an entry, under entries:' };
const ENTRY_SCOPE: Scope = { allowed: ENTRY_FIELDS, name: 'an entry', misplaced: GLOSSARY_FIELDS, belongs: 'the glossary, not of an entry' };

interface Context {
  doc: Document.Parsed;
  file: string;
  lines: LineIndex;
  errors: UserError[];
  /** The fields of the entry being read. */
  entryFields: Map<string, Field>;
}

/**
 * Turns a parsed glossary document into a validated `Glossary`, walking the YAML nodes (not a
 * plain object) so that every error carries the line and column of the node at fault. Every
 * problem in the file is reported, not just the first; an entry with any error is left out.
 */
export function validateGlossary(doc: Document.Parsed, file: string, lines: LineIndex): Loaded<Glossary> {
  const ctx: Context = { doc, file, lines, errors: [], entryFields: new Map() };
  const glossary = readGlossary(ctx, resolve(ctx, doc.contents));
  if (glossary && ctx.errors.length === 0) return { ok: true, value: glossary, warnings: [] };
  // Fields are read in a fixed order, not the file's; the user reads errors top to bottom.
  return { ok: false, errors: ctx.errors.sort((a, b) => a.line! - b.line! || a.column! - b.column!) };
}

function readGlossary(ctx: Context, root: Value): Glossary | undefined {
  if (!isMap(root)) {
    const message = isNull(root) ? 'the file is empty' : `a glossary must be a mapping, not ${describe(root)}`;
    report(ctx, 'glossary/not-a-mapping', root, message, "a glossary is a mapping with an 'entries' list, each entry with a 'term'");
    return undefined;
  }
  const fields = readFields(ctx, root, GLOSSARY_SCOPE);
  const name = readText(ctx, fields.get('name'), 'name');
  const language = readText(ctx, fields.get('language'), 'language') ?? 'en';
  const category = readChoice(ctx, fields.get('category'), 'category', CATEGORIES);
  const entries = fields.get('entries');
  if (!entries) {
    report(ctx, 'glossary/missing-entries', root, "the glossary has no 'entries' list", "add 'entries:' with a list of entries, each with a 'term'");
    return undefined;
  }
  const list = readList(ctx, entries, 'entries', 'a list of entries') ?? [];
  const glossary: Glossary = { file: ctx.file, ...(name !== undefined && { name }), language, ...(category && { category }), entries: [] };
  for (const item of list) {
    const entry = readEntry(ctx, resolve(ctx, item), glossary);
    if (entry) glossary.entries.push(entry);
  }
  return glossary;
}

function readEntry(ctx: Context, node: Value, glossary: Glossary): GlossaryEntry | undefined {
  if (!isMap(node)) {
    const text = textOf(node);
    const hint = text === undefined ? "write each entry as a mapping: '- term: …'" : `write '- term: ${text}'`;
    report(ctx, 'glossary/wrong-type', node, `an entry must be a mapping with a 'term', not ${describe(node)}`, hint);
    return undefined;
  }
  const errorsBefore = ctx.errors.length;
  const fields = readFields(ctx, node, ENTRY_SCOPE, ctx.entryFields);
  const term = readTerm(ctx, node, fields.get('term'));
  const type = readChoice(ctx, fields.get('type'), 'type', ENTRY_TYPES) ?? 'term';
  const variants = readTexts(ctx, fields.get('variants'), 'variants');
  const forms: ForbiddenForm[] = [];
  readTextList(ctx, fields.get('forbidden'), 'forbidden', (text, node) => {
    const form = readForbidden(ctx, text, node);
    if (form) forms.push(form);
  });
  const forbidden = exactly(forms);
  const note = readText(ctx, fields.get('note'), 'note');
  const severity = readChoice(ctx, fields.get('severity'), 'severity', SEVERITIES);
  const defaults = defaultsFor(type);
  const caseSensitive = readBoolean(ctx, fields.get('caseSensitive'), 'caseSensitive') ?? defaults.caseSensitive;
  const fuzzy = readBoolean(ctx, fields.get('fuzzy'), 'fuzzy') ?? defaults.fuzzy;
  const source = readTexts(ctx, fields.get('source'), 'source');
  if (term === undefined || ctx.errors.length > errorsBefore) return undefined;
  // Built without spreading optional parts in: this runs for each entry of a large glossary.
  const entry: GlossaryEntry = { term, type, variants, forbidden, caseSensitive, fuzzy, source, category: glossary.category ?? categoryFor(type), origin: position(ctx, node) };
  if (note !== undefined) entry.note = note;
  if (severity) entry.severity = severity;
  if (glossary.name !== undefined) entry.glossaryName = glossary.name;
  return entry;
}

/**
 * The fields of a mapping by name, in `fields` (emptied first: an entry's are read into one Map
 * reused for every entry); an unknown one is an error naming the nearest valid name.
 */
function readFields(ctx: Context, map: YAMLMap.Parsed, scope: Scope, fields = new Map<string, Field>()): Map<string, Field> {
  fields.clear();
  for (const pair of map.items) {
    const key = pair.key as ParsedNode;
    const name = textOf(key) ?? '';
    const value = resolve(ctx, pair.value as Value);
    if (scope.allowed.includes(name)) {
      fields.set(name, { key, value });
      continue;
    }
    const guess = nearest(name, scope.allowed);
    const message = `unknown field '${name}'${guess ? `; did you mean '${guess}'?` : ''}`;
    const hint = scope.misplaced.includes(name) && !guess
      ? `'${name}' is a field of ${scope.belongs}`
      : `fields of ${scope.name}: ${scope.allowed.join(', ')}`;
    report(ctx, 'glossary/unknown-field', key, message, hint);
  }
  return fields;
}

function readTerm(ctx: Context, entry: YAMLMap.Parsed, field: Field | undefined): string | undefined {
  const hint = "every entry needs a 'term': the house form of the name or term";
  if (!field || isNull(field.value)) return void report(ctx, 'glossary/missing-term', field?.key ?? entry, "this entry has no 'term'", hint);
  const term = readText(ctx, field, 'term');
  if (term === '') return void report(ctx, 'glossary/missing-term', field.value, "'term' is empty", hint);
  return term;
}

/** Text of a scalar field, trimmed; a number is taken as written ("1.50", not 1.5). Absent or null: undefined. */
function readText(ctx: Context, field: Field | undefined, name: string): string | undefined {
  return field ? textOrReport(ctx, field.value, `'${name}'`, `${name}: `) : undefined;
}

function textOrReport(ctx: Context, node: Value, label: string, prefix: string): string | undefined {
  if (isNull(node)) return undefined;
  const text = textOf(node);
  if (text !== undefined) return text;
  const hint = isScalar(node) ? `put it in quotes: ${prefix}"${String(node.value)}"` : undefined;
  return void report(ctx, 'glossary/wrong-type', node, `${label} must be text, not ${describe(node)}`, hint);
}

function readBoolean(ctx: Context, field: Field | undefined, name: string): boolean | undefined {
  if (!field || isNull(field.value)) return undefined;
  const value = isScalar(field.value) ? field.value.value : undefined;
  if (typeof value === 'boolean') return value;
  const hint = `write ${name}: true or ${name}: false, without quotes`;
  return void report(ctx, 'glossary/wrong-type', field.value, `'${name}' must be true or false, not ${describe(field.value)}`, hint);
}

function readChoice<T extends string>(ctx: Context, field: Field | undefined, name: string, choices: readonly T[]): T | undefined {
  const text = readText(ctx, field, name);
  if (text === undefined || (choices as readonly string[]).includes(text)) return text as T | undefined;
  const guess = nearest(text, choices);
  const message = `unknown ${name} '${text}'${guess ? `; did you mean '${guess}'?` : ''}`;
  return void report(ctx, 'glossary/invalid-value', field!.value, message, `${name} is one of: ${choices.join(', ')}`);
}

function readList(ctx: Context, field: Field, name: string, expected: string): Value[] | undefined {
  if (isNull(field.value)) return [];
  if (isSeq(field.value)) return field.value.items as Value[];
  const text = textOf(field.value);
  const hint = text === undefined ? undefined : `write a list: ${name}: [${text}]`;
  return void report(ctx, 'glossary/wrong-type', field.value, `'${name}' must be ${expected}, not ${describe(field.value)}`, hint);
}

/**
 * Calls `use` with each non-empty text of a list and its node, for locating later errors; a
 * callback, not a list of pairs: it runs for each of a large glossary's hundreds of thousands of forms.
 */
function readTextList(ctx: Context, field: Field | undefined, name: string, use: (text: string, node: ParsedNode) => void): void {
  if (!field) return;
  const label = `an item of '${name}'`;
  for (const item of readList(ctx, field, name, 'a list of texts') ?? []) {
    const node = resolve(ctx, item);
    const text = textOrReport(ctx, node, label, '');
    if (isNull(node) || text === '') report(ctx, 'glossary/empty-value', node ?? field.key, `empty item in '${name}'`, 'remove it, or write the form');
    if (node && text) use(text, node);
  }
}

/** The non-empty texts of a list. */
function readTexts(ctx: Context, field: Field | undefined, name: string): readonly string[] {
  const texts: string[] = [];
  readTextList(ctx, field, name, (text) => texts.push(text));
  return exactly(texts);
}

/** One list for every entry without the field: a large glossary's entries mostly have no variants and no sources. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The items of a list grown by push, in a list of their number: pushing to an empty array makes
 * room for 16, and a 100,000-entry glossary kept some 18 MB of such room.
 */
const exactly = <T>(items: T[]): readonly T[] => (items.length === 0 ? NONE : items.slice());

/** A literal form, or `/pattern/flags` compiled with the `u` flag and checked for safety. */
function readForbidden(ctx: Context, text: string, node: ParsedNode): ForbiddenForm | undefined {
  // Two numbers, not a position object: a large glossary has hundreds of thousands of forms, and the file is the entry's.
  const { line, column } = ctx.lines.locate(node.range[0]);
  const written = text.startsWith('/') ? /^\/(.+)\/([a-z]*)$/is.exec(text) : null;
  if (!written) return { kind: 'literal', text, line, column };
  const [, source, flags] = written as unknown as [string, string, string];
  const fail = (code: string, message: string, hint: string): undefined => void report(ctx, code, node, message, hint);
  const badFlag = [...flags].find((flag, i) => !'imsu'.includes(flag) || flags.indexOf(flag) !== i);
  if (badFlag) return fail('glossary/bad-pattern', `flag '${badFlag}' is not allowed in pattern ${text}`, 'flags can be i, m, s and u, each once');
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags.includes('u') ? flags : `${flags}u`);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return fail('glossary/bad-pattern', `invalid pattern ${text}: ${lowerFirst(reason)}`,
      'patterns are JavaScript regular expressions with the u (Unicode) flag: escape only characters that have a meaning in a pattern');
  }
  const check = checkPattern(source, regex.flags);
  if (check.unsafe) {
    return fail('glossary/unsafe-pattern', `pattern ${text} could take exponential time: ${check.unsafe}`,
      'rewrite it without a quantifier inside a repeated group, or list the wrong forms one by one');
  }
  if (check.matchesEmpty) {
    return fail('glossary/empty-match-pattern', `pattern ${text} can match empty text`,
      'a forbidden pattern must match at least one character: use + rather than *, or make fewer parts optional');
  }
  return { kind: 'pattern', text, regex, line, column };
}

/** Follows a YAML alias (`*name`) to the node it names. */
function resolve(ctx: Context, node: Value | undefined): Value {
  if (node === undefined || node === null) return null;
  return isAlias(node) ? ((node.resolve(ctx.doc) as ParsedNode | undefined) ?? null) : node;
}

/** Nothing written, or `~` / `null`: an optional field left empty. */
const isNull = (node: Value): boolean => node === null || (isScalar(node) && node.value === null);

/** A scalar as text: strings trimmed, numbers as written; undefined for anything else. */
function textOf(node: Value): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value.trim();
  return typeof node.value === 'number' || typeof node.value === 'bigint' ? (node.source ?? String(node.value)) : undefined;
}

/** How a wrong value reads in a message: "text ('Gallant')", "a list", "true". */
function describe(node: Value): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (!isScalar(node) || node.value === null) return 'nothing';
  if (typeof node.value === 'string') return `text ('${node.value}')`;
  if (typeof node.value === 'number') return `a number (${node.source ?? node.value})`;
  return String(node.value);
}

function position(ctx: Context, node: ParsedNode): SourcePosition {
  const { line, column } = ctx.lines.locate(node.range[0]);
  return { file: ctx.file, line, column };
}

function report(ctx: Context, code: string, node: Value, message: string, hint?: string): void {
  const at = node ? ctx.lines.locate(node.range[0]) : { line: 1, column: 1 };
  ctx.errors.push({ code, file: ctx.file, ...at, message, ...(hint && { hint }) });
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
