import { describe, expect, it } from 'vitest';
import { alpha2ForNumeric, countryName, numericForAlpha2 } from './country-codes.ts';

describe('country codes', () => {
  it.each([
    ['356', 'IN'],
    ['586', 'PK'],
    ['156', 'CN'],
    ['840', 'US'],
    ['004', 'AF'],
  ])('maps world-atlas id %s to %s and back', (numeric, alpha2) => {
    expect(alpha2ForNumeric(numeric)).toBe(alpha2);
    expect(numericForAlpha2(alpha2)).toBe(numeric);
  });

  it('knows nothing of unknown codes', () => {
    expect(alpha2ForNumeric('999')).toBeUndefined();
    expect(numericForAlpha2('XX')).toBeUndefined();
  });

  it('names a country in English', () => {
    expect(countryName('PK')).toBe('Pakistan');
  });
});
