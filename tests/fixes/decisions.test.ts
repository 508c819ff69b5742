import { describe, expect, it } from 'vitest';
import { acceptedEdits, contentHash, parseDecisions, type Decisions } from '../../src/fixes/decisions.js';

const decisions: Decisions = {
  kind: 'tqc-decisions',
  version: 1,
  report: 'r1',
  files: [
    {
      path: 'a.txt',
      sha256: contentHash('Galant met Austin this Tuesday.'),
      decisions: [
        { finding: '0.0', ruleId: 'terms/forbidden', decision: 'accepted', text: 'Galant', start: 0, end: 6, replacement: 'Gallant' },
        { finding: '0.1', ruleId: 'phrasing/calque', decision: 'rejected', text: 'this Tuesday', start: 18, end: 30, replacement: 'on Tuesday' },
      ],
    },
  ],
};

describe('decisions files', () => {
  it('reads a well-formed file and gives the accepted edits only', () => {
    const read = parseDecisions('d.json', JSON.stringify(decisions));
    expect(read.ok).toBe(true);
    expect(read.ok && acceptedEdits(read.value.files[0]!)).toEqual([{ start: 0, end: 6, replacement: 'Gallant' }]);
  });

  it('hashes text as SHA-256 of its UTF-8', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(contentHash('é')).not.toBe(contentHash('e\u0301'));
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another kind of file', '{"version": 1}', /"kind": "tqc-decisions"/],
    ['a later version', JSON.stringify({ ...decisions, version: 2 }), /version 2/],
    ['a file without a hash', JSON.stringify({ ...decisions, files: [{ path: 'a.txt', decisions: [] }] }), /files\[0\]: "path", "sha256"/],
    ['an edit ending before it starts', JSON.stringify({ ...decisions, files: [{ ...decisions.files[0], decisions: [{ ...decisions.files[0]!.decisions[0], end: -1 }] }] }), /decisions\[0\]/],
    ['an unknown decision', JSON.stringify({ ...decisions, files: [{ ...decisions.files[0], decisions: [{ ...decisions.files[0]!.decisions[0], decision: 'maybe' }] }] }), /accepted or rejected/],
  ])('refuses %s with a located message', (_, json, message) => {
    const read = parseDecisions('d.json', json);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]).toMatchObject({ code: 'apply/invalid', file: 'd.json', message: expect.stringMatching(message) });
  });
});
