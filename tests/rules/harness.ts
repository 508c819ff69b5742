import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { compileGlossaries, type CompiledGlossary } from '../../src/glossary/compile.js';
import type { Glossary, RawEntry } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';
import { checkDocument, type CheckOptions } from '../../src/engine/run.js';
import { fixText } from '../../src/engine/fix-loop.js';
import { readDocument } from '../../src/input/read.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ExampleText, InvalidExample, Rule } from '../../src/rules/rule.js';
import { PACKS_DIR } from '../../src/cli/setup.js';

/** A text with its `[[marked]]` spans taken out: the plain text and where the marks were. */
export function parseMarks(marked: string): { text: string; spans: Array<{ start: number; end: number }> } {
  const spans: Array<{ start: number; end: number }> = [];
  let text = '';
  let rest = marked;
  for (let open = rest.indexOf('[['); open >= 0; open = rest.indexOf('[[')) {
    const close = rest.indexOf(']]', open);
    if (close < 0) throw new Error(`unclosed [[ in example: ${marked}`);
    text += rest.slice(0, open);
    const inner = rest.slice(open + 2, close);
    spans.push({ start: text.length, end: text.length + inner.length });
    text += inner;
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

let packs: Glossary[] | undefined;

/** The built-in packs, loaded once for the examples that ask for them. */
function builtInPacks(): Glossary[] {
  packs ??= walkYaml(PACKS_DIR).map((file) => loadedOrThrow(parseGlossary(file, readFileSync(file, 'utf8'))));
  return packs;
}

function walkYaml(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walkYaml(join(folder, e.name)) : /\.ya?ml$/.test(e.name) ? [join(folder, e.name)] : []));
}

function loadedOrThrow(result: ReturnType<typeof parseGlossary>): Glossary {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  return result.value;
}

/** The compiled glossary an example asks for: its own entries, plus the packs if it says so. */
export function exampleGlossary(example: ExampleText): CompiledGlossary {
  const own = example.glossary ? [glossaryOf(example.glossary)] : [];
  return compileGlossaries([...(example.packs ? builtInPacks() : []), ...own]);
}

export function glossaryOf(entries: RawEntry[], file = 'example.json'): Glossary {
  return loadedOrThrow(parseGlossary(file, JSON.stringify({ entries })));
}

/** Runs one rule alone on a text. */
export function runRule(rule: Rule, text: string, glossary: CompiledGlossary, source?: string): Finding[] {
  return checkDocument(readDocument('example.txt', text), glossary, [{ rule, severity: rule.meta.severity, options: {} }], checkOptions(source));
}

/** A bilingual example's source text, read as the article it translates. */
const checkOptions = (source: string | undefined): CheckOptions => (source === undefined ? {} : { source: readDocument('source.txt', source) });

const normalize = (e: string | ExampleText): ExampleText => (typeof e === 'string' ? { text: e } : e);

export function expectValid(rule: Rule, example: string | ExampleText): void {
  const ex = normalize(example);
  const findings = runRule(rule, ex.text, exampleGlossary(ex), ex.source);
  expect(findings.map((f) => `${f.text} (${f.message})`), `valid example flagged: ${ex.text}`).toEqual([]);
}

/** Exactly the marked spans, the expected first suggestions, and the safe fixes giving `output` that re-checks clean. */
export function expectInvalid(rule: Rule, example: InvalidExample): void {
  const { text, spans } = parseMarks(example.text);
  const glossary = exampleGlossary(example);
  const findings = runRule(rule, text, glossary, example.source);
  expect(findings.map((f) => [f.start, f.end, f.text]), `spans of: ${example.text}`).toEqual(spans.map((s) => [s.start, s.end, text.slice(s.start, s.end)]));
  if (example.suggestions) {
    expect(findings.map((f) => f.suggestions[0]?.replacement ?? null), `suggestions of: ${example.text}`).toEqual(example.suggestions);
  }
  if (rule.meta.fix === 'safe' && example.output === undefined) throw new Error(`example of safe-fix rule ${rule.meta.id} needs an output: ${example.text}`);
  if (example.output !== undefined) {
    const result = fixText('example.txt', text, glossary, [{ rule, severity: rule.meta.severity, options: {} }], { safeOnly: false, check: checkOptions(example.source) });
    expect(result.output, `output of: ${example.text}`).toBe(example.output);
    expect(result.remaining.map((f) => f.text), `re-check of the output of: ${example.text}`).toEqual([]);
  }
}
