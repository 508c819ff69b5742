import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  EMPTY_BASELINE,
  parseBaseline,
  recordBaseline,
  renderBaseline,
  type Baseline,
} from '../../src/findings/baseline.js';
import type { Fingerprinted } from '../../src/findings/fingerprint.js';

function finding(fingerprint: string, text = 'Kiev'): Fingerprinted {
  return { ruleId: 'terms/forbidden', category: 'term', severity: 'error', message: 'm', start: 0, end: text.length, text, suggestions: [], fingerprint };
}

const BASELINE: Baseline = {
  version: 1,
  files: {
    'a.txt': [{ ruleId: 'terms/forbidden', text: 'Kiev', fingerprint: 'aaa:0' }, { ruleId: 'terms/forbidden', text: 'Kiev', fingerprint: 'bbb:0' }],
    'z.txt': [{ ruleId: 'terms/forbidden', text: 'Kiev', fingerprint: 'zzz:0' }],
  },
};

describe('baseline', () => {
  it('keeps only findings it does not record, and counts the entries that are gone', () => {
    const result = compareWithBaseline([finding('aaa:0'), finding('new:0')], BASELINE.files['a.txt']);
    expect(result.fresh.map((f) => f.fingerprint)).toEqual(['new:0']);
    expect([result.known, result.fixed]).toEqual([1, 1]);
    expect(compareWithBaseline([finding('x:0')]).fresh).toHaveLength(1);
  });

  it('records the checked files anew (fixed findings drop out) and keeps the others', () => {
    const recorded = recordBaseline(BASELINE, [
      { path: 'a.txt', findings: [finding('aaa:0')] },
      { path: 'm.txt', findings: [finding('mmm:0', 'cease-fire')] },
      { path: 'z.txt', findings: [] },
    ]);
    expect(recorded.files).toEqual({
      'a.txt': [{ ruleId: 'terms/forbidden', text: 'Kiev', fingerprint: 'aaa:0' }],
      'm.txt': [{ ruleId: 'terms/forbidden', text: 'cease-fire', fingerprint: 'mmm:0' }],
    });
  });

  it('renders stable JSON, one entry a line, that parses back', () => {
    const text = renderBaseline(BASELINE);
    expect(text).toContain('\n      {"ruleId":"terms/forbidden","text":"Kiev","fingerprint":"aaa:0"},\n');
    expect(parseBaseline(text, 'b.json')).toEqual({ ok: true, value: BASELINE, warnings: [] });
    expect(parseBaseline(renderBaseline(EMPTY_BASELINE), 'b.json')).toMatchObject({ ok: true, value: EMPTY_BASELINE });
  });

  it('refuses a file that is not a baseline, naming it', () => {
    for (const text of ['{', '[]', '{"version":2,"files":{}}', '{"version":1,"files":{"a.txt":[{"ruleId":1}]}}']) {
      const parsed = parseBaseline(text, 'b.json');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ code: 'baseline/invalid', file: 'b.json' });
    }
  });
});
