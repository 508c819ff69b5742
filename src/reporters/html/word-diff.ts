import { diffWords, diffWordsWithSpace } from 'diff';
import type { Edit } from '../../fixes/apply.js';
import { html, type Html } from './escape.js';

/** How much of the line around an edit the diff shows, so a reviewer sees it in its sentence. */
const CONTEXT_CHARS = 40;

/**
 * A suggestion as a word diff of its line before and after, with a few words of context:
 * deleted words in `<del>`, inserted ones in `<ins>`. Computed here so the page needs no diff
 * library. An edit of spacing alone, which a word diff does not see, is diffed with its spaces.
 */
export function wordDiffHtml(text: string, edit: Edit): Html {
  const before = contextBefore(text, edit.start);
  const after = contextAfter(text, edit.end);
  const [old, changed] = [before.text + text.slice(edit.start, edit.end) + after.text, before.text + edit.replacement + after.text];
  const words = diffWords(old, changed);
  const parts = words.some((part) => part.added || part.removed) ? words : diffWordsWithSpace(old, changed);
  const shown = parts.map((part) => {
    if (part.added) return html`<ins>${visible(part.value)}</ins>`;
    if (part.removed) return html`<del>${visible(part.value)}</del>`;
    return html`${part.value}`;
  });
  return html`${before.cut && ELLIPSIS}${shown}${after.cut && ELLIPSIS}`;
}

const ELLIPSIS = html`<span aria-hidden="true">…</span>`;

/** A deleted or inserted line break or run of spaces would not show: name it. */
function visible(value: string): string {
  return value.trim() === '' ? value.replace(/\n/g, '↵').replace(/ /g, '·') : value;
}

interface Context {
  text: string;
  /** Whether the line goes on beyond it. */
  cut: boolean;
}

/** Up to CONTEXT_CHARS before `at` on its line, from a word start. */
function contextBefore(text: string, at: number): Context {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const from = Math.max(lineStart, at - CONTEXT_CHARS);
  const slice = text.slice(from, at);
  return from === lineStart ? { text: slice, cut: false } : { text: slice.replace(/^\S*\s?/, ''), cut: true };
}

/** Up to CONTEXT_CHARS after `at` on its line, to a word end. */
function contextAfter(text: string, at: number): Context {
  const found = text.indexOf('\n', at);
  const lineEnd = found < 0 ? text.length : found;
  const to = Math.min(lineEnd, at + CONTEXT_CHARS);
  const slice = text.slice(at, to);
  return to === lineEnd ? { text: slice, cut: false } : { text: slice.replace(/\s?\S*$/, ''), cut: true };
}
