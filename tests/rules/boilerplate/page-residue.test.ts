import { describe, expect, it } from 'vitest';
import { fixText } from '../../../src/engine/fix-loop.js';
import { compileGlossaries } from '../../../src/glossary/compile.js';
import { parseGlossary } from '../../../src/glossary/read.js';
import rule from '../../../src/rules/boilerplate/page-residue.js';
import { runRule } from '../harness.js';

/** A newsroom's own residue list, as a user writes it. */
const OWN = `category: boilerplate
name: Our site
entries:
  - term: Tap to unmute
    variants: [Tap to play]
  - term: Photo gallery
    forbidden: ['/photo gallery \\(\\d+ images?\\)/i']
`;

function ownGlossary() {
  const loaded = parseGlossary('house/residue.yaml', OWN);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  return compileGlossaries([loaded.value]);
}

const flagged = (text: string): string[] => runRule(rule, text, ownGlossary()).map((f) => f.text);

describe('boilerplate/page-residue with a user glossary', () => {
  it('flags the lines of a glossary file with category boilerplate, case and trailing marks ignored', () => {
    expect(flagged('The mayor spoke.\n\nTAP TO PLAY »\n\nPhoto gallery (12 images)')).toEqual(['TAP TO PLAY »', 'Photo gallery (12 images)']);
  });

  it('matches a pattern only against a whole line', () => {
    expect(flagged('The photo gallery (12 images) shows the damage.')).toEqual([]);
  });

  it('names the glossary in the message and reports the boilerplate category', () => {
    const [finding] = runRule(rule, 'Tap to unmute', ownGlossary());
    expect(finding?.message).toBe('“Tap to unmute” is left over from the web page: delete the line (glossary: Our site, house/residue.yaml)');
    expect(finding?.category).toBe('boilerplate');
  });

  it('reads a line inside a paragraph as residue only when it stands apart from the sentences around it', () => {
    expect(flagged('Crews cleared the road.\nTap to play\nTraffic resumed.')).toEqual(['Tap to play']);
    expect(flagged('Viewers were asked to\nTap to play\nthe clip again.')).toEqual([]);
    expect(flagged('Tap to play\nthe clip again, viewers were told.')).toEqual([]);
  });

  it('deletes runs of residue lines and leaves the paragraph breaks as they were', () => {
    const text = 'The vote is on Sunday.\n\nTap to unmute\n\nTap to play\n\nPhoto gallery (3 images)\n';
    const result = fixText('a.txt', text, ownGlossary(), [{ rule, severity: 'error', options: {} }]);
    expect(result.output).toBe('The vote is on Sunday.\n');
  });

  it('flags the headlines after a residue line past the last paragraph of prose as teasers, deleted only on request', () => {
    const text = 'Crews cleared the road.\n\nReporting by Ana Ruiz\n\nTap to play\n\nFloods: what the new levees cost\n\nRain returns on Monday';
    const findings = runRule(rule, text, ownGlossary());
    expect(findings.map((f) => [f.text, f.suggestions[0]?.safe])).toEqual([
      ['Tap to play', true],
      ['Floods: what the new levees cost', false],
      ['Rain returns on Monday', false],
    ]);
    expect(findings[1]?.message).toMatch(/^“Floods: what the new levees cost” is a teaser for another article/);
  });

  it('takes no headline for a teaser before the article’s last paragraph', () => {
    expect(flagged('Tap to play\n\nRoad reopens\n\nCrews cleared the road.')).toEqual(['Tap to play']);
  });

  it('is quiet when no glossary has residue entries', () => {
    expect(runRule(rule, 'Tap to play', compileGlossaries([]))).toEqual([]);
  });
});
