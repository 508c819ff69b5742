import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossaryFilesIn, loadGlossaryFiles } from '../../src/cli/glossary-files.js';
import { renderUserError } from '../../src/errors/render.js';
import { checkGlossarySet } from '../../src/glossary/check-set.js';
import type { Glossary, GlossaryEntry } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';

const FIXTURES = 'tests/glossary/fixtures/bad';

function load(file: string, text: string): Glossary {
  const result = parseGlossary(file, text);
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
}

function fixture(name: string): { glossary: Glossary; text: string } {
  const text = readFileSync(new URL(`./fixtures/bad/${name}`, import.meta.url), 'utf8');
  return { glossary: load(`${FIXTURES}/${name}`, text), text };
}

const messages = (glossaries: Glossary[]): string[] => {
  const { errors, warnings } = checkGlossarySet(glossaries);
  return [...errors, ...warnings].map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`);
};

describe('checkGlossarySet: conflicts', () => {
  it("reports a forbidden form that is another entry's variant, at the forbidden item", () => {
    const { glossary, text } = fixture('conflict.yaml');
    const { errors, warnings } = checkGlossarySet([glossary]);
    expect(warnings).toEqual([]);
    expect(errors.map((e) => renderUserError(e, text)).join('\n')).toBe(
      `${FIXTURES}/conflict.yaml:8:17: forbidden form 'Gallant' is also a variant of 'Yoav Gallant' at ${FIXTURES}/conflict.yaml:3:5
  8 |     forbidden: [Gallant, Galant Fox]
    |                 ^
  hint: a form cannot be both accepted and forbidden: remove it from one of the two lists`,
    );
  });

  it('compares case-insensitively when either entry is case-insensitive, else exactly', () => {
    const person = load('a.yaml', 'entries:\n  - term: Yoav Gallant\n    type: person\n');
    const term = (forbidden: string, caseSensitive = false): Glossary =>
      load('b.yaml', `entries:\n  - term: x\n    caseSensitive: ${caseSensitive}\n    forbidden: [${forbidden}]\n`);
    expect(messages([person, term('yoav gallant')])).toEqual(["b.yaml:4:17 forbidden form 'yoav gallant' is also the term 'Yoav Gallant' at a.yaml:2:5"]);
    expect(messages([person, term('yoav gallant', true)])).toEqual([]);
    expect(messages([person, term('Yoav Gallant', true)])).toHaveLength(1);
    const insensitive = load('c.yaml', 'entries:\n  - term: ceasefire\n');
    expect(messages([insensitive, term('Ceasefire', true)])).toEqual(["b.yaml:4:17 forbidden form 'Ceasefire' is also the term 'ceasefire' at c.yaml:2:5"]);
  });

  it('compares NFC-normalised, with runs of white space as one', () => {
    const composed = load('a.yaml', 'entries:\n  - term: Gómez\n    type: person\n');
    const decomposed = load('b.yaml', 'entries:\n  - term: x\n    type: person\n    forbidden: ["Go\u0301mez", "Yoav   Gallant"]\n  - term: Yoav Gallant\n    type: person\n');
    expect(messages([composed, decomposed])).toEqual([
      "b.yaml:4:17 forbidden form 'Go\u0301mez' is also the term 'Gómez' at a.yaml:2:5",
      "b.yaml:4:27 forbidden form 'Yoav   Gallant' is also the term 'Yoav Gallant' at b.yaml:5:5",
    ]);
  });

  it('compares a form with white space at an end, which only a glossary built in code can have, trimmed', () => {
    const built = load('a.yaml', 'entries:\n  - term: x\n    forbidden: ["gaza strip", "Rafah"]\n  - term: y\n');
    const [forbidding, other] = built.entries as [GlossaryEntry, GlossaryEntry];
    const glossary: Glossary = { ...built, entries: [forbidding, { ...other, term: 'Gaza Strip ', variants: ['\tRafah'] }] };
    expect(messages([glossary])).toEqual([
      "a.yaml:3:17 forbidden form 'gaza strip' is also the term 'Gaza Strip ' at a.yaml:4:5",
      "a.yaml:3:31 forbidden form 'Rafah' is also a variant of 'Gaza Strip ' at a.yaml:4:5",
    ]);
  });

  it("reports an entry that forbids its own form, and ignores patterns", () => {
    const glossary = load('a.yaml', 'entries:\n  - term: e-mail\n    variants: [email]\n    forbidden: [E-Mail, "/e-?mail/i"]\n');
    expect(messages([glossary])).toEqual(["a.yaml:4:17 forbidden form 'E-Mail' is also this entry's own term"]);
    const sensitive = load('a.yaml', 'entries:\n  - term: Gallant\n    type: person\n    forbidden: [gallant, GALLANT]\n');
    expect(messages([sensitive])).toEqual([]);
  });
});

describe('checkGlossarySet: duplicates', () => {
  it('warns at the later entry of the same type, naming the earlier', () => {
    const { glossary, text } = fixture('duplicate.yaml');
    const { errors, warnings } = checkGlossarySet([glossary]);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => renderUserError(w, text)).join('\n')).toBe(
      `${FIXTURES}/duplicate.yaml:7:5: warning: duplicate entry 'Yoav Gallant' (also at ${FIXTURES}/duplicate.yaml:3:5)
  7 |   - term: Yoav Gallant
    |     ^
  hint: both entries are used; merge their variants and forbidden forms into one`,
    );
  });

  it('looks across files, ignores entries of other types and folds case only for case-insensitive entries', () => {
    const a = load('glossaries/a.yaml', 'entries:\n  - term: Jordan\n    type: place\n  - term: ceasefire\n');
    const b = load('glossaries/b.yaml', 'entries:\n  - term: Jordan\n    type: person\n  - term: Jordan\n    type: place\n  - term: Ceasefire\n  - term: JORDAN\n    type: place\n');
    expect(messages([a, b])).toEqual([
      "glossaries/b.yaml:4:5 duplicate entry 'Jordan' (also at glossaries/a.yaml:2:5)",
      "glossaries/b.yaml:6:5 duplicate entry 'Ceasefire' (also at glossaries/a.yaml:4:5)",
    ]);
  });

  it('handles a 10,000-entry glossary with Maps, finding the one conflict and the one duplicate', () => {
    const lines = ['entries:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - term: Person ${i}`, '    type: person', `    variants: [P${i}]`, `    forbidden: [Persn ${i}]`);
    lines.push('  - term: Person 5', '    type: person', '    forbidden: [P7]');
    expect(messages([load('big.yaml', lines.join('\n'))])).toEqual([
      "big.yaml:40004:17 forbidden form 'P7' is also a variant of 'Person 7' at big.yaml:30:5",
      "big.yaml:40002:5 duplicate entry 'Person 5' (also at big.yaml:22:5)",
    ]);
  });
});

describe('loadGlossaryFiles', () => {
  const here = relative(process.cwd(), fileURLToPath(new URL('./fixtures/bad', import.meta.url)));

  it('collects the errors of every file in a folder, with paths as the user gave them', () => {
    const result = loadGlossaryFiles([here]);
    expect(result.ok).toBe(false);
    const files = result.ok ? [] : [...new Set(result.errors.map((e) => e.file))];
    expect(files).toEqual(['bad-indent.yaml', 'missing-term.yaml', 'syntax.json', 'unknown-field.yaml', 'unsafe-pattern.yaml', 'wrong-types.yaml', 'conflict.yaml'].map((f) => join(here, f)));
  });

  it('expands folders recursively in sorted order, skips other files, and reads a file named twice once', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-glossaries-'));
    mkdirSync(join(root, 'b', '.hidden'), { recursive: true });
    const entry = (term: string): string => `entries:\n  - term: ${term}\n`;
    writeFileSync(join(root, 'z.yml'), entry('z'));
    writeFileSync(join(root, 'b', 'a.json'), '{"entries": [{"term": "a"}]}');
    writeFileSync(join(root, 'b', 'notes.txt'), 'not a glossary');
    writeFileSync(join(root, 'b', '.hidden', 'h.yaml'), entry('h'));
    writeFileSync(join(root, 'a.yaml'), entry('a2'));
    const files = glossaryFilesIn([root, join(root, 'a.yaml')]);
    expect(files).toEqual({ ok: true, value: [join(root, 'a.yaml'), join(root, 'b', 'a.json'), join(root, 'z.yml')], warnings: [] });
    const loaded = loadGlossaryFiles([root]);
    expect(loaded.ok && loaded.value.map((g) => g.entries[0]!.term)).toEqual(['a2', 'a', 'z']);
  });

  it('reports missing paths, other file types, invalid UTF-8 and an empty folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-glossaries-'));
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'latin1.yaml'), Buffer.from([0x65, 0x6e, 0x74, 0x72, 0x69, 0x65, 0x73, 0x3a, 0x20, 0xe9]));
    writeFileSync(join(root, 'terms.csv'), 'term\nx\n');
    const result = loadGlossaryFiles([join(root, 'missing'), join(root, 'terms.csv'), join(root, 'latin1.yaml'), join(root, 'empty')]);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.file])).toEqual([
      ['glossary/not-found', join(root, 'missing')],
      ['glossary/unsupported-format', join(root, 'terms.csv')],
      ['glossary/encoding', join(root, 'latin1.yaml')],
    ]);
    expect(glossaryFilesIn([join(root, 'empty')])).toMatchObject({ ok: true, value: [], warnings: [{ code: 'glossary/empty-folder', level: 'warning' }] });
  });

  it('warns about duplicates across files and succeeds', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-glossaries-'));
    writeFileSync(join(root, 'a.yaml'), 'entries:\n  - term: Yoav Gallant\n    type: person\n');
    writeFileSync(join(root, 'b.yaml'), 'entries:\n  - term: Kyiv\n    type: place\n  - term: Yoav Gallant\n    type: person\n');
    const result = loadGlossaryFiles([root]);
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([`duplicate entry 'Yoav Gallant' (also at ${join(root, 'a.yaml')}:2:5)`]);
  });

  it('leaves the set check out when asked (a worker loads what the main thread checked) but still validates each file', () => {
    const root = mkdtempSync(join(tmpdir(), 'tqc-glossaries-'));
    writeFileSync(join(root, 'a.yaml'), 'entries:\n  - term: Yoav Gallant\n    type: person\n    variants: [Gallant]\n');
    writeFileSync(join(root, 'b.yaml'), 'entries:\n  - term: Yoav Gallant\n    type: person\n    forbidden: [Gallant]\n');
    expect(loadGlossaryFiles([root]).ok).toBe(false);
    const unchecked = loadGlossaryFiles([root], { checkSet: false });
    expect(unchecked.ok && unchecked.value.map((g) => g.entries.length)).toEqual([1, 1]);
    expect(unchecked.ok && unchecked.warnings).toEqual([]);
    writeFileSync(join(root, 'c.yaml'), 'entries:\n  - trem: x\n');
    expect(loadGlossaryFiles([root], { checkSet: false }).ok).toBe(false);
  });
});

describe('checkGlossarySet against its definition, pair by pair', () => {
  // The forms differ in case, spacing and composition only, so that they collide often.
  const form = fc.constantFrom('ab', 'Ab', 'AB', 'a b', 'A  b', 'é', 'e\u0301', 'É', 'c');
  const entry = fc.record({
    term: form,
    type: fc.constantFrom('person', 'term'),
    caseSensitive: fc.boolean(),
    variants: fc.uniqueArray(form, { maxLength: 2 }),
    forbidden: fc.uniqueArray(form, { maxLength: 3 }),
  });

  it('finds the conflicts and duplicates that comparing every pair of forms finds', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (written) => {
        const yaml = written.map((e) => `  - term: "${e.term}"\n    type: ${e.type}\n    caseSensitive: ${e.caseSensitive}\n    variants: [${e.variants.map((v) => `"${v}"`).join(', ')}]\n    forbidden: [${e.forbidden.map((v) => `"${v}"`).join(', ')}]\n`).join('');
        const glossary = load('g.yaml', `entries:\n${yaml}`);
        const { errors, warnings } = checkGlossarySet([glossary]);
        const expected = pairwise(glossary.entries);
        expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(expected.conflicts);
        expect(warnings.map((w) => `${w.line}:${w.column} ${w.message}`)).toEqual(expected.duplicates);
      }),
      { numRuns: 300 },
    );
  });
});

/** The checks as the format defines them, every form against every other. */
function pairwise(entries: readonly GlossaryEntry[]): { conflicts: string[]; duplicates: string[] } {
  const exact = (text: string): string => text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const folded = (text: string): string => exact(text).toLowerCase();
  const accepted = entries.flatMap((entry) => [{ entry, role: 'term', text: entry.term }, ...entry.variants.map((text) => ({ entry, role: 'variant', text }))]);
  const at = (e: GlossaryEntry): string => `g.yaml:${e.origin.line}:${e.origin.column}`;
  const conflicts: string[] = [];
  for (const entry of entries) {
    for (const form of entry.forbidden) {
      if (form.kind !== 'literal') continue;
      // An exact match first; else one that differs in case, where the accepting entry ignores case (or this one does).
      const same = accepted.filter((a) => exact(a.text) === exact(form.text));
      const alike = accepted.filter((a) => folded(a.text) === folded(form.text) && (!entry.caseSensitive || !a.entry.caseSensitive));
      const pool = entry.caseSensitive && same.length > 0 ? same : alike;
      const found = pool.find((a) => a.entry !== entry) ?? pool[0];
      if (!found) continue;
      const whose = found.entry === entry ? `this entry's own ${found.role}` : `${found.role === 'term' ? `the term '${found.entry.term}'` : `a variant of '${found.entry.term}'`} at ${at(found.entry)}`;
      conflicts.push(`${form.line!}:${form.column!} forbidden form '${form.text}' is also ${whose}`);
    }
  }
  const duplicates = entries.flatMap((entry, i) => {
    const before = entries.slice(0, i).filter((e) => e.type === entry.type);
    const earlier = before.find((e) => exact(e.term) === exact(entry.term)) ??
      (entry.caseSensitive ? undefined : before.find((e) => !e.caseSensitive && folded(e.term) === folded(entry.term)));
    return earlier ? [`${entry.origin.line}:${entry.origin.column} duplicate entry '${entry.term}' (also at ${at(earlier)})`] : [];
  });
  return { conflicts, duplicates };
}
