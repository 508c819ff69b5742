import type { UserError } from '../errors/user-error.js';
import type { Finding } from '../findings/finding.js';
import { compileGlossaries } from '../glossary/compile.js';
import type { Glossary, GlossaryEntry } from '../glossary/raw.js';
import { buildDocument, type Block, type Extraction } from '../input/document.js';
import { OffsetMap } from '../input/offset-map.js';
import { checkDocument, type EnabledRule } from './run.js';

/** One form put in a sentence for the self-test. */
interface Probe {
  entry: GlossaryEntry;
  form: string;
  expect: 'flagged' | 'silent';
  start: number;
  end: number;
}

const GLOSSARY_CATEGORIES = new Set(['name', 'term', 'phrasing', 'boilerplate']);

/**
 * The glossary tests itself (prh's specs): every literal `forbidden` form, put in a sentence, must
 * be flagged with the house form as the fix; every term and variant must stay silent. All probes go
 * in one document, one paragraph each, so the whole glossary costs one check.
 */
export function selfTestGlossaries(glossaries: readonly Glossary[], rules: readonly EnabledRule[]): UserError[] {
  const { text, blocks, probes } = probeDocument(glossaries.flatMap((g) => g.entries));
  const extraction: Extraction = { text, blocks, map: OffsetMap.identity(text.length) };
  const doc = buildDocument('<self-test>', 'plain', text, () => extraction);
  const findings = checkDocument(doc, compileGlossaries(glossaries), rules).filter((f) => GLOSSARY_CATEGORIES.has(f.category));
  return probes.flatMap((probe) => problemsOf(probe, findings.filter((f) => f.start < probe.end && probe.start < f.end)));
}

function probeDocument(entries: GlossaryEntry[]): { text: string; blocks: Block[]; probes: Probe[] } {
  let text = '';
  const blocks: Block[] = [];
  const probes: Probe[] = [];
  const add = (entry: GlossaryEntry, form: string, expect: Probe['expect']): void => {
    // Residue is a line of its own; everything else is checked inside a sentence.
    const [before, after] = entry.category === 'boilerplate' ? ['', ''] : ['They said ', ' was there.'];
    const start = text.length + before.length;
    probes.push({ entry, form, expect, start, end: start + form.length });
    blocks.push({ start: text.length, end: start + form.length + after.length, kind: 'paragraph' });
    text += `${before}${form}${after}\n\n`;
  };
  for (const entry of entries) {
    // A residue entry's every form is a line to delete; other entries' terms and variants are right.
    const accepted = entry.category === 'boilerplate' ? 'flagged' : 'silent';
    for (const form of [entry.term, ...entry.variants]) add(entry, form, accepted);
    for (const form of entry.forbidden) if (form.kind === 'literal') add(entry, form.text, 'flagged');
  }
  return { text, blocks, probes };
}

function problemsOf(probe: Probe, findings: Finding[]): UserError[] {
  const at = { file: probe.entry.origin.file, line: probe.entry.origin.line, column: probe.entry.origin.column };
  if (probe.expect === 'silent') {
    return findings.map((f) => ({ code: 'glossary/self-test', level: 'error' as const, ...at, message: `the accepted form '${probe.form}' of '${probe.entry.term}' is flagged by ${f.ruleId}: ${f.message}` }));
  }
  if (findings.length === 0) return [{ code: 'glossary/self-test', ...at, message: `the ${probe.entry.category === 'boilerplate' ? 'residue line' : 'forbidden form'} '${probe.form}' of '${probe.entry.term}' is not flagged` }];
  return [];
}
