import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { fingerprintFindings } from '../../src/findings/fingerprint.js';
import { buildReport } from '../../src/reporters/report.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { LineIndex } from '../../src/text/line-index.js';

// The SARIF 2.1.0 schema (rtm.5, draft-04) as @microsoft/jest-sarif ships it.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The schema's `language` pattern is not valid with the `u` flag, so patterns are compiled without it.
// Both packages are CommonJS whose export is also its own `default`, the form NodeNext types.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const TEXT = 'Shelling hit Kiev overnight.\r\nThe cease-fire held, 100% “sure”.\nSource link\n';

function finding(start: number, end: number, rest: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'terms/forbidden',
    category: 'term',
    severity: 'error',
    message: `“${TEXT.slice(start, end)}” is not the house form`,
    start,
    end,
    text: TEXT.slice(start, end),
    suggestions: [],
    ...rest,
  };
}

const FINDINGS: Finding[] = [
  finding(13, 17, { category: 'name', suggestions: [{ replacement: 'Kyiv', description: 'house form', safe: true }], note: 'Ukraine’s capital' }),
  finding(34, 44, { severity: 'warning', suggestions: [{ replacement: 'ceasefire', safe: true }] }),
  // A suggestion wider than the finding: deleting the whole line.
  finding(65, 76, { ruleId: 'boilerplate/page-residue', category: 'boilerplate', severity: 'info', suggestions: [{ replacement: '', safe: true, start: 65, end: 77 }] }),
];

function render(paths = new Map([['articles/kyiv news.txt', 'news/articles/kyiv news.txt']])): Sarif.Log {
  const checked = [{ path: 'articles/kyiv news.txt', findings: fingerprintFindings(FINDINGS, TEXT), lines: new LineIndex(TEXT) }];
  const report = buildReport(checked, '1.2.3');
  const out = renderSarif(report, { color: false, sources: new Map(), rules: RULES.map((r) => r.meta), repositoryPaths: paths });
  return JSON.parse(out) as Sarif.Log;
}

describe('SARIF reporter', () => {
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const log = render();
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  });

  it('the schema check has teeth: a level SARIF does not know is rejected', () => {
    const log = render();
    (log.runs[0]!.results![0] as { level: string }).level = 'info';
    expect(validateSarif(log)).toBe(false);
  });

  it('a log without findings validates too', () => {
    const log = JSON.parse(renderSarif(buildReport([], '1.2.3'), { color: false, sources: new Map() }));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('describes every rule: id, descriptions, help, default level', () => {
    const { driver } = render().runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'tqc', version: '1.2.3', semanticVersion: '1.2.3' });
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const rule of driver.rules!) {
      const meta = RULES.find((r) => r.meta.id === rule.id)!.meta;
      expect(rule.shortDescription!.text).toBe(meta.summary);
      expect(rule.fullDescription!.text).toBe(meta.rationale);
      expect(rule.help!.text).toContain(meta.rationale);
      expect(rule.defaultConfiguration!.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[meta.severity]);
    }
  });

  it('gives each result its rule, level, message, location and fingerprint', () => {
    const run = render().runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    const [kiev, ceasefire, residue] = run.results!;
    expect(run.tool.driver.rules![kiev!.ruleIndex!]!.id).toBe('terms/forbidden');
    expect(kiev).toMatchObject({ ruleId: 'terms/forbidden', level: 'error', message: { text: '“Kiev” is not the house form' } });
    expect(kiev!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'news/articles/kyiv%20news.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 14, endLine: 1, endColumn: 18, charOffset: 13, charLength: 4, snippet: { text: 'Kiev' } },
    });
    expect(ceasefire!.level).toBe('warning');
    expect(ceasefire!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 2, startColumn: 5, endColumn: 15 });
    expect(residue!.level).toBe('note');
    expect(kiev!.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{16}:0$/);
    expect(new Set(run.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY])).size).toBe(3);
    expect(kiev!.properties).toEqual({ category: 'name', note: 'Ukraine’s capital' });
  });

  it('carries each suggestion as a fix with the replacement', () => {
    const [kiev, , residue] = render().runs[0]!.results!;
    expect(kiev!.fixes).toEqual([
      {
        description: { text: 'Replace with “Kyiv” (house form)' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'news/articles/kyiv%20news.txt', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 1, startColumn: 14, endLine: 1, endColumn: 18, charOffset: 13, charLength: 4 },
                insertedContent: { text: 'Kyiv' },
              },
            ],
          },
        ],
      },
    ]);
    const wider = residue!.fixes![0]!;
    expect(wider.description!.text).toBe('Delete');
    expect(wider.artifactChanges[0]!.replacements[0]).toEqual({ deletedRegion: { charOffset: 65, charLength: 12 }, insertedContent: { text: '' } });
  });

  it('falls back to the report path, with forward slashes, outside a repository', () => {
    const uri = render(new Map()).runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri;
    expect(uri).toBe('articles/kyiv%20news.txt');
  });
});
