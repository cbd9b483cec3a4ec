import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [-1500, '-1,500'],
    [2.5, '2.5'],
    [1000, '1,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
  ])('writes %d as %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});
