import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportFinding } from '../../src/reporters/report.js';
import { ROOT, runCli, tempProject } from '../e2e/run-cli.js';

/** Debian's Chromium (.ci/run installs it), headless, with nothing that would call out. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

let browser: BrowserContext;

beforeAll(async () => {
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tqc-chromium-')), { ...CHROMIUM, acceptDownloads: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** What a page did that it should not: dialogs, console errors, uncaught errors, requests out. */
interface Incidents {
  dialogs: string[];
  errors: string[];
  requests: string[];
}

async function open(path: string): Promise<{ page: Page; incidents: Incidents }> {
  const page = await browser.newPage();
  // A page broken by markup that escaped fails in seconds, not at the test timeout.
  page.setDefaultTimeout(5_000);
  const incidents: Incidents = { dialogs: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => message.type() === 'error' && incidents.errors.push(message.text()));
  page.on('pageerror', (error) => incidents.errors.push(error.message));
  page.on('request', (request) => !/^(file|blob|data):/.test(request.url()) && incidents.requests.push(request.url()));
  await page.goto(`file://${path}`);
  return { page, incidents };
}

/** A writable copy of the samples and glossaries, so downloads and `tqc apply` touch no repository file. */
function samplesProject(): string {
  const dir = tempProject({});
  for (const folder of ['samples', 'glossaries']) {
    cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    for (const name of readdirSync(join(dir, folder))) chmodSync(join(dir, folder, name), 0o644);
  }
  return dir;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await download.path())!, 'utf8');
}

const editOf = (f: ReportFinding) => ({ start: f.suggestions[0]!.start ?? f.start, end: f.suggestions[0]!.end ?? f.end });

/** Findings with a suggestion whose edits overlap no other chosen one, so each applies. */
function separateFindings(findings: readonly ReportFinding[], count: number): number[] {
  const chosen: number[] = [];
  findings.forEach((f, i) => {
    const edit = f.suggestions.length > 0 ? editOf(f) : undefined;
    const overlaps = (j: number): boolean => editOf(findings[j]!).start < edit!.end + 1 && edit!.start < editOf(findings[j]!).end + 1;
    if (edit && chosen.length < count && !chosen.some(overlaps)) chosen.push(i);
  });
  return chosen;
}

describe('the HTML report of samples/', () => {
  const dir = samplesProject();
  let report: Report;
  let fileIndex: number;
  let file: Report['files'][number];
  /** Ids of four gaza-pentagon.txt findings whose fixes do not overlap. */
  let first: string, second: string, third: string, fourth: string;
  let decidable: number;
  let page: Page;
  let incidents: Incidents;

  beforeAll(async () => {
    report = JSON.parse(runCli(['check', 'samples', '--format', 'json'], { cwd: dir }).stdout) as Report;
    runCli(['check', 'samples', '--format', 'html', '-o', 'report.html'], { cwd: dir });
    fileIndex = report.files.findIndex((f) => f.path === 'samples/gaza-pentagon.txt');
    file = report.files[fileIndex]!;
    [first, second, third, fourth] = separateFindings(file.findings, 4).map((i) => `${fileIndex}.${i}`) as [string, string, string, string];
    decidable = report.files.flatMap((f) => f.findings).filter((f) => f.suggestions.length > 0).length;
    ({ page, incidents } = await open(join(dir, 'report.html')));
  }, 60_000);

  const progress = () => page.textContent('#progress-text');
  const card = (id: string) => page.locator(`[id="card-${id}"]`);
  const pressOn = async (id: string, key: string) => {
    await card(id).locator('.where').click();
    await page.keyboard.press(key);
  };

  it('highlights every finding of the JSON report in place', async () => {
    const marks = await page.$$eval('mark.hl', (all) => all.map((m) => [m.getAttribute('data-findings')!, m.textContent!] as const));
    const textOf = (id: string) => marks.filter(([ids]) => ids.split(' ').includes(id)).map(([, text]) => text).join('');
    const ids = report.files.flatMap((f, i) => f.findings.map((x, j) => ({ id: `${i}.${j}`, text: x.text })));
    expect(new Set(marks.flatMap(([ids]) => ids.split(' '))).size).toBe(report.summary.findings);
    for (const { id, text } of ids) expect(textOf(id), id).toBe(text);
    expect(await page.locator('li.finding').count()).toBe(report.summary.findings);
  });

  it('takes decisions by button and by key, with undo, and counts them', async () => {
    await card(first).locator('.accept').first().click();
    await pressOn(second, 'a');
    await pressOn(third, 'r');
    await pressOn(fourth, 'a');
    expect(await progress()).toBe(`4 of ${decidable} decided (3 accepted, 1 rejected)`);
    await page.keyboard.press('u');
    expect(await progress()).toBe(`3 of ${decidable} decided (2 accepted, 1 rejected)`);
    expect(await card(third).getAttribute('data-decision')).toBe('rejected');
  });

  it('downloads the corrected article that tqc apply of the exported decisions writes', async () => {
    const corrected = await downloaded(page, () => page.click(`button.download[data-file="${fileIndex}"]`));
    const decisions = await downloaded(page, () => page.click('#export'));
    const copy = samplesProject();
    writeFileSync(join(copy, 'decisions.json'), decisions);
    const applied = runCli(['apply', 'decisions.json'], { cwd: copy });
    expect(applied.status, applied.stderr).toBe(0);
    const original = readFileSync(join(dir, file.path), 'utf8');
    expect(corrected).not.toBe(original);
    expect(readFileSync(join(copy, file.path), 'utf8')).toBe(corrected);
    for (const id of [first, second]) expect(corrected).toContain(file.findings[Number(id.split('.')[1])]!.suggestions[0]!.replacement);
  });

  it('keeps the decisions when the page is reloaded', async () => {
    await page.reload();
    expect(await progress()).toBe(`3 of ${decidable} decided (2 accepted, 1 rejected)`);
    expect(await card(first).getAttribute('data-decision')).toBe('accepted');
    expect(await card(second).locator('.accept').first().getAttribute('aria-pressed')).toBe('true');
  });

  it('reads on a phone, prints without its controls, and calls nothing outside', async () => {
    // 320 px is the narrowest phone in use; the margin keeps the check true under other fonts.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('button:visible').count()).toBe(0);
    expect(incidents).toEqual({ dialogs: [], errors: [], requests: [] });
  });
});

describe('an article written to attack the report', () => {
  const attack = [
    '<script>window.__pwned = 1; alert("script")</script>',
    '<img src=x onerror="window.__pwned = 1; alert(\'img\')">',
    '</textarea><script>window.__pwned = 1</script>',
    '<a href="javascript:window.__pwned = 1">link</a> [md](javascript:alert(1))',
    '" onmouseover="window.__pwned = 1" \' --></li></ol></aside>',
  ];
  const name = '<img src=x onerror=alert(1)>.txt';
  const note = '<img src=x onerror="window.__pwned = 1">';

  it('shows it as text and runs none of it', async () => {
    const dir = tempProject({
      [name]: `Yoav Galant said ${attack.join(' and ')}.\n`,
      'g.yaml': `name: t\nentries:\n  - term: Yoav Gallant\n    type: person\n    forbidden: [Yoav Galant]\n    note: '${note}'\n`,
    });
    runCli(['check', '.', '-g', 'g.yaml', '--format', 'html', '-o', 'report.html'], { cwd: dir });
    const { page, incidents } = await open(join(dir, 'report.html'));
    await page.locator('mark.hl').first().click();
    await page.locator('.accept').first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, textarea, a[href^="javascript"], [onerror], [onmouseover]').count()).toBe(0);
    const article = await page.textContent('article');
    for (const piece of attack) expect(article).toContain(piece);
    expect(await page.textContent('#file-0-title')).toBe(name);
    expect(await page.textContent('.note')).toContain(note);
    expect(incidents).toEqual({ dialogs: [], errors: [], requests: [] });
  });
});
