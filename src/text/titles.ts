/**
 * Words that head or open a title or an honorific written before a person's name ("Prime
 * Minister", "Gen.", "Mrs."): a capitalised one is not part of the name that follows it.
 */
const TITLE_WORDS = new Set([
  'admiral', 'adm', 'ambassador', 'archbishop', 'attorney', 'bishop', 'brig', 'capt', 'captain', 'cardinal', 'ceo',
  'chair', 'chairman', 'chairwoman', 'chancellor', 'chief', 'coach', 'col', 'colonel', 'commander', 'commissioner',
  'congressman', 'congresswoman', 'councillor', 'councilman', 'councilwoman', 'dame', 'deputy', 'detective',
  'director', 'dr', 'emir', 'envoy', 'father', 'gen', 'general', 'gov', 'governor', 'imam', 'inspector', 'judge',
  'justice', 'king', 'lady', 'leader', 'lieutenant', 'lord', 'lt', 'maj', 'major', 'manager', 'marshal', 'mayor',
  'messrs', 'minister', 'miss', 'mr', 'mrs', 'ms', 'officer', 'pope', 'premier', 'president', 'prime', 'prince', 'princess',
  'prof', 'professor', 'prosecutor', 'queen', 'rabbi', 'rep', 'representative', 'rev', 'secretary', 'sen', 'senator',
  'sergeant', 'sgt', 'sheikh', 'sheriff', 'sir', 'speaker', 'spokesman', 'spokesperson', 'spokeswoman', 'superintendent',
  'supt', 'treasurer', 'vice',
]);

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Titles written before a given name alone ("King Charles", "Pope Francis", "Sir Keir"). */
const GIVEN_NAME_TITLES = new Set([
  'brother', 'cardinal', 'dame', 'emir', 'emperor', 'empress', 'father', 'imam', 'king', 'lady', 'lord', 'pope',
  'prince', 'princess', 'queen', 'saint', 'sheikh', 'sir', 'sister', 'st',
]);

export function isGivenNameTitle(word: string): boolean {
  return GIVEN_NAME_TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}
