import type { Category, Severity } from '../findings/finding.js';
import type { Requirement } from './pattern-literals.js';

/** Entry types of the glossary format (`../shared/spec/glossary.md`). */
export const ENTRY_TYPES = ['person', 'organization', 'place', 'title', 'term', 'phrase'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** One entry exactly as written in a glossary file. */
export interface RawEntry {
  term: string;
  type?: EntryType;
  variants?: string[];
  forbidden?: string[];
  note?: string;
  severity?: Severity;
  caseSensitive?: boolean;
  fuzzy?: boolean;
  source?: string[];
}

/** A glossary file exactly as written. `category` is tqc's extension for rule packs: the report
 *  category of every entry's findings (`boilerplate` entries are whole lines of page residue). */
export interface RawGlossary {
  name?: string;
  language?: string;
  category?: Category;
  entries: RawEntry[];
}

export const GLOSSARY_FIELDS = ['name', 'language', 'category', 'entries'] as const;
export const ENTRY_FIELDS = ['term', 'type', 'variants', 'forbidden', 'note', 'severity', 'caseSensitive', 'fuzzy', 'source'] as const;

/** Where something was written: 1-based line and column in a glossary file. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** A `forbidden` form: a literal, or `/pattern/flags` compiled once at load. `line` and `column`
 *  are where the item is written in its entry's file (set by the loader; conflicts are reported
 *  there): two numbers, not a position object each, for the hundreds of thousands of forms of a
 *  large glossary. A pattern's `requirements` (pattern-literals.ts) come with it when the loader
 *  knows them already, as the build's cache of the shipped glossaries does; else they are worked
 *  out when it is compiled. */
export type ForbiddenForm =
  | { kind: 'literal'; text: string; line?: number; column?: number }
  | { kind: 'pattern'; text: string; regex: RegExp; line?: number; column?: number; requirements?: Requirement[] };

/** A validated entry with its defaults filled in and where it came from. */
export interface GlossaryEntry {
  term: string;
  type: EntryType;
  variants: readonly string[];
  forbidden: readonly ForbiddenForm[];
  note?: string;
  severity?: Severity;
  caseSensitive: boolean;
  fuzzy: boolean;
  source: readonly string[];
  /** The report category of findings about this entry (from the file's `category` or the type). */
  category: Category;
  origin: SourcePosition;
  glossaryName?: string;
}

/** A validated glossary file. */
export interface Glossary {
  file: string;
  name?: string;
  language: string;
  category?: Category;
  entries: GlossaryEntry[];
}

export const isNameType = (type: EntryType): boolean => type === 'person' || type === 'organization' || type === 'place';

/** The defaults the spec gives by type. */
export function defaultsFor(type: EntryType): { caseSensitive: boolean; fuzzy: boolean } {
  return { caseSensitive: type !== 'term' && type !== 'phrase', fuzzy: isNameType(type) };
}

export function categoryFor(type: EntryType): Category {
  if (isNameType(type)) return 'name';
  return type === 'phrase' ? 'phrasing' : 'term';
}
