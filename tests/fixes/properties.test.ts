import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { diffArticle } from '../../src/cli/fix-files.js';
import { fixText, type FixResult } from '../../src/engine/fix-loop.js';
import { checkDocument, type EnabledRule } from '../../src/engine/run.js';
import type { Category, Finding } from '../../src/findings/finding.js';
import { compileGlossaries, type CompiledGlossary } from '../../src/glossary/compile.js';
import type { RawEntry } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';
import { readDocument } from '../../src/input/read.js';
import { defineRule, type Rule } from '../../src/rules/rule.js';
import forbidden from '../../src/rules/terms/forbidden.js';
import { capitalizeFirst } from '../../src/text/case-shape.js';
import { foldWord, wordsOf } from '../../src/text/words.js';

// Random articles built from news filler and glossary forms, against random glossaries, fixed by
// the engine's fix loop with terms/forbidden (the registry is not used, so rules being added
// elsewhere cannot change these results). terms/forbidden alone never gives overlapping fixes (the
// glossary matches leftmost-longest), so half the runs add two test rules whose safe fixes do
// overlap its own: that is what makes the loop skip edits and take more than one pass.

/** Words in capitals, lowered: its fixes overlap a forbidden form written in capitals. */
const shouting = testRule('test/shouting', 'capitalization', (doc, report) => {
  for (const t of doc.tokens) {
    if (t.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.text)) report(t.start, t.end, t.text.toLowerCase());
  }
});

/** A parenthesis deleted with the space before it: its fixes enclose the forms inside it. */
const aside = testRule('test/aside', 'other', (doc, report) => {
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    for (const m of text.matchAll(/\([^()]*\)/g)) {
      const start = block.start + m.index;
      report(start, start + m[0].length, '', doc.text.charAt(start - 1) === ' ' ? start - 1 : start);
    }
  }
});

function testRule(id: string, category: Category, find: (doc: ReturnType<typeof readDocument>, report: (start: number, end: number, replacement: string, from?: number) => void) => void): Rule {
  return defineRule({
    meta: { id, category, severity: 'warning', summary: id, rationale: id, fix: 'safe', examples: { valid: [], invalid: [] } },
    check(doc, ctx) {
      find(doc, (start, end, replacement, from = start) => ctx.report({ start, end, message: id, suggestions: [{ replacement, start: from, end }] }));
    },
  });
}

const enabled = (rule: Rule): EnabledRule => ({ rule, severity: rule.meta.severity, options: {} });
const ALONE: EnabledRule[] = [enabled(forbidden)];
const WITH_OVERLAPS: EnabledRule[] = [enabled(forbidden), enabled(shouting), enabled(aside)];
const PATH = 'article.txt';

/** Hand-written entries with the cases that matter: overlapping forms ("Yove Gallant" / "Galant"),
 *  a right given name before a wrong surname, three-word names, non-ASCII, hyphens, and terms
 *  that ignore case. Their words never occur in the filler. */
const POOL: RawEntry[] = [
  { term: 'Yoav Gallant', type: 'person', forbidden: ['Galant', 'Yove Gallant', 'Yoav Galant'] },
  { term: 'Volodymyr Zelensky', type: 'person', forbidden: ['Zelenskiy', 'Zelenskyy', 'Volodimir Zelensky'] },
  { term: 'Recep Tayyip Erdoğan', type: 'person', forbidden: ['Erdogan', 'Recep Tayyip Erdogan'] },
  { term: 'Kyiv', type: 'place', forbidden: ['Kiev'] },
  { term: 'ceasefire', type: 'term', forbidden: ['cease-fire', 'cease fire'] },
  { term: 'airstrike', type: 'term', forbidden: ['air strike', 'air-strike'] },
  { term: 'percent', type: 'term', forbidden: ['per cent'] },
];

const FILLER = ['the', 'minister', 'said', 'talks', 'in', 'on', 'Tuesday', 'officials', 'a', 'new', 'plan', 'after', 'with', 'aides', 'of', 'and', 'city', '2024', '—', '(', ')', ','];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vo', 'zu', 'ne', 'bi', 'do'];

/** A generated person: given name and surname from syllables; wrong forms double a letter of the
 *  surname or misspell the given name in front of the right surname. */
const generatedPerson = fc
  .tuple(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 2 }), fc.array(fc.constantFrom(...SYLLABLES), { minLength: 3, maxLength: 3 }), fc.nat(5))
  .map(([given, surname, at]): RawEntry => {
    const g = capitalizeFirst(given.join(''));
    const s = capitalizeFirst(surname.join(''));
    const i = 1 + (at % (s.length - 1));
    return { term: `${g} ${s}`, type: 'person', forbidden: [`${s.slice(0, i)}${s.charAt(i)}${s.slice(i)}`, `${g}h ${s}`] };
  });

/** A glossary: some pool entries with some of their wrong forms, plus generated people, shuffled. */
const glossaryEntries = fc
  .tuple(
    fc.subarray(POOL, { minLength: 1 }).chain((entries) =>
      fc.tuple(...entries.map((e) => fc.subarray(e.forbidden!, { minLength: 1 }).map((f): RawEntry => ({ ...e, forbidden: f })))),
    ),
    fc.uniqueArray(generatedPerson, { maxLength: 2, selector: (e) => wordsOf(e.term).map(foldWord).join(' ') }),
  )
  .filter(([, people]) => isUnambiguous(people))
  .chain(([pool, people]) => fc.shuffledSubarray([...pool, ...people], { minLength: pool.length + people.length }));

/** Generated people share no word (a shared surname would make their fixes ambiguous by design). */
function isUnambiguous(people: RawEntry[]): boolean {
  const words = people.flatMap((p) => [...wordsOf(p.term), ...p.forbidden!.flatMap(wordsOf)].map(foldWord));
  const perPerson = people.map((p) => new Set([...wordsOf(p.term), ...p.forbidden!.flatMap(wordsOf)].map(foldWord)));
  return perPerson.reduce((n, set) => n + set.size, 0) === new Set(words).size;
}

/** The forms an article can contain: every form of every pool entry (chosen or not) and of the
 *  glossary's generated people, terms in any case, names with possessives. */
function formsFor(entries: RawEntry[]): fc.Arbitrary<string> {
  const all = [...POOL, ...entries.filter((e) => !POOL.some((p) => p.term === e.term))];
  const names = all.filter((e) => e.type !== 'term').flatMap((e) => [e.term, wordsOf(e.term).at(-1)!, ...e.forbidden!]);
  const terms = all.filter((e) => e.type === 'term').flatMap((e) => [e.term, ...e.forbidden!]);
  return fc.oneof(
    fc.constantFrom(...names),
    // A hard-wrapped form: one line break where the glossary has a space.
    fc.constantFrom(...[...names, ...terms].filter((f) => f.includes(' '))).map((f) => f.replace(' ', '\n')),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom("'s", '’s')).map(([n, s]) => n + s),
    fc.tuple(fc.constantFrom(...terms), fc.constantFrom('lower', 'capital', 'upper', 'plural')).map(([t, c]) =>
      c === 'capital' ? capitalizeFirst(t) : c === 'upper' ? t.toUpperCase() : c === 'plural' ? `${t}s` : t,
    ),
  );
}

interface Article {
  text: string;
  hadBom: boolean;
  eol: 'lf' | 'crlf' | 'mixed';
}

/** Sentences start with a capital and end with punctuation; a sentence may be hard-wrapped (one
 *  line break between words); paragraphs are separated by a blank line. */
function articleFor(entries: RawEntry[]): fc.Arbitrary<Article> {
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FILLER) },
    { weight: 4, arbitrary: formsFor(entries) },
    { weight: 1, arbitrary: formsFor(entries).map((f) => `(${f})`) },
  );
  const gap = fc.constantFrom(' ', ' ', ' ', ' ', ' ', '\n');
  const sentence = fc
    .tuple(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 7 }), fc.constantFrom('.', '?', '!', ':'))
    .map(([words, end]) => capitalizeFirst(words.map(([w, g], i) => (i === 0 ? w : g + w)).join('')) + end);
  const paragraph = fc.array(fc.tuple(sentence, gap), { minLength: 1, maxLength: 4 }).map((s) => s.map(([t, g], i) => (i === 0 ? t : g + t)).join(''));
  return fc
    .record({
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
      eol: fc.constantFrom('lf' as const, 'crlf' as const, 'mixed' as const),
      crlfPicks: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      finalNewline: fc.boolean(),
      hadBom: fc.boolean(),
    })
    .map(({ paragraphs, eol, crlfPicks, finalNewline, hadBom }) => {
      let k = 0;
      const lf = paragraphs.join('\n\n') + (finalNewline ? '\n' : '');
      const text = lf.replace(/\n/g, () => (eol === 'crlf' || (eol === 'mixed' && crlfPicks[k++ % crlfPicks.length]) ? '\r\n' : '\n'));
      return { text, hadBom, eol };
    });
}

type Accept = 'all' | Category;

const scenario = glossaryEntries.chain((entries) =>
  fc.record({
    entries: fc.constant(entries),
    article: articleFor(entries),
    accept: fc.constantFrom<Accept>('all', 'all', 'name', 'term'),
    overlaps: fc.boolean(),
  }),
);

type Scenario = { entries: RawEntry[]; article: Article; accept: Accept; overlaps: boolean };
const rulesOf = (c: Scenario): EnabledRule[] => (c.overlaps ? WITH_OVERLAPS : ALONE);

function compiled(entries: RawEntry[]): CompiledGlossary {
  const loaded = parseGlossary('random.json', JSON.stringify({ entries }));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return compileGlossaries([loaded.value]);
}

const acceptOf = (accept: Accept) => (f: Finding) => accept === 'all' || f.category === accept;

function fix(c: Scenario, text: string, glossary: CompiledGlossary): FixResult {
  return fixText(PATH, text, glossary, rulesOf(c), { accept: acceptOf(c.accept) });
}

const check = (c: Scenario, text: string, glossary: CompiledGlossary): Finding[] => checkDocument(readDocument(PATH, text), glossary, rulesOf(c));

/** The edits of one pass rebuilt by hand: the text outside the edits, copied, between the replacements. */
function rebuild(text: string, edits: FixResult['passes'][number]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

const describeCase = (c: Scenario): string =>
  JSON.stringify({ glossary: c.entries.map((e) => [e.term, e.forbidden]), text: c.article.text, accept: c.accept, overlaps: c.overlaps });

describe('fixes on random articles and glossaries (terms/forbidden)', () => {
  it('change only the bytes inside the applied fixes, pass by pass', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const { text } = c.article;
        const result = fix(c, text, compiled(c.entries));
        let current = text;
        for (const edits of result.passes) {
          expect(edits.length).toBeGreaterThan(0);
          let cursor = 0;
          for (const edit of edits) {
            // Sorted, disjoint, in bounds, and each one the fix of an accepted finding, covering its span.
            expect(edit.start).toBeGreaterThanOrEqual(cursor);
            expect(edit.end).toBeLessThanOrEqual(current.length);
            expect(current.slice(edit.finding.start, edit.finding.end)).toBe(edit.finding.text);
            expect(edit.start).toBeLessThanOrEqual(edit.finding.start);
            expect(edit.end).toBeGreaterThanOrEqual(edit.finding.end);
            expect(acceptOf(c.accept)(edit.finding)).toBe(true);
            cursor = edit.end;
            if (edit.finding.ruleId !== 'terms/forbidden') continue;
            expect([edit.start, edit.end]).toEqual([edit.finding.start, edit.finding.end]);
            // The replacement is the house form, or the part of it the text around lacks.
            const found = foldWord(edit.finding.text.replace(/\s+/g, ' '));
            const entry = c.entries.find((e) => e.forbidden!.some((f) => foldWord(f) === found));
            expect(entry, `no entry forbids “${edit.finding.text}”`).toBeDefined();
            expect(foldWord(entry!.term)).toContain(foldWord(edit.replacement));
            // …and never repeats a word of it that the text already has next to it ("Yoav\nGalant"
            // → "Yoav\nGallant", not "Yoav\nYoav Gallant"), across a line break too.
            const words = wordsOf(edit.replacement).map(foldWord);
            const previous = /(\p{L}+)\s+$/u.exec(current.slice(0, edit.start))?.[1];
            const next = /^\s+(\p{L}+)/u.exec(current.slice(edit.end))?.[1];
            if (words.length > 1) expect(previous && foldWord(previous)).not.toBe(words[0]);
            if (words.length > 1) expect(next && foldWord(next)).not.toBe(words.at(-1));
          }
          const next = rebuild(current, edits);
          expect(next).not.toBe(current);
          current = next;
        }
        expect(current).toBe(result.output);
        if (result.passes.length === 0) expect(result.output).toBe(text);
        // Replacements hold no line break, so a CRLF file stays CRLF-only.
        if (c.article.eol === 'crlf') expect(result.output).not.toMatch(/(?<!\r)\n/);
      }),
      { numRuns: 120 },
    );
  });

  it('are idempotent, and a new check reports none of the fixed findings', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const glossary = compiled(c.entries);
        const first = fix(c, c.article.text, glossary);
        const second = fix(c, first.output, glossary);
        expect(second.output, describeCase(c)).toBe(first.output);
        expect(second.passes).toEqual([]);

        const after = check(c, first.output, glossary);
        const accepted = after.filter(acceptOf(c.accept));
        expect(accepted.map((f) => f.text), describeCase(c)).toEqual([]);
        const key = (f: Finding): string => `${f.ruleId} ${f.category} ${f.text}`;
        const fixedKeys = new Set(first.fixed.map(key));
        expect(after.filter((f) => fixedKeys.has(key(f))).map(key)).toEqual([]);
        // What was not selected is left as it was (--fix-category narrows; nothing else moves). Only
        // without the test rules: a name fixed inside a parenthesis changes the aside's text.
        if (c.overlaps) return;
        const before = check(c, c.article.text, glossary).filter((f) => !acceptOf(c.accept)(f));
        expect(after.map(key).sort()).toEqual(before.map(key).sort());
      }),
      { numRuns: 120 },
    );
  });

  it('sentence starts keep their capital, and possessives their ending', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const result = fix({ ...c, overlaps: false }, c.article.text, compiled(c.entries));
        for (const edits of result.passes) {
          for (const { finding, replacement } of edits) {
            const first = finding.text.match(/\p{L}/u)![0];
            const shown = replacement.match(/\p{L}/u)![0];
            if (first === first.toUpperCase()) expect(shown, `${finding.text} → ${replacement}`).toBe(shown.toUpperCase());
          }
        }
        // Each possessive of a fixed name survives: as many ’s and 's after as before.
        const count = (t: string, s: string): number => t.split(s).length - 1;
        expect(count(result.output, "'s")).toBe(count(c.article.text, "'s"));
        expect(count(result.output, '’s')).toBe(count(c.article.text, '’s'));
      }),
      { numRuns: 80 },
    );
  });
});

describe('the unified diff of the fixes, applied by patch -p0', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('gives exactly the fixed file, BOM and line endings included', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('article.txt', 'news/2024 notes.txt', 'café.txt'), (c, name) => {
        const glossary = compiled(c.entries);
        const bom = c.article.hadBom ? '\uFEFF' : '';
        const fixed = bom + fix(c, c.article.text, glossary).output;
        const patch = diffArticle({ path: name, text: c.article.text, hadBom: c.article.hadBom }, glossary, rulesOf(c), {
          unsafe: false,
          categories: c.accept === 'all' ? [] : [c.accept],
        });
        if (fixed === bom + c.article.text) {
          expect(patch).toBe('');
          return;
        }
        const dir = mkdtempSync(join(tmpdir(), 'tqc-patch-'));
        dirs.push(dir);
        mkdirSync(join(dir, 'news'));
        writeFileSync(join(dir, name), bom + c.article.text);
        writeFileSync(join(dir, 'fixes.patch'), patch);
        const run = spawnSync('patch', ['-p0', '--batch', '--no-backup-if-mismatch', '-i', 'fixes.patch'], { cwd: dir, encoding: 'utf8' });
        expect(run.status, `${run.stdout}${run.stderr}\n${patch}`).toBe(0);
        expect(readFileSync(join(dir, name))).toEqual(Buffer.from(fixed, 'utf8'));
      }),
      { numRuns: 15 },
    );
  });
});
