import { wordsOf } from './words.js';

/**
 * The most frequent function words of the languages news is most often machine-translated from:
 * enough to tell which language a passage is in, and to spot a run of it left in an English text.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  es: [
    'de', 'la', 'que', 'el', 'en', 'y', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'una', 'su', 'al', 'lo',
    'como', 'más', 'pero', 'sus', 'le', 'ya', 'este', 'porque', 'esta', 'entre', 'cuando', 'muy', 'sin', 'sobre',
    'también', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo', 'nos', 'durante', 'todos', 'les', 'ni', 'contra',
    'otros', 'ese', 'eso', 'ante', 'ellos', 'esto', 'antes', 'algunos', 'qué', 'unos', 'otro', 'otras', 'otra', 'él',
    'tanto', 'esa', 'estos', 'mucho', 'quienes', 'nada', 'muchos', 'cual', 'poco', 'ella', 'estar', 'estas', 'fue',
    'ha', 'han', 'dijo', 'según', 'tras', 'será', 'sido', 'puede', 'dos', 'años', 'así', 'aunque', 'mientras',
  ],
  pt: [
    'de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por',
    'mais', 'as', 'dos', 'como', 'mas', 'ao', 'ele', 'das', 'à', 'seu', 'sua', 'ou', 'quando', 'muito', 'nos', 'já',
    'também', 'só', 'pelo', 'pela', 'até', 'isso', 'ela', 'entre', 'depois', 'sem', 'mesmo', 'aos', 'seus', 'quem',
    'nas', 'esse', 'eles', 'você', 'essa', 'num', 'nem', 'suas', 'meu', 'às', 'foi', 'disse', 'segundo', 'após', 'são',
  ],
  fr: [
    'de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'par', 'pas',
    'au', 'sur', 'se', 'plus', 'ne', 'ce', 'il', 'sont', 'avec', 'aux', 'ont', 'mais', 'ou', 'cette', 'elle', 'été',
    'leur', 'comme', 'selon', 'après', 'aussi', 'entre', 'lors', 'sans', 'nous', 'ces', 'ses', 'son', 'deux', 'très',
  ],
  it: [
    'di', 'e', 'il', 'la', 'che', 'in', 'a', 'per', 'un', 'del', 'non', 'una', 'della', 'con', 'i', 'si', 'le', 'da',
    'dei', 'al', 'gli', 'nel', 'anche', 'alla', 'sono', 'più', 'ha', 'ma', 'come', 'delle', 'questo', 'dopo', 'sulla',
  ],
  de: [
    'der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem',
    'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass', 'sie', 'nach', 'wird',
    'bei', 'einer', 'um', 'am', 'sind', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben', 'nur',
  ],
  en: [
    'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'on', 'be', 'by', 'he',
    'at', 'from', 'his', 'have', 'an', 'are', 'but', 'not', 'they', 'which', 'this', 'has', 'were', 'said', 'its',
  ],
};

export const LANGUAGE_NAMES: Record<string, string> = {
  es: 'Spanish', pt: 'Portuguese', fr: 'French', it: 'Italian', de: 'German', en: 'English',
};

const FUNCTION_WORD_SETS = new Map(Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words)]));

/** Is `word` (any case) one of a language's most frequent function words? */
export function isFunctionWordOf(language: string, word: string): boolean {
  return FUNCTION_WORD_SETS.get(language)?.has(word.toLowerCase()) ?? false;
}

/** The language a passage is most likely in, by its function words; undefined when too short to tell. */
export function guessLanguage(text: string): string | undefined {
  const words = wordsOf(text).map((w) => w.toLowerCase());
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, set] of FUNCTION_WORD_SETS) {
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) [best, bestCount] = [code, count];
  }
  return bestCount >= 3 ? best : undefined;
}
