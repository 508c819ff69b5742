import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryCache, glossaryCache } from '../../src/cli/glossary-cache.js';
import { glossaryFilesIn } from '../../src/cli/glossary-files.js';
import { checkGlossarySet } from '../../src/glossary/check-set.js';
import { requirementsOf } from '../../src/glossary/pattern-literals.js';
import type { Glossary } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';

const shipped = glossaryFilesIn(['packs', 'glossaries']);
const files = shipped.ok ? shipped.value : [];
const texts = files.map((file) => readFileSync(file, 'utf8'));
const cache = new GlossaryCache(glossaryCache(files));

function parsed(file: string, text: string): Glossary {
  const loaded = parseGlossary(file, text);
  if (!loaded.ok) throw new Error(`${file} does not parse`);
  return loaded.value;
}

/** What the cache gives: the parsed glossary, each pattern with its requirements worked out. */
function cached(file: string, text: string): Glossary {
  const glossary = parsed(file, text);
  for (const entry of glossary.entries) {
    for (const form of entry.forbidden) if (form.kind === 'pattern') form.requirements = requirementsOf(form.regex.source);
  }
  return glossary;
}

describe('GlossaryCache', () => {
  it('gives every shipped glossary as parsing its text gives it, with its patterns’ requirements, under any path', () => {
    expect(files.length).toBeGreaterThan(5);
    files.forEach((file, i) => expect(cache.get(`copies/${file}`, texts[i]!)).toEqual(cached(`copies/${file}`, texts[i]!)));
  });

  it('holds nothing and vouches for nothing when made from no file', () => {
    const empty = new GlossaryCache(glossaryCache([]));
    expect(empty.get(files[0]!, texts[0]!)).toBeUndefined();
    expect(empty.isCleanSet([texts[0]!])).toBe(false);
  });

  it('holds nothing for a text it was not made from', () => {
    expect(cache.get(files[0]!, `${texts[0]}\n`)).toBeUndefined();
  });

  it('gives a fresh copy each time, so a run cannot change the next one’s', () => {
    const first = cache.get('a.yaml', texts[0]!)!;
    (first.entries[0]!.variants as string[]).push('changed');
    first.entries[0]!.origin.line = 0;
    expect(cache.get('a.yaml', texts[0]!)).toEqual(cached('a.yaml', texts[0]!));
  });

  it('knows the shipped glossaries check clean together exactly when checkGlossarySet says so', () => {
    const set = checkGlossarySet(files.map((file, i) => parsed(file, texts[i]!)));
    expect(cache.isCleanSet(texts)).toBe(set.errors.length === 0 && set.warnings.length === 0);
  });

  it('vouches for a set only of distinct cached texts, from a cache whose files check clean together', () => {
    if (!cache.isCleanSet(texts)) return;
    expect(cache.isCleanSet(texts.slice(1))).toBe(true);
    expect(cache.isCleanSet([texts[0]!, texts[0]!])).toBe(false);
    expect(cache.isCleanSet([...texts.slice(1), 'entries: []\n'])).toBe(false);
  });

  it('vouches for no set when its files conflict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tqc-cache-'));
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    writeFileSync(a, 'entries:\n  - term: Yoav Gallant\n    type: person\n');
    writeFileSync(b, 'entries:\n  - term: Gallant\n    forbidden: [Yoav Gallant]\n');
    const conflicting = new GlossaryCache(glossaryCache([a, b]));
    expect(conflicting.isCleanSet([readFileSync(a, 'utf8')])).toBe(false);
  });
});
