/** A number written in a passage: its value and where it is (offsets into the passage). */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
}

/** Digits with thousands groups ("1,500", "1.500", "1 500" with a no-break space) and decimals. */
const DIGITS = /\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu;

/** Number words from two up ("one"/"un"/"una" are as often an article as a count), and scale words. */
const WORDS: Record<string, { numbers: Record<string, number>; scales: Record<string, number> }> = {
  en: {
    numbers: {
      zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
      twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
    },
    scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  },
  es: {
    numbers: {
      cero: 0, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
      doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
      veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
    },
    scales: { mil: 1e3, millón: 1e6, millones: 1e6, billón: 1e12, billones: 1e12 },
  },
  pt: {
    numbers: {
      zero: 0, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
      onze: 11, doze: 12, treze: 13, catorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, vinte: 20, trinta: 30,
      quarenta: 40, cinquenta: 50, cem: 100,
    },
    scales: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9 },
  },
};

/**
 * The numbers a passage states, in digits or words, whatever the language's separators: a group of
 * exactly three digits after a point or comma is thousands, anything else a decimal part. Digits
 * run into letters ("1st", "G7") are not counts and are left out.
 */
export function numbersIn(text: string, language: string): NumberMention[] {
  const words = WORDS[language];
  const found: NumberMention[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const end = m.index + m[0].length;
    if (/\p{L}/u.test(text.charAt(end)) || /\p{L}/u.test(text.charAt(m.index - 1))) continue;
    found.push({ value: parseDigits(m[0]), start: m.index, end });
  }
  for (const m of words ? text.matchAll(/\p{L}+/gu) : []) {
    const value = words!.numbers[m[0].toLowerCase()];
    if (value !== undefined) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start).map((n) => withScale(text, n, words?.scales ?? {}));
}

function parseDigits(raw: string): number {
  const decimal = /[.,](\d{1,2}|\d{4,})$/.exec(raw);
  const whole = (decimal ? raw.slice(0, decimal.index) : raw).replace(/[.,\u00a0\u202f]/gu, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/** "5.000 millones" is five billion; "mil millones" scales twice. */
function withScale(text: string, n: NumberMention, scales: Record<string, number>): NumberMention {
  let value = n.value;
  let end = n.end;
  for (let m = /^\s+(\p{L}+)/u.exec(text.slice(end)); m && scales[m[1]!.toLowerCase()]; m = /^\s+(\p{L}+)/u.exec(text.slice(end))) {
    value *= scales[m[1]!.toLowerCase()]!;
    end += m[0].length;
  }
  return { value, start: n.start, end: n.end };
}

/** How a value reads in English digits: thousands grouped, at most two decimals. */
export function englishDigits(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
