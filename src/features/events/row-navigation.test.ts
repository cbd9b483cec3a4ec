import { describe, expect, it } from 'vitest';
import { isNavigationKey, nextRowIndex, type NavigationKey } from './row-navigation.ts';

describe('nextRowIndex', () => {
  it.each<[NavigationKey, number, number]>([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['PageDown', 5, 15],
    ['PageUp', 15, 5],
    ['Home', 50, 0],
    ['End', 0, 99],
  ])('moves %s from row %i to row %i', (key, from, to) => {
    expect(nextRowIndex(key, from, 100, 10)).toBe(to);
  });

  it('stops at the first and the last row', () => {
    expect(nextRowIndex('ArrowUp', 0, 100, 10)).toBe(0);
    expect(nextRowIndex('PageUp', 3, 100, 10)).toBe(0);
    expect(nextRowIndex('ArrowDown', 99, 100, 10)).toBe(99);
    expect(nextRowIndex('PageDown', 95, 100, 10)).toBe(99);
  });

  it('moves at least one row per page, and nowhere in an empty list', () => {
    expect(nextRowIndex('PageDown', 0, 100, 0)).toBe(1);
    expect(nextRowIndex('End', 0, 0, 10)).toBe(-1);
  });

  it('knows which keys are its own', () => {
    expect(isNavigationKey('End')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
    expect(isNavigationKey('Tab')).toBe(false);
  });
});
