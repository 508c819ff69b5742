import { defineRule } from '../rule.js';
import { matchesInBlocks } from '../support/block-matches.js';

/** Marks of Arabic and East Asian typography, with what English writes for each. */
const ENGLISH: Readonly<Record<string, string>> = {
  '،': ',', '؛': ';', '؟': '?', '，': ',', '、': ',', '。': '.', '．': '.', '：': ':', '；': ';', '！': '!', '？': '?',
  '（': '(', '）': ')', '［': '[', '］': ']', '【': '[', '】': ']', '「': '“', '」': '”', '『': '“', '』': '”', '％': '%',
};
const FOREIGN = new RegExp(`[${Object.keys(ENGLISH).join('')}]`, 'gu');
/** Marks English follows with a space, which the source script does without. */
const SPACED_AFTER = /^[,;:!?.)\]”]$/u;
const OPENERS = /^[([“]$/u;
const isWordChar = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

export default defineRule({
  meta: {
    id: 'typography/foreign-punctuation',
    category: 'typography',
    severity: 'warning',
    summary: 'Punctuation of another script left in English text: the Arabic comma “،”, full-width “，” “。” “（ ）”.',
    rationale:
      'Machine translation from Arabic, Chinese, Japanese or Korean sometimes keeps the source’s punctuation. The ' +
      'marks look almost right on screen but are different characters: they break search, spell checkers and line ' +
      'breaking, and full-width ones print with wide gaps.',
    fix: 'safe',
    examples: {
      valid: ['The ministers met in Doha, Riyadh and Cairo.', 'Shares rose (by 3%) in Tokyo.', 'She said: “We are ready.”'],
      invalid: [
        { text: 'Talks were held in Cairo[[،]] Doha and Amman.', suggestions: [','], output: 'Talks were held in Cairo, Doha and Amman.' },
        { text: 'The probe landed safely[[。]]', suggestions: ['.'], output: 'The probe landed safely.' },
        { text: 'The rover drilled[[，]]then returned.', suggestions: [', '], output: 'The rover drilled, then returned.' },
        { text: 'The phone costs 4,999 yuan[[（]]about $690[[）]] in China.', suggestions: [' (', ')'], output: 'The phone costs 4,999 yuan (about $690) in China.' },
      ],
    },
  },
  check(doc, ctx) {
    for (const { match: m, start, blockText: text } of matchesInBlocks(doc, FOREIGN)) {
      const mark = m[0];
      const english = ENGLISH[mark]!;
      // The source script needs no spaces around its marks; English does.
      const before = OPENERS.test(english) && isWordChar(text.charAt(m.index - 1)) ? ' ' : '';
      const after = SPACED_AFTER.test(english) && isWordChar(text.charAt(m.index + 1)) ? ' ' : '';
      ctx.report({
        start,
        end: start + mark.length,
        message: `“${mark}” is a mark of another script: write “${english}”`,
        suggestions: [{ replacement: `${before}${english}${after}`, description: 'the English mark' }],
      });
    }
  },
});
