import { sha256Hex } from '../text/sha256.js';
import { foldWord, WORD_RUN } from '../text/words.js';
import type { Finding } from './finding.js';

/** A finding with its fingerprint: the identity baselines and code-scanning services track it by. */
export type Fingerprinted<T extends Finding = Finding> = T & { fingerprint: string };

/** Words of context on each side of the flagged text that take part in its identity. */
const CONTEXT_WORDS = 3;
/** How far to look for them: enough for three words of news prose, bounded for long lines. */
const CONTEXT_CHARS = 80;

/**
 * Fingerprints each finding of one file from its rule, its flagged text and a few words of
 * context on its own line, lowercased and without punctuation or spacing: never from line numbers
 * or offsets, so edits above a finding or elsewhere on its line leave it unchanged. Identical
 * findings in identical context are told apart by their order in the file (`…:0`, `…:1`), which is
 * why this must see all of a file's findings, before anything filters them.
 */
export function fingerprintFindings<T extends Finding>(findings: readonly T[], text: string): Array<Fingerprinted<T>> {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = identityHash(finding, text);
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return { ...finding, fingerprint: `${hash}:${occurrence}` };
  });
}

function identityHash(finding: Finding, text: string): string {
  const flagged = finding.text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const before = contextWords(lineBefore(text, finding.start)).slice(-CONTEXT_WORDS);
  const after = contextWords(lineAfter(text, finding.end)).slice(0, CONTEXT_WORDS);
  const identity = [finding.ruleId, flagged, before.join(' '), after.join(' ')].join('\u0000');
  return sha256Hex(identity).slice(0, 16);
}

/** The text before `offset` on its line, at most CONTEXT_CHARS of it. */
function lineBefore(text: string, offset: number): string {
  const window = text.slice(Math.max(0, offset - CONTEXT_CHARS), offset);
  const lineBreak = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'));
  return window.slice(lineBreak + 1);
}

/** The text after `offset` on its line, at most CONTEXT_CHARS of it. */
function lineAfter(text: string, offset: number): string {
  const window = text.slice(offset, offset + CONTEXT_CHARS);
  const lineBreak = window.search(/[\r\n]/);
  return lineBreak === -1 ? window : window.slice(0, lineBreak);
}

function contextWords(text: string): string[] {
  return (text.match(WORD_RUN) ?? []).map(foldWord);
}
