/** A month named in a passage: 1–12, and where (offsets into the passage). */
export interface MonthMention {
  month: number;
  start: number;
  end: number;
}

const MONTH_NAMES: Record<string, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
};

const MONTH_INDEX = new Map(Object.entries(MONTH_NAMES).map(([code, names]) => [code, new Map(names.map((n, k) => [n, k + 1]))]));

/**
 * The months a passage names. English "May" and "march" are words too: an English month counts
 * only when capitalised; "sept."-style abbreviations are not read.
 */
export function monthsIn(text: string, language: string): MonthMention[] {
  const index = MONTH_INDEX.get(language);
  if (!index) return [];
  const found: MonthMention[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const month = index.get(m[0].toLowerCase());
    if (month === undefined || (language === 'en' && !/^\p{Lu}/u.test(m[0]))) continue;
    found.push({ month, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The English name of a month, 1–12. */
export function englishMonth(month: number): string {
  const name = MONTH_NAMES.en![month - 1]!;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
