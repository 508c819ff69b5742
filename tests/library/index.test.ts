import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, RULES, applyEdits, compileGlossaries, enabledRules, fixText, parseGlossary, readDocument, checkDocument } from '../../src/index.js';

describe('the library entry point', () => {
  it('checks and fixes a text against a glossary without touching the file system', () => {
    const loaded = parseGlossary('people.yaml', 'entries:\n  - term: Yoav Gallant\n    type: person\n    forbidden: [Galant]\n');
    if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
    const glossary = compileGlossaries([loaded.value]);
    const rules = enabledRules(RULES, { ...DEFAULT_CONFIG, packs: false }, {});
    const text = 'Defense Minister Galant met reporters in Washington.\n';
    const findings = checkDocument(readDocument('a.txt', text), glossary, rules);
    expect(findings.some((f) => f.ruleId === 'terms/forbidden' && f.text === 'Galant')).toBe(true);
    expect(fixText('a.txt', text, glossary, rules).output).toBe('Defense Minister Yoav Gallant met reporters in Washington.\n');
    expect(applyEdits('abc', [{ start: 1, end: 2, replacement: 'B' }]).output).toBe('aBc');
  });
});
