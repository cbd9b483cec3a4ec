import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1000, '1,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
  ])('writes %d as %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});
