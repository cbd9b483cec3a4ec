/** Which row a key moves to in the events list (pure): the keyboard half of its roving tab stop. */

export type NavigationKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
  return ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'].includes(key);
}

/** The row index `key` moves to from `current` among `count` rows, a page being `pageSize` rows. */
export function nextRowIndex(key: NavigationKey, current: number, count: number, pageSize: number): number {
  if (count === 0) return -1;
  const page = Math.max(1, pageSize);
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}
