#!/usr/bin/env node
// The README's picture of the HTML report: the dev article's report in Debian's Chromium, with a
// few suggestions decided as a reviewer would, written to docs/report.png. Run after `npm run build`.
//
//   node scripts/report-screenshot.mjs [ARTICLE]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const article = process.argv[2] ?? resolve(root, '../shared/eval/dev/gaza-pentagon-2024-03-26.txt');
const report = join(mkdtempSync(join(tmpdir(), 'tqc-shot-')), 'report.html');
try {
  const args = ['check', basename(article), '-g', join(root, 'glossaries'), '--format', 'html', '-o', report];
  execFileSync(process.execPath, [join(root, 'bin/tqc.js'), ...args], { cwd: dirname(article), stdio: 'inherit' });
} catch (error) {
  if (error.status !== 1) throw error; // 1: the article has findings, as it should
}

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tqc-chromium-')), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 1240 },
  deviceScaleFactor: 1,
});
const page = await browser.newPage();
await page.goto(`file://${report}`);
// Two accepted, one rejected, and the reviewer on the next finding.
for (const [index, button] of [[0, '.accept'], [2, '.accept'], [3, '.reject']]) await page.locator('li.finding').nth(index).locator(button).first().click();
await page.locator('li.finding').nth(4).locator('.where').click();
await page.evaluate(() => {
  window.scrollTo(0, 0);
  document.querySelector('.side').scrollTop = 0;
});
await page.screenshot({ path: join(root, 'docs/report.png') });
await browser.close();
