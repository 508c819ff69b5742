import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/text/languages.js';
import { englishMonth, monthsIn } from '../../src/text/months.js';
import { englishDigits, numbersIn } from '../../src/text/numbers.js';

const values = (text: string, language: string): number[] => numbersIn(text, language).map((n) => n.value);

describe('numbersIn', () => {
  it('reads thousands groups and decimals whichever separator a language uses', () => {
    expect(values('1.500 personas y 3,5 toneladas', 'es')).toEqual([1500, 3.5]);
    expect(values('1,500 people and 3.5 tons', 'en')).toEqual([1500, 3.5]);
  });

  it('reads number words of the language, from two up, and scale words', () => {
    expect(values('catorce votos a favor, cero en contra y una abstención', 'es')).toEqual([14, 0]);
    expect(values('fourteen votes, once more, and 5 billion dollars', 'en')).toEqual([14, 5e9]);
    expect(values('5.000 millones de dólares', 'es')).toEqual([5e9]);
  });

  it('leaves out digits run into letters', () => {
    expect(values('the G7 met on the 1st', 'en')).toEqual([]);
  });

  it('writes values as English digits', () => {
    expect(englishDigits(1500)).toBe('1,500');
    expect(englishDigits(3.5)).toBe('3.5');
  });
});

describe('guessLanguage', () => {
  it('tells Spanish, Portuguese and English apart by their function words', () => {
    expect(guessLanguage('El ministro dijo que la reunión de los aliados fue en Washington.')).toBe('es');
    expect(guessLanguage('O ministro disse que não houve acordo com os aliados.')).toBe('pt');
    expect(guessLanguage('The minister said that the meeting of the allies was in Washington.')).toBe('en');
    expect(guessLanguage('Rafah')).toBeUndefined();
  });
});

describe('monthsIn', () => {
  it('reads month names of the language; English ones only capitalised', () => {
    expect(monthsIn('el 26 de marzo y el 1 de abril', 'es').map((m) => m.month)).toEqual([3, 4]);
    expect(monthsIn('On March 26 they may march again', 'en').map((m) => m.month)).toEqual([3]);
    expect(englishMonth(3)).toBe('March');
  });
});
