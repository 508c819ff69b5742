/**
 * American and British spellings of one word (organize/organise, defense/defence, center/centre,
 * traveled/travelled, program/programme). For a lowercase word, `spellingOf` names the word it
 * spells (`key`), which way it spells it (`style`), and the word spelt the other way (`other`).
 * Pairs whose two spellings are different words somewhere (practice/practise, meter/metre,
 * check/cheque, license/licence) are left out on purpose. Rules may name spellings no one writes
 * ("capsise"): only two spellings both found in one article count.
 */
export interface Spelling {
  key: string;
  style: 'us' | 'uk';
  other: string;
}

type Rule = (word: string) => Spelling | undefined;

const OR_STEMS = [
  'arbor', 'ardor', 'armor', 'behavior', 'candor', 'clamor', 'color', 'demeanor', 'endeavor', 'favor', 'fervor', 'flavor',
  'harbor', 'honor', 'humor', 'labor', 'neighbor', 'odor', 'parlor', 'rancor', 'rigor', 'rumor', 'savior', 'savor',
  'splendor', 'tumor', 'valor', 'vapor', 'vigor',
];
/** Endings both spellings share; "-ous" is left out, since British drops the u there too (vigorous). */
const OR_ENDINGS = '(|s|ed|ing|ful|fully|able|ably|al|ally|er|ers|ite|ites|less|hood|hoods|ist|ists|y)';
const ER_STEMS = ['calib', 'cent', 'fib', 'lit', 'lust', 'meag', 'sab', 'scept', 'somb', 'spect', 'theat'];
const ENSE_STEMS = ['defen', 'offen', 'preten'];

/** Whole words spelt two ways, American first; plurals follow. */
const WORD_PAIRS: Array<[string, string]> = [
  ['acknowledgment', 'acknowledgement'], ['aging', 'ageing'], ['aluminum', 'aluminium'], ['analog', 'analogue'],
  ['anemia', 'anaemia'], ['artifact', 'artefact'], ['catalog', 'catalogue'], ['counselor', 'counsellor'], ['cozy', 'cosy'],
  ['diarrhea', 'diarrhoea'], ['dialog', 'dialogue'], ['encyclopedia', 'encyclopaedia'], ['enroll', 'enrol'],
  ['enrollment', 'enrolment'], ['estrogen', 'oestrogen'], ['fetus', 'foetus'], ['fulfill', 'fulfil'],
  ['fulfillment', 'fulfilment'], ['gray', 'grey'], ['hemorrhage', 'haemorrhage'], ['installment', 'instalment'],
  ['jewelry', 'jewellery'], ['judgment', 'judgement'], ['maneuver', 'manoeuvre'], ['marvelous', 'marvellous'],
  ['mold', 'mould'], ['mustache', 'moustache'], ['omelet', 'omelette'], ['orthopedic', 'orthopaedic'],
  ['pajamas', 'pyjamas'], ['pediatric', 'paediatric'], ['pediatrician', 'paediatrician'], ['plow', 'plough'],
  ['program', 'programme'], ['skeptic', 'sceptic'], ['skeptical', 'sceptical'], ['skepticism', 'scepticism'],
  ['sulfur', 'sulphur'], ['tranquility', 'tranquillity'], ['woolen', 'woollen'],
];

/** Each spelling of WORD_PAIRS to its pair; the first pair listing a spelling wins. */
const WORD_PAIR_OF = new Map<string, [string, string]>();
for (const p of WORD_PAIRS) for (const spelling of p) if (!WORD_PAIR_OF.has(spelling)) WORD_PAIR_OF.set(spelling, p);
const OR_WORD = new RegExp(`^(${OR_STEMS.map((s) => s.slice(0, -2)).join('|')})(or|our)${OR_ENDINGS}$`);
const ER_WORD = new RegExp(`^(${ER_STEMS.join('|')})(ers?|res?|ered|red|ering|ring)$`);
const ENSE_WORD = new RegExp(`^(${ENSE_STEMS.join('|')})([sc])e(|s|less)$`);

const pair = (key: string, style: 'us' | 'uk', us: string, uk: string): Spelling => ({ key, style, other: style === 'us' ? uk : us });

const RULES: Rule[] = [
  // organize/organise, analyze/analyse: the stem before the ending is at least three letters ("prize" is no
  // "prise"); "analyses" is the plural of "analysis" too.
  (w) => {
    const m = /^(\p{L}{3,})([iy])([sz])(e|es|ed|ing|ation|ations|er|ers)$/u.exec(w);
    if (!m || (m[2] === 'y' && m[4] === 'es')) return undefined;
    const [, stem, vowel, letter, ending] = m as unknown as [string, string, string, string, string];
    return pair(`${stem}${vowel}z`, letter === 'z' ? 'us' : 'uk', `${stem}${vowel}z${ending}`, `${stem}${vowel}s${ending}`);
  },
  (w) => {
    const m = OR_WORD.exec(w);
    if (!m) return undefined;
    const [, stem, middle, ending] = m as unknown as [string, string, string, string];
    return pair(`${stem}or`, middle === 'or' ? 'us' : 'uk', `${stem}or${ending}`, `${stem}our${ending}`);
  },
  // center/centre, centers/centres, centered/centred.
  (w) => {
    const m = ER_WORD.exec(w);
    if (!m) return undefined;
    const [, stem, ending] = m as unknown as [string, string, string];
    const us = ending.startsWith('er');
    const rest = us ? ending.slice(2) : ending.startsWith('re') ? ending.slice(2) : ending.slice(1);
    return pair(`${stem}er`, us ? 'us' : 'uk', `${stem}er${rest}`, `${stem}${rest === '' || rest === 's' ? `re${rest}` : `r${rest}`}`);
  },
  (w) => {
    const m = ENSE_WORD.exec(w);
    if (!m) return undefined;
    const [, stem, letter, ending] = m as unknown as [string, string, string, string];
    return pair(`${stem}se`, letter === 's' ? 'us' : 'uk', `${stem}se${ending}`, `${stem}ce${ending}`);
  },
  // traveled/travelled, canceling/cancelling: an unstressed -el or -al before the ending.
  (w) => {
    const m = /^(\p{L}{3,}[ea])(l|ll)(ed|ing|er|ers)$/u.exec(w);
    if (!m) return undefined;
    const [, stem, l, ending] = m as unknown as [string, string, string, string];
    return pair(`${stem}l`, l === 'l' ? 'us' : 'uk', `${stem}l${ending}`, `${stem}ll${ending}`);
  },
  (w) => {
    const singular = w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    const plural = singular === w ? '' : 's';
    const found = WORD_PAIR_OF.get(singular);
    if (!found) return undefined;
    return pair(found[0], found[0] === singular ? 'us' : 'uk', found[0] + plural, found[1] + plural);
  },
];

/** How a lowercase word spells a word that has an American and a British spelling, if it does. */
export function spellingOf(word: string): Spelling | undefined {
  let found = known.get(word);
  if (found === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    found = spellingByRules(word) ?? null;
    known.set(word, found);
  }
  return found ?? undefined;
}

/**
 * How a word as written (any case) spells a word with two spellings, if it does. Remembered as
 * written: a token's text is already hashed by other look-ups, where its lower-cased copy would
 * be a new string to make and hash at each token.
 */
export function spellingOfWritten(written: string): Spelling | undefined {
  // Half the words of an article are shorter ("the", "of", "was"): no look-up for them.
  if (written.length < SHORTEST) return undefined;
  let found = knownWritten.get(written);
  if (found === undefined) {
    if (knownWritten.size >= KNOWN_LIMIT) knownWritten.clear();
    found = spellingOf(written.toLowerCase()) ?? null;
    knownWritten.set(written, found);
  }
  return found ?? undefined;
}

/** No spelling the rules know is shorter: "gray", "mold", "odor" (a test tries every shorter ASCII word). */
const SHORTEST = 4;

/** Answers so far: an article repeats its words, and six regexes per word add up over an archive. */
const known = new Map<string, Spelling | null>();
const knownWritten = new Map<string, Spelling | null>();
/** Bounds the memory of a long run over many vocabularies; a clear now and then costs little. */
const KNOWN_LIMIT = 100_000;

function spellingByRules(word: string): Spelling | undefined {
  for (const rule of RULES) {
    const found = rule(word);
    if (found) return found;
  }
  return undefined;
}
