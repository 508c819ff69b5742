import type { UserError } from '../errors/user-error.js';
import type { Finding } from '../findings/finding.js';
import { compileGlossaries } from '../glossary/compile.js';
import type { Glossary, GlossaryEntry } from '../glossary/raw.js';
import { buildDocument, type Extraction } from '../input/document.js';
import { OffsetMap } from '../input/offset-map.js';
import { checkDocument, type EnabledRule } from './run.js';

/** One form put in a sentence for the self-test: the sentence, and where the form is in it. */
interface Probe {
  entry: GlossaryEntry;
  form: string;
  expect: 'flagged' | 'silent';
  text: string;
  start: number;
  end: number;
}

const GLOSSARY_CATEGORIES = new Set(['name', 'term', 'phrasing', 'boilerplate']);

/**
 * The glossary tests itself (prh's specs): every literal `forbidden` form, put in a sentence, must
 * be flagged with the house form as the fix; every term and variant must stay silent. Each probe
 * is a document of its own, so rules that compare one part of an article with another (a term
 * spelt two ways) judge each form alone, as in an article that uses only that form.
 */
export function selfTestGlossaries(glossaries: readonly Glossary[], rules: readonly EnabledRule[]): UserError[] {
  const glossary = compileGlossaries(glossaries);
  return probesOf(glossaries.flatMap((g) => g.entries)).flatMap((probe) => {
    const extraction: Extraction = { text: probe.text, blocks: [{ start: 0, end: probe.text.length, kind: 'paragraph' }], map: OffsetMap.identity(probe.text.length) };
    const doc = buildDocument('<self-test>', 'plain', probe.text, () => extraction);
    const findings = checkDocument(doc, glossary, rules).filter((f) => GLOSSARY_CATEGORIES.has(f.category) && f.start < probe.end && probe.start < f.end);
    return problemsOf(probe, findings);
  });
}

function probesOf(entries: GlossaryEntry[]): Probe[] {
  const probes: Probe[] = [];
  const add = (entry: GlossaryEntry, form: string, expect: Probe['expect']): void => {
    // Residue is a line of its own; everything else is checked inside a sentence.
    const [before, after] = entry.category === 'boilerplate' ? ['', ''] : ['They said ', ' was there.'];
    probes.push({ entry, form, expect, text: `${before}${form}${after}`, start: before.length, end: before.length + form.length });
  };
  for (const entry of entries) {
    // A residue entry's every form is a line to delete; other entries' terms and variants are right.
    const accepted = entry.category === 'boilerplate' ? 'flagged' : 'silent';
    for (const form of [entry.term, ...entry.variants]) add(entry, form, accepted);
    for (const form of entry.forbidden) if (form.kind === 'literal') add(entry, form.text, 'flagged');
  }
  return probes;
}

function problemsOf(probe: Probe, findings: Finding[]): UserError[] {
  const at = { file: probe.entry.origin.file, line: probe.entry.origin.line, column: probe.entry.origin.column };
  if (probe.expect === 'silent') {
    return findings.map((f) => ({ code: 'glossary/self-test', level: 'error' as const, ...at, message: `the accepted form '${probe.form}' of '${probe.entry.term}' is flagged by ${f.ruleId}: ${f.message}` }));
  }
  if (findings.length === 0) return [{ code: 'glossary/self-test', ...at, message: `the ${probe.entry.category === 'boilerplate' ? 'residue line' : 'forbidden form'} '${probe.form}' of '${probe.entry.term}' is not flagged` }];
  return [];
}
