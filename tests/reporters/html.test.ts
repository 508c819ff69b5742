import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { applyEdits } from '../../src/fixes/apply.js';
import { articleHtml } from '../../src/reporters/html/article.js';
import { escapeHtml, html } from '../../src/reporters/html/escape.js';
import { renderHtml } from '../../src/reporters/html/render.js';
import { reviewModel, worstFirst } from '../../src/reporters/html/review-model.js';
import { pageScript } from '../../src/reporters/html/script.js';
import { wordDiffHtml } from '../../src/reporters/html/word-diff.js';
import { buildReport } from '../../src/reporters/report.js';
import { LineIndex } from '../../src/text/line-index.js';

const INJECTION = `<script>alert(1)</script> <img src=x onerror=alert(1)> </textarea> "quoted" 'single' & <a href="javascript:alert(1)">x</a>`;

function finding(start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId: 'terms/forbidden', category: 'term', severity: 'error', message: 'm', start, end, text: text.slice(start, end), suggestions: [], ...extra };
}

function reportOf(path: string, text: string, findings: Finding[]) {
  const report = buildReport([{ path, findings, lines: new LineIndex(text) }], '0.0.0');
  return { report, options: { color: false, sources: new Map([[path, text]]) } };
}

/** The text a piece of markup shows, as a browser would decode it. */
const shown = (markup: string): string =>
  markup.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('escape and the html tag', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every value but markup from another template, and joins lists', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${INJECTION}">${[inner, '<br>', 3]}${undefined}${false}</p>`.markup).toBe(
      `<p title="${escapeHtml(INJECTION)}"><b>&lt;i&gt;</b>&lt;br&gt;3</p>`,
    );
  });
});

describe('articleHtml', () => {
  const text = 'Yoav Galant met Austin this Tuesday.';
  const model = (findings: Finding[]) => reviewModel(reportOf('a.txt', text, findings).report, reportOf('a.txt', text, findings).options).files[0]!;

  it('keeps the text and marks each finding, overlapping ones included', () => {
    const file = model([finding(0, 11, text), finding(5, 11, text, { severity: 'warning' }), finding(23, 35, text, { severity: 'info' })]);
    const markup = articleHtml(text, file.findings).markup;
    expect(shown(markup)).toBe(text);
    const ids = [...markup.matchAll(/data-findings="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(new Set(ids)).toEqual(new Set(['0.0', '0.1', '0.2']));
    expect(markup).toContain('<mark class="hl sev-error" data-findings="0.0 0.1"');
  });

  it('draws an empty mark for a finding of no width', () => {
    const file = model([finding(4, 4, text)]);
    expect(articleHtml(text, file.findings).markup).toContain('class="hl sev-error insertion" data-findings="0.0"');
  });
});

describe('wordDiffHtml', () => {
  it('shows the change in its words of context', () => {
    const text = 'Israeli Defense Minister Yoav Galant speaks during his meeting with U.S. Defense Secretary Lloyd Austin';
    const start = text.indexOf('Galant');
    const markup = wordDiffHtml(text, { start, end: start + 6, replacement: 'Gallant' }).markup;
    expect(markup).toContain('<del>Galant</del><ins>Gallant</ins>');
    expect(shown(markup)).toMatch(/^Israeli Defense Minister Yoav GalantGallant speaks during .*…$/);
  });

  it('names a deleted line break', () => {
    expect(wordDiffHtml('one\ntwo', { start: 3, end: 4, replacement: ' ' }).markup).toContain('<del>↵</del>');
  });
});

const OWN_TAGS = new Set(
  'html head meta title style body a header h1 h2 div label progress span button p kbd main section dl dt dd figure figcaption svg desc rect text table caption thead tbody tr th td form fieldset legend input select option details summary article mark aside ol ul li code del ins'.split(' '),
);

describe('renderHtml', () => {
  const text = `Galant said ${INJECTION}\n`;
  const path = `<img src=x onerror=alert(1)>.txt`;
  const { report, options } = reportOf(path, text, [
    finding(0, 6, text, { suggestions: [{ replacement: 'Gallant', safe: true }], note: INJECTION, message: `write ${INJECTION}` }),
  ]);
  const page = renderHtml(report, options);
  const markup = page.replace(/<script>[^]*<\/script>/, '');
  // Escaped text holds no "<" and escaped attributes no ">": every "<name …>" left is a real tag.
  const tags = [...markup.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!, value: a[2] ?? '' })),
  }));
  const attributes = tags.flatMap((t) => t.attributes);

  it('escapes article text, file names, messages and notes: the only tags are the report’s own', () => {
    const names = new Set(tags.map((t) => t.name));
    expect([...names].filter((n) => !OWN_TAGS.has(n))).toEqual([]);
    expect(attributes.filter((a) => /^on/i.test(a.name))).toEqual([]);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(markup).toContain(escapeHtml(path));
  });

  it('is self-contained: nothing to fetch, and a policy that runs only its own script', () => {
    expect(attributes.filter((a) => /^(src|srcset|action)$/i.test(a.name) || (a.name === 'href' && !a.value.startsWith('#')))).toEqual([]);
    expect(page).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; style-src/);
  });

  it('orders files worst first for the summary', () => {
    const two = buildReport(
      [
        { path: 'a.txt', findings: [finding(0, 1, 'ab', { severity: 'warning' })], lines: new LineIndex('ab') },
        { path: 'b.txt', findings: [finding(0, 1, 'ab')], lines: new LineIndex('ab') },
      ],
      '0',
    );
    const model = reviewModel(two, { color: false, sources: new Map([['a.txt', 'ab'], ['b.txt', 'ab']]) });
    expect(worstFirst(model.files).map((f) => f.path)).toEqual(['b.txt', 'a.txt']);
  });
});

describe('pageScript', () => {
  it('inlines the compiled applyEdits itself and parses as a script', () => {
    const script = pageScript();
    expect(script).toContain(applyEdits.toString());
    expect(() => new Function(script)).not.toThrow();
  });
});
