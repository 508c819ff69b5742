import { createHash } from 'node:crypto';
import type { RenderOptions } from '../index.js';
import type { Report } from '../report.js';
import { articleHtml } from './article.js';
import { Html, html } from './escape.js';
import { filtersHtml } from './filters.js';
import { findingListHtml } from './finding-list.js';
import { pageData, reviewModel, type ReviewFile, type ReviewModel } from './review-model.js';
import { pageScript } from './script.js';
import { STYLE } from './style.js';
import { summaryHtml } from './summary.js';

/**
 * The HTML report: one self-contained page (CSS and script inline, nothing fetched) on which a
 * reviewer reads each article with its findings highlighted, accepts or rejects suggestions,
 * downloads the corrected article and exports the decisions for `tqc apply`.
 */
export function renderHtml(report: Report, options: RenderOptions): string {
  const model = reviewModel(report, options);
  const script = pageScript();
  const title = `tqc report: ${report.summary.findings} ${report.summary.findings === 1 ? 'finding' : 'findings'} in ${report.summary.files} ${report.summary.files === 1 ? 'file' : 'files'}`;
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentPolicy(script, STYLE)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${`tqc ${report.tool.version}`}">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="skip-link" href="#files">Skip to the articles</a>
${topBar()}
<main id="main">
${summaryHtml(report, model)}
<div class="needs-script">${filtersHtml(model)}</div>
<div id="files">${model.files.map((file) => fileSection(file, model))}</div>
</main>
<div id="announce" class="visually-hidden" role="status"></div>
<div id="tqc-data" hidden data-review="${JSON.stringify(pageData(model))}"></div>
<script>${new Html(script)}</script>
</body>
</html>`.markup}\n`;
}

/**
 * Only this page's own script and stylesheet run, by hash, and nothing is fetched: even markup
 * that slipped past escaping could neither run nor call out.
 */
function contentPolicy(script: string, style: string): string {
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  return `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; base-uri 'none'; form-action 'none'`;
}

function topBar(): Html {
  return html`<header class="topbar">
  <h1>tqc review</h1>
  <div class="progress needs-script">
    <label for="progress" class="visually-hidden">Progress</label> <progress id="progress" value="0" max="1"></progress>
    <span id="progress-text"></span>
  </div>
  <div class="actions needs-script">
    <button type="button" id="undo">Undo</button>
    <button type="button" id="export">Export decisions</button>
  </div>
  <p class="keys needs-script"><kbd>j</kbd><kbd>k</kbd> next, previous <kbd>a</kbd> accept <kbd>r</kbd> reject <kbd>u</kbd> undo <kbd>/</kbd> search</p>
</header>`;
}

function fileSection(file: ReviewFile, model: ReviewModel): Html {
  const heading = `${file.anchor}-title`;
  const count = file.findings.length;
  const body =
    count === 0
      ? html`<details class="clean"><summary>No findings. Show the text</summary><div class="article">${file.text}</div></details>`
      : html`<div class="file-body">
      <article class="article" aria-label="${`Text of ${file.path}`}">${articleHtml(file.text, file.findings)}</article>
      <aside class="side" aria-label="${`Findings in ${file.path}`}">${findingListHtml(file, model.rules)}</aside>
    </div>`;
  return html`<section class="file" id="${file.anchor}" aria-labelledby="${heading}">
    <div class="file-head">
      <h2 id="${heading}">${file.path}</h2>
      <p class="file-count">${count} ${count === 1 ? 'finding' : 'findings'}</p>
      ${count > 0 && html`<p class="file-actions needs-script"><button type="button" class="download" data-file="${file.index}">Download corrected article</button>
        <span class="overlaps" data-overlaps="${file.index}"></span></p>`}
    </div>
    ${body}
  </section>`;
}
