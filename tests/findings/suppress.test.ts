import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { suppressFindings, UNUSED_DISABLE_ID, unusedDisableFindings } from '../../src/findings/suppress.js';
import { parseDirectiveComment, parseIgnoreNote, type Directive } from '../../src/input/directives.js';
import { LineIndex } from '../../src/text/line-index.js';

/** A file with `<!-- … -->` directives; findings are placed at each "X<n>" marker by rule id. */
function setup(source: string): { lines: LineIndex; directives: Directive[]; at: (marker: string, ruleId: string) => Finding } {
  const directives = [...source.matchAll(/<!--(.*?)-->/g)].flatMap((m) => parseDirectiveComment(m[1]!, m.index, m.index + m[0].length) ?? []);
  const at = (marker: string, ruleId: string): Finding => {
    const start = source.indexOf(marker);
    return { ruleId, category: 'name', severity: 'error', message: 'm', start, end: start + marker.length, text: marker, suggestions: [] };
  };
  return { lines: new LineIndex(source), directives, at };
}

const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.text} ${f.ruleId}`);

describe('parsing directives', () => {
  it('reads the kind, the rules and drops the reason after " -- "', () => {
    expect(parseDirectiveComment(' tqc-disable names/variant, terms/forbidden -- quoted as published ', 0, 9)).toEqual({
      kind: 'disable', rules: ['names/variant', 'terms/forbidden'], start: 0, end: 9,
    });
    expect(parseDirectiveComment('tqc-disable-next-line', 0, 1)?.kind).toBe('disable-next-line');
    expect(parseDirectiveComment(' tqc-enable ', 0, 1)).toEqual({ kind: 'enable', rules: [], start: 0, end: 1 });
    expect(parseDirectiveComment(' tqc-disabled ', 0, 1)).toBeUndefined();
    expect(parseDirectiveComment(' a comment about tqc-disable ', 0, 1)).toBeUndefined();
  });

  it('reads an XLIFF tqc:ignore note as a directive over its unit', () => {
    expect(parseIgnoreNote('tqc:ignore names', 5, 9, { start: 0, end: 20 })).toEqual({ kind: 'disable-range', rules: ['names'], start: 5, end: 9, range: { start: 0, end: 20 } });
    expect(parseIgnoreNote('Translator: keep the name', 5, 9, { start: 0, end: 20 })).toBeUndefined();
  });
});

describe('suppressFindings', () => {
  it('disable … enable silences the named rule between them only', () => {
    const { lines, directives, at } = setup('X1\n<!-- tqc-disable names/variant -->\nX2 X3\n<!-- tqc-enable -->\nX4');
    const findings = [at('X1', 'names/variant'), at('X2', 'names/variant'), at('X3', 'terms/forbidden'), at('X4', 'names/variant')];
    const result = suppressFindings(findings, directives, lines);
    expect(ids(result.findings)).toEqual(['X1 names/variant', 'X3 terms/forbidden', 'X4 names/variant']);
    expect(result.unused).toEqual([]);
  });

  it('a disable with no rule silences every rule to the end of the file', () => {
    const { lines, directives, at } = setup('X1 <!-- tqc-disable --> X2\n\nX3');
    const result = suppressFindings([at('X1', 'a/b'), at('X2', 'a/b'), at('X3', 'c/d')], directives, lines);
    expect(ids(result.findings)).toEqual(['X1 a/b']);
  });

  it('a category name covers its rules', () => {
    const { lines, directives, at } = setup('<!-- tqc-disable names --> X1 X2');
    const result = suppressFindings([at('X1', 'names/variant'), at('X2', 'namesake/x')], directives, lines);
    expect(ids(result.findings)).toEqual(['X2 namesake/x']);
  });

  it('disable-next-line silences the line after the comment only', () => {
    const { lines, directives, at } = setup('X1\n<!-- tqc-disable-next-line terms/forbidden -->\nX2 X3\nX4');
    const result = suppressFindings([at('X1', 'terms/forbidden'), at('X2', 'terms/forbidden'), at('X3', 'terms/forbidden'), at('X4', 'terms/forbidden')], directives, lines);
    expect(ids(result.findings)).toEqual(['X1 terms/forbidden', 'X4 terms/forbidden']);
  });

  it('tqc-enable RULE ends that rule’s silence; a disable-everything goes on without it', () => {
    const { lines, directives, at } = setup('<!-- tqc-disable --> X1 X2 <!-- tqc-enable a/b --> X3 X4');
    const result = suppressFindings([at('X1', 'a/b'), at('X2', 'c/d'), at('X3', 'a/b'), at('X4', 'c/d')], directives, lines);
    expect(ids(result.findings)).toEqual(['X3 a/b']);
  });

  it('ends one of several named rules', () => {
    const { lines, directives, at } = setup('<!-- tqc-disable a/b, c/d --> X1 X2 <!-- tqc-enable a/b --> X3 X4');
    const result = suppressFindings([at('X1', 'a/b'), at('X2', 'c/d'), at('X3', 'a/b'), at('X4', 'c/d')], directives, lines);
    expect(ids(result.findings)).toEqual(['X3 a/b']);
  });

  it('a range directive silences its span', () => {
    const source = 'X1 X2 X3';
    const directives: Directive[] = [{ kind: 'disable-range', rules: [], start: 0, end: 0, range: { start: 3, end: 5 } }];
    const { at } = setup(source);
    expect(ids(suppressFindings([at('X1', 'a/b'), at('X2', 'a/b'), at('X3', 'a/b')], directives, new LineIndex(source)).findings)).toEqual(['X1 a/b', 'X3 a/b']);
  });

  it('tells which directives, and which of their rules, silenced nothing', () => {
    const source = '<!-- tqc-disable a/b, c/d --> X1 <!-- tqc-enable -->\n<!-- tqc-disable-next-line -->\nclean line';
    const { lines, directives, at } = setup(source);
    const result = suppressFindings([at('X1', 'a/b')], directives, lines);
    expect(result.unused.map((u) => [source.slice(u.directive.start, u.directive.end), u.rules])).toEqual([
      ['<!-- tqc-disable a/b, c/d -->', ['c/d']],
      ['<!-- tqc-disable-next-line -->', []],
    ]);
    const reported = unusedDisableFindings(result.unused, source);
    expect(reported.map((f) => [f.ruleId, f.severity, f.text])).toEqual([
      [UNUSED_DISABLE_ID, 'warning', '<!-- tqc-disable a/b, c/d -->'],
      [UNUSED_DISABLE_ID, 'warning', '<!-- tqc-disable-next-line -->'],
    ]);
    expect(reported[0]!.message).toContain('‘c/d’');
  });
});
