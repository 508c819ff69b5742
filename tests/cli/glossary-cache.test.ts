import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GlossaryCache, glossaryCache } from '../../src/cli/glossary-cache.js';
import { glossaryFilesIn } from '../../src/cli/glossary-files.js';
import type { Glossary } from '../../src/glossary/raw.js';
import { parseGlossary } from '../../src/glossary/read.js';

const shipped = glossaryFilesIn(['packs', 'glossaries']);
const files = shipped.ok ? shipped.value : [];
const cache = new GlossaryCache(glossaryCache(files));

function parsed(file: string, text: string): Glossary {
  const loaded = parseGlossary(file, text);
  if (!loaded.ok) throw new Error(`${file} does not parse`);
  return loaded.value;
}

describe('GlossaryCache', () => {
  it('gives every shipped glossary as parsing its text gives it, under any path', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const elsewhere = `copies/${file}`;
      expect(cache.get(elsewhere, text)).toEqual(parsed(elsewhere, text));
    }
  });

  it('holds nothing for a text it was not made from', () => {
    const text = readFileSync(files[0]!, 'utf8');
    expect(cache.get(files[0]!, `${text}\n`)).toBeUndefined();
  });

  it('gives a fresh copy each time, so a run cannot change the next one’s', () => {
    const text = readFileSync(files[0]!, 'utf8');
    const first = cache.get('a.yaml', text)!;
    first.entries[0]!.variants.push('changed');
    first.entries[0]!.origin.line = 0;
    expect(cache.get('a.yaml', text)).toEqual(parsed('a.yaml', text));
  });
});
